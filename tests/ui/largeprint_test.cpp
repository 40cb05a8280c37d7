// Large print (issue 8): with a large system font and the reader zoomed in, nothing is cut off and every window
// fits a laptop screen. The checks walk the widget tree, so a label, button or tab added later is checked too.
#include "modaldialog.h"
#include "readaloudwindow.h"
#include "windowfixture.h"

#include "ui/a11y/screenfit.h"
#include "ui/a11y/shortcutsdialog.h"
#include "ui/aboutdialog.h"
#include "ui/externallink.h"
#include "ui/handout/handoutdialog.h"
#include "ui/handout/practiceprofile.h"
#include "ui/handout/practiceprofiledialog.h"
#include "ui/speech/readaloud.h"

#include "common/catch_qt.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStyle>
#include <QTabBar>
#include <QTableWidget>
#include <QTextBrowser>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

using heupwijzer::ui::AboutDialog;
using heupwijzer::ui::ExternalLink;
using heupwijzer::ui::HandoutDialog;
using heupwijzer::ui::PracticeProfile;
using heupwijzer::ui::PracticeProfileDialog;
using heupwijzer::ui::ReadAloud;
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

QString describe(const QWidget &widget, const QString &text)
{
    return QStringLiteral("%1 \"%2\" (%3)")
        .arg(QString::fromLatin1(widget.metaObject()->className()), text, widget.objectName());
}

// Text in a scroll area may lie outside what is shown: the reader scrolls to it.
bool isScrolledContent(const QWidget &widget, const QWidget &top)
{
    for (const QWidget *parent = widget.parentWidget(); parent != nullptr && parent != &top;
         parent = parent->parentWidget()) {
        if (auto *area = qobject_cast<const QAbstractScrollArea *>(parent->parentWidget());
            area != nullptr && area->viewport() == parent)
            return true;
    }
    return false;
}

// Whether the example text of an empty field shows whole.
bool placeholderFits(const QLineEdit &field)
{
    const QMargins margins = field.textMargins();
    const int needed = field.fontMetrics().horizontalAdvance(field.placeholderText()) + margins.left() +
                       margins.right() + 2 * field.style()->pixelMetric(QStyle::PM_DefaultFrameWidth) + 4;
    return field.width() >= needed;
}

// Why the text of a label, button, field example or group box is cut off; empty when it shows whole.
QString clippedText(const QWidget &widget)
{
    if (const auto *label = qobject_cast<const QLabel *>(&widget); label != nullptr && !label->text().isEmpty()) {
        const bool whole = label->wordWrap() ? label->height() >= label->heightForWidth(label->width())
                                             : label->width() >= label->sizeHint().width() &&
                                                   label->height() >= label->sizeHint().height();
        return whole ? QString() : describe(widget, label->text()) + QStringLiteral(" is cut off");
    }
    if (const auto *button = qobject_cast<const QAbstractButton *>(&widget);
        button != nullptr && !button->text().isEmpty()) {
        const bool whole =
            button->width() >= button->sizeHint().width() && button->height() >= button->sizeHint().height();
        return whole ? QString() : describe(widget, button->text()) + QStringLiteral(" is cut off");
    }
    const auto *field = qobject_cast<const QLineEdit *>(&widget);
    if (field != nullptr && field->text().isEmpty() && !field->placeholderText().isEmpty()) {
        // The example in an empty field is often the only explanation of what goes in it.
        return placeholderFits(*field) ? QString()
                                       : describe(widget, field->placeholderText()) + QStringLiteral(" is cut off");
    }
    if (const auto *box = qobject_cast<const QGroupBox *>(&widget); box != nullptr && !box->title().isEmpty()) {
        const bool whole = box->width() >= box->minimumSizeHint().width();
        return whole ? QString() : describe(widget, box->title()) + QStringLiteral(" has its title cut off");
    }
    return {};
}

// Tabs whose label is elided ("Zoekresu…") or that lie outside their bar.
QStringList elidedTabs(const QTabBar &tabBar)
{
    QStringList problems;
    const int padding = tabBar.style()->pixelMetric(QStyle::PM_TabBarTabHSpace, nullptr, &tabBar);
    for (int i = 0; i < tabBar.count(); ++i) {
        QString text = tabBar.tabText(i);
        text.remove(u'&');
        const QRect rect = tabBar.tabRect(i);
        if (rect.width() < tabBar.fontMetrics().horizontalAdvance(text) + padding || !tabBar.rect().contains(rect))
            problems.append(describe(tabBar, text) + QStringLiteral(": tab label is not shown whole"));
    }
    return problems;
}

