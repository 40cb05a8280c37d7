#include "windowfixture.h"

#include "ui/a11y/shortcutsdialog.h"
#include "ui/aboutdialog.h"
#include "ui/handout/handoutdialog.h"
#include "ui/handout/practiceprofile.h"

#include "common/catch_qt.h"

#include <QApplication>
#include <QDir>
#include <QToolBar>
#include <QToolButton>

using heupwijzer::ui::AboutDialog;
using heupwijzer::ui::HandoutDialog;
using heupwijzer::ui::PracticeProfile;
using heupwijzer::ui::ShortcutsDialog;

namespace {

// The interface font a user with poor sight sets on the desktop, for the length of one test.
class LargeSystemFont {
public:
    explicit LargeSystemFont(double points) : m_previous(QApplication::font())
    {
        QFont font = m_previous;
        font.setPointSizeF(points);
        QApplication::setFont(font);
    }
    ~LargeSystemFont() { QApplication::setFont(m_previous); }
    LargeSystemFont(const LargeSystemFont &) = delete;
    LargeSystemFont &operator=(const LargeSystemFont &) = delete;

private:
    QFont m_previous;
};

// Screenshots for a person to look at, only when HEUPWIJZER_A11Y_SHOTS names a folder.
void saveShot(QWidget &widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("HEUPWIJZER_A11Y_SHOTS");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    widget.grab().save(QDir(folder).filePath(name + QStringLiteral(".png")));
}

} // namespace

TEST_CASE("With a 20 pt system font and 300 % text every toolbar button shows its whole label", "[a11y][ui]")
{
    const LargeSystemFont large(20);
    WindowFixture f;
    for (const QSize size : {QSize(1280, 800), QSize(1024, 768)}) {
        for (const int zoom : {200, 300}) {
            f.settings->setZoomPercent(zoom);
            f.window->resize(size);
            QApplication::processEvents();
            const QString name = QStringLiteral("window-%1x%2-%3").arg(size.width()).arg(size.height()).arg(zoom);
            saveShot(*f.window, name);
            for (QToolBar *toolBar : f.window->findChildren<QToolBar *>()) {
                for (QToolButton *button : toolBar->findChildren<QToolButton *>()) {
                    if (!button->isVisible())
                        continue; // moved into the toolbar's overflow menu, where it is shown whole
                    INFO(name.toStdString() << ": " << button->text().toStdString());
                    CHECK(button->width() >= button->sizeHint().width());
                    CHECK(button->height() >= button->sizeHint().height());
                }
            }
        }
    }
}

TEST_CASE("With a 20 pt system font the dialogs fit their text", "[a11y][ui]")
{
    const LargeSystemFont large(20);
    WindowFixture f;
    AboutDialog about(f.content.store->meta(), f.window.get());
    ShortcutsDialog shortcuts(*f.window, f.window.get());
    HandoutDialog handout(*f.content.store, PracticeProfile{}, f.window.get());
    const std::pair<QDialog *, QString> dialogs[] = {
        {&about, QStringLiteral("about")}, {&shortcuts, QStringLiteral("shortcuts")}, {&handout, QStringLiteral("handout")}};
    for (const auto &[dialog, name] : dialogs) {
        dialog->show();
        QApplication::processEvents();
        saveShot(*dialog, name);
        INFO(name.toStdString());
        // A dialog smaller than its layout asks for cuts off text.
        CHECK(dialog->width() >= dialog->minimumSizeHint().width());
        CHECK(dialog->height() >= dialog->minimumSizeHint().height());
        dialog->hide();
    }
}