// The part of `rect` (in the widget's coordinates) that its parents leave in view.
QRect shownPart(const QWidget &widget, QRect rect)
{
    for (const QWidget *child = &widget; !child->isWindow(); child = child->parentWidget())
        rect = rect.translated(child->pos()).intersected(child->parentWidget()->rect());
    return rect.translated(-widget.mapTo(widget.window(), QPoint(0, 0)));
}

// Every label, button, group box title and tab shown in the window `top`: whole, and not partly covered or
// outside the window (unless it is in a scroll area). Widgets not shown at all (a dock behind another dock's
// tab, a toolbar button moved into the overflow menu) are left out. Empty when nothing is cut off.
QStringList clippedTexts(const QWidget &top)
{
    QStringList problems;
    for (const QWidget *widget : top.findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(&top) || widget->window() != &top || widget->visibleRegion().isEmpty())
            continue;
        if (const QString clipped = clippedText(*widget); !clipped.isEmpty())
            problems.append(clipped);
        if (const auto *tabBar = qobject_cast<const QTabBar *>(widget))
            problems.append(elidedTabs(*tabBar));
        const auto *label = qobject_cast<const QLabel *>(widget);
        const auto *button = qobject_cast<const QAbstractButton *>(widget);
        const QString text = label != nullptr ? label->text() : button != nullptr ? button->text() : QString();
        if (!text.isEmpty() && !isScrolledContent(*widget, top) && widget->visibleRegion() != QRegion(widget->rect()))
            problems.append(describe(*widget, text) + QStringLiteral(" is partly covered or outside its window"));
    }
    return problems;
}

// The window fits the screen it is on: on a laptop its buttons would otherwise be out of reach.
void checkFitsScreen(const QWidget &top)
{
    const QSize room = top.screen()->availableGeometry().size();
    INFO("screen " << room.width() << "x" << room.height() << ", window " << top.frameGeometry().width() << "x"
                   << top.frameGeometry().height());
    CHECK(top.frameGeometry().width() <= room.width());
    CHECK(top.frameGeometry().height() <= room.height());
    // And it can shrink to fit, also on a 1366x768 laptop less its panel and the title bar: its layout does not
    // insist on more.
    const QSize laptop = QSize(1366, 768) - QSize(0, 32 + 48);
    CHECK(top.minimumSizeHint().width() <= std::min(room.width(), laptop.width()));
    CHECK(top.minimumSizeHint().height() <= std::min(room.height(), laptop.height()));
}

void checkNothingCutOff(QWidget &top, const QString &name)
{
    // A change of text or size is laid out in steps through the event loop; give it a moment to settle.
    (void)QTest::qWaitFor([&top] { return clippedTexts(top).isEmpty(); }, 2000);
    saveShot(top, name);
    const QStringList problems = clippedTexts(top);
    INFO(name.toStdString() << ":\n" << problems.join(u'\n').toStdString());
    CHECK(problems.isEmpty());
}

// Every cell of a table shows its whole text, wrapped onto more lines if need be, never ending in "…".
void checkCellsWhole(const QTableWidget &table)
{
    const QFontMetrics metrics(table.font());
    for (int row = 0; row < table.rowCount(); ++row) {
        for (int column = 0; column < table.columnCount(); ++column) {
            const QTableWidgetItem *item = table.item(row, column);
            // The cell's text area: the style's item margin on each side.
            const int margin = table.style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, &table) + 1;
            const QRect cell = table.visualItemRect(item).adjusted(margin, 0, -margin, 0);
            const QRect needed = metrics.boundingRect(cell, Qt::TextWordWrap, item->text());
            INFO(item->text().toStdString() << " needs " << needed.width() << "x" << needed.height() << ", has "
                                            << cell.width() << "x" << cell.height());
            CHECK(needed.height() <= cell.height());
            CHECK(needed.width() <= cell.width());
        }
    }
}

void showAndCheck(QDialog &dialog, const QString &name)
{
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    checkNothingCutOff(dialog, name);
    INFO(name.toStdString());
    checkFitsScreen(dialog);
    dialog.hide();
}

} // namespace

TEST_CASE("With a 20 pt system font and 300 % text the window shows every label and tab whole", "[a11y][ui]")
{
    const LargeSystemFont large(20);
    WindowFixture f;
    // The search results are stacked behind the contents, as after a search: their tab labels must be whole.
    f.window->findChild<QDockWidget *>(QStringLiteral("searchDock"))->show();
    for (const QSize size : {QSize(1366, 768), QSize(1024, 768)}) {
        for (const int zoom : {100, 200, 300}) {
            f.settings->setZoomPercent(zoom);
            f.window->resize(size);
            const QString name = QStringLiteral("window-%1x%2-%3").arg(size.width()).arg(size.height()).arg(zoom);
            checkNothingCutOff(*f.window, name);
            CHECK(f.window->size() == size); // the window's layout asks for no more than the laptop's screen
        }
    }
    // The check above covered the stacked docks' tabs: they were on screen.
    const QList<QTabBar *> tabBars = f.window->findChildren<QTabBar *>();
    CHECK(std::any_of(tabBars.begin(), tabBars.end(),
                      [](const QTabBar *bar) { return bar->isVisible() && bar->count() >= 2; }));
}

TEST_CASE("With a 20 pt system font practice mode shows its Next patient button whole", "[a11y][practice]")
{
    const LargeSystemFont large(20);
    WindowFixture f;
    f.window->enablePracticeMode(std::chrono::minutes(3));
    auto *next = f.window->findChild<QPushButton *>(QStringLiteral("nextPatientButton"));
    REQUIRE(next != nullptr);
    checkNothingCutOff(*f.window, QStringLiteral("practice-fullscreen"));
    CHECK(next->isVisible());
    f.window->showNormal();
    f.window->resize(1024, 768);
    checkNothingCutOff(*f.window, QStringLiteral("practice-1024x768"));
}

TEST_CASE("With a 20 pt system font the read-aloud message is shown whole", "[a11y]")
{
    const LargeSystemFont large(20);
    ReadAloudWindow shown(QStringLiteral("heupwijzer-no-such-engine"));
    shown.window.resize(1024, 500);
    QSignalSpy states(&shown.readAloud, &ReadAloud::stateChanged);
    shown.bar->playAction()->trigger();
    while (shown.readAloud.state() != ReadAloud::State::Unavailable)
        REQUIRE(states.wait(20000));
    checkNothingCutOff(shown.window, QStringLiteral("readaloud-unavailable-1024"));
}

TEST_CASE("With a 20 pt system font every dialog fits the screen and shows its text whole", "[a11y][ui]")
{
    const LargeSystemFont large(20);
    WindowFixture f;
    AboutDialog about(f.content.store->meta(), f.window.get());
    showAndCheck(about, QStringLiteral("about"));
    ShortcutsDialog shortcuts(*f.window, f.window.get());
    showAndCheck(shortcuts, QStringLiteral("shortcuts"));
    shortcuts.show();
    checkCellsWhole(*shortcuts.findChild<QTableWidget *>(QStringLiteral("shortcutsTable")));
    shortcuts.hide();
    HandoutDialog handout(*f.content.store, PracticeProfile{}, f.window.get());
    handout.choose(QStringLiteral("oefening:bruggetje"));
    showAndCheck(handout, QStringLiteral("handout"));
    PracticeProfileDialog profile(PracticeProfile{}, f.window.get()); // empty: the examples in the fields show
    showAndCheck(profile, QStringLiteral("practice-profile"));
}

TEST_CASE("With a 20 pt system font Tab brings every part of the handout dialog into view", "[a11y][handout]")
{
    const LargeSystemFont large(20);
    WindowFixture f;
    HandoutDialog handout(*f.content.store, PracticeProfile{}, f.window.get());
    handout.show();
    handout.activateWindow();
    REQUIRE(QTest::qWaitFor([&handout] {
        return QApplication::focusWidget() != nullptr && QApplication::focusWidget()->window() == &handout;
    }));
    QWidget *first = QApplication::focusWidget();
    bool reachedDetails = false;
    QStringList outOfView;
    for (int step = 0; step < 20; ++step) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *focused = QApplication::focusWidget();
        if (focused == first)
            break;
        QApplication::processEvents(); // the scroll area follows the focus
        reachedDetails = reachedDetails || focused->objectName() == QStringLiteral("practiceDetails");
        // At least its first lines: a list can be taller than the room there is.
        const QRect top(0, 0, focused->width(), std::min(focused->height(), 2 * focused->fontMetrics().lineSpacing()));
        if (shownPart(*focused, top) != top)
            outOfView.append(describe(*focused, focused->accessibleName()));
    }
    CHECK(reachedDetails); // below the note, out of view when the dialog opens
    INFO(outOfView.join(u'\n').toStdString());
    CHECK(outOfView.isEmpty());
}

TEST_CASE("With a 20 pt system font the question before a website opens shows a long address whole", "[a11y][ui]")
{
    const LargeSystemFont large(20);
    WindowFixture f;
    bool asked = false;
    whenModalDialogOpens([&asked](QWidget &question) {
        asked = true;
        checkNothingCutOff(question, QStringLiteral("external-link"));
        checkFitsScreen(question);
    }); // then closes it with "Stay in Heupwijzer": no browser is started
    ExternalLink::open(
        QUrl(QStringLiteral("https://www.thuisarts.nl/pijn-in-de-lies/"
                            "ik-heb-pijn-in-mijn-lies-door-een-ontsteking-van-de-slijmbeurs-bij-de-heup")),
        f.window.get());
    CHECK(asked);
}

TEST_CASE("The F1 overview opens showing every shortcut without scrolling", "[a11y][ui]")
{
    WindowFixture f;
    ShortcutsDialog shortcuts(*f.window, f.window.get());
    shortcuts.show();
    REQUIRE(QTest::qWaitForWindowExposed(&shortcuts));
    saveShot(shortcuts, QStringLiteral("shortcuts-10pt"));
    auto *table = shortcuts.findChild<QAbstractScrollArea *>(QStringLiteral("shortcutsTable"));
    REQUIRE(table != nullptr);
    CHECK_FALSE(table->verticalScrollBar()->isVisible());
    CHECK_FALSE(table->horizontalScrollBar()->isVisible());
}

TEST_CASE("A dialog asking for more room than the screen has is made to fit", "[a11y][ui]")
{
    QDialog dialog;
    const QSize screen = dialog.screen()->availableGeometry().size();
    heupwijzer::ui::fitOnScreen(dialog, screen * 2);
    CHECK(dialog.width() <= screen.width());
    CHECK(dialog.height() <= screen.height());
    heupwijzer::ui::fitOnScreen(dialog, QSize(300, 200)); // and one that fits keeps the size it asked for
    CHECK(dialog.size() == QSize(300, 200));
}

TEST_CASE("The search field stays in sight: beside the buttons while they fit, else on a row of its own",
          "[a11y][ui][search]")
{
    auto searchIsBesideButtons = [](const WindowFixture &f) {
        const auto *buttons = f.window->findChild<QToolBar *>(QStringLiteral("navigationToolBar"));
        const auto *search = f.window->findChild<QToolBar *>(QStringLiteral("searchToolBar"));
        REQUIRE(buttons != nullptr);
        REQUIRE(search != nullptr);
        return search->geometry().top() == buttons->geometry().top();
    };
    auto checkFieldWhole = [](const WindowFixture &f) {
        const auto *field = f.window->findChild<QLineEdit *>(QStringLiteral("searchField"));
        REQUIRE(field != nullptr);
        CHECK(QTest::qWaitFor([field] { return field->isVisible(); }, 2000)); // not in the tool bar's » menu
        const QRect onWindow(field->mapTo(f.window.get(), QPoint(0, 0)), field->size());
        CHECK(f.window->rect().contains(onWindow));
        CHECK(field->width() >= field->fontMetrics().averageCharWidth() * 18);
    };

    {
        WindowFixture f;
        f.window->resize(1366, 768);
        checkFieldWhole(f);
        CHECK(QTest::qWaitFor([&] { return searchIsBesideButtons(f); }, 2000));
    }
    {
        const LargeSystemFont large(20);
        WindowFixture f;
        f.window->resize(1024, 768);
        checkFieldWhole(f);
        CHECK_FALSE(searchIsBesideButtons(f));
        f.window->resize(1900, 768); // wide enough again: back beside the buttons
        CHECK(QTest::qWaitFor([&] { return searchIsBesideButtons(f); }, 2000));
        checkFieldWhole(f);
        f.window->resize(1024, 768); // and narrow again
        CHECK(QTest::qWaitFor([&] { return !searchIsBesideButtons(f); }, 2000));
        checkFieldWhole(f);
    }
}

TEST_CASE("With a 20 pt system font a panel's float and close buttons grow with its title", "[a11y][ui]")
{
    const LargeSystemFont large(20);
    WindowFixture f;
    auto *library = f.window->findChild<QDockWidget *>(QStringLiteral("libraryDock"));
    REQUIRE(library != nullptr);
    const QList<QAbstractButton *> buttons = library->findChildren<QAbstractButton *>(Qt::FindDirectChildrenOnly);
    REQUIRE(buttons.size() >= 2); // float and close
    const int titleHeight = library->fontMetrics().height();
    for (const QAbstractButton *button : buttons) {
        INFO(button->objectName().toStdString()
             << " " << button->width() << "x" << button->height() << ", title text " << titleHeight << " px");
        CHECK(button->height() >= titleHeight);
        CHECK(button->width() >= titleHeight);
    }
    saveShot(*f.window, QStringLiteral("panel-buttons"));
}
