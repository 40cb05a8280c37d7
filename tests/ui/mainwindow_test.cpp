#include "linkhelpers.h"
#include "modaldialog.h"
#include "untranslated.h"
#include "windowfixture.h"

#include "ui/librarymodel.h"
#include "ui/links.h"
#include "ui/roles.h"
#include "ui/searchpanel.h"

#include "common/catch_qt.h"

#include <QAction>
#include <QDesktopServices>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTimer>
#include <QTreeView>

namespace links = heupwijzer::ui::links;
using heupwijzer::ui::LinkRole;

namespace {

QTreeView &libraryTree(const WindowFixture &f)
{
    return *f.window->findChild<QTreeView *>(QStringLiteral("libraryTree"));
}

QModelIndex treeIndexOf(const WindowFixture &f, const QUrl &link)
{
    QAbstractItemModel *model = libraryTree(f).model();
    const QModelIndexList found =
        model->match(model->index(0, 0), LinkRole, link, 1, Qt::MatchExactly | Qt::MatchRecursive);
    return found.value(0);
}

QAction *actionNamed(const WindowFixture &f, const QString &text)
{
    for (QAction *action : f.window->findChildren<QAction *>()) {
        if (action->text().remove(u'&') == text)
            return action;
    }
    return nullptr;
}

QString breadcrumbText(const WindowFixture &f)
{
    return f.window->findChild<QLabel *>(QStringLiteral("breadcrumb"))->text();
}

} // namespace

// Receives the URLs the program hands to the web browser, instead of starting one.
class BrowserStub : public QObject {
    Q_OBJECT
public:
    QList<QUrl> opened;
public Q_SLOTS:
    void open(const QUrl &url) { opened.append(url); }
};

TEST_CASE("The window starts on the start page, with the library and a reading pane a screen reader can name", "[ui]")
{
    WindowFixture f;
    CHECK(f.reader().source() == links::start());
    CHECK(f.reader().isVisible());
    CHECK_FALSE(f.reader().accessibleName().isEmpty());
    CHECK(f.reader().toPlainText().contains(QStringLiteral("Pijn aan de heup")));
    CHECK(libraryTree(f).model()->rowCount() == 2);
}

TEST_CASE("The interface speaks Dutch", "[ui]")
{
    const UntranslatedTexts untranslated;
    REQUIRE(untranslated.ok());
    WindowFixture f;
    QStringList menus;
    for (QAction *action : f.window->menuBar()->actions())
        menus.append(action->text().remove(u'&'));
    for (const char *menu : {"Bestand", "Ga naar", "Beeld", "Help"})
        CHECK(menus.contains(QString::fromUtf8(menu)));
    CHECK(actionNamed(f, QStringLiteral("Terug")) != nullptr);
    CHECK(f.reader().toPlainText().contains(QStringLiteral("Waar heb je pijn?")));
    INFO(untranslated.texts().join(u'\n').toStdString());
    CHECK(untranslated.texts().isEmpty()); // every menu, button, panel and label the window made
}

TEST_CASE("Choosing a chapter or section in the library opens it and shows where you are", "[ui]")
{
    WindowFixture f;
    clickItem(libraryTree(f), treeIndexOf(f, links::chapter(QStringLiteral("onderrug"))));
    CHECK(f.reader().source() == links::chapter(QStringLiteral("onderrug")));
    CHECK(f.reader().toPlainText().contains(QStringLiteral("Je rug draagt je bovenlichaam.")));
    CHECK(breadcrumbText(f).contains(QStringLiteral("Rug en bil")));
    CHECK(f.window->windowTitle().startsWith(QStringLiteral("Je onderrug")));

    const QModelIndex section = treeIndexOf(f, links::chapter(QStringLiteral("heupbuiger"), QStringLiteral("oefenen")));
    libraryTree(f).expand(section.parent().parent());
    libraryTree(f).expand(section.parent());
    clickItem(libraryTree(f), section);
    CHECK(f.reader().source().path() == QStringLiteral("heupbuiger"));
    CHECK(f.reader().verticalScrollBar()->value() > 0); // scrolled down to the section "Oefenen"
    // ...with its heading on the first line of the pane, not just somewhere further down
    const QPoint topLine(f.reader().viewport()->width() / 2, f.reader().fontMetrics().height());
    CHECK(f.reader().cursorForPosition(topLine).block().text().contains(QStringLiteral("Oefenen")));
}

TEST_CASE("Back and forward retrace the pages read, from buttons, Alt+arrows and mouse side buttons", "[ui]")
{
    WindowFixture f;
    f.window->openLink(links::chapter(QStringLiteral("heupbuiger")));
    REQUIRE(clickLink(f.reader(), QStringLiteral("chapter:liespijn#wat-merk-je")));
    CHECK(f.reader().source() == links::chapter(QStringLiteral("liespijn"), QStringLiteral("wat-merk-je")));

    QAction *back = actionNamed(f, QStringLiteral("Terug"));
    REQUIRE(back != nullptr);
    CHECK(back->isEnabled());
    back->trigger();
    CHECK(f.reader().source() == links::chapter(QStringLiteral("heupbuiger")));

    QTest::keyClick(f.window.get(), Qt::Key_Left, Qt::AltModifier);
    CHECK(f.reader().source() == links::start());
    CHECK_FALSE(back->isEnabled());

    QTest::keyClick(f.window.get(), Qt::Key_Right, Qt::AltModifier);
    CHECK(f.reader().source() == links::chapter(QStringLiteral("heupbuiger")));
    QTest::mouseClick(f.reader().viewport(), Qt::ForwardButton);
    CHECK(f.reader().source().path() == QStringLiteral("liespijn"));
    QTest::mouseClick(f.reader().viewport(), Qt::BackButton);
    CHECK(f.reader().source() == links::chapter(QStringLiteral("heupbuiger")));
}

TEST_CASE("Previous and next chapter cross article borders and stop at the first and last chapter", "[ui]")
{
    WindowFixture f;
    QAction *previous = actionNamed(f, QStringLiteral("Vorig hoofdstuk"));
    QAction *next = actionNamed(f, QStringLiteral("Volgend hoofdstuk"));
    REQUIRE(previous != nullptr);
    REQUIRE(next != nullptr);

    f.window->openLink(links::chapter(QStringLiteral("liespijn"))); // last chapter of the first article
    next->trigger();
    CHECK(f.reader().source() == links::chapter(QStringLiteral("onderrug"))); // first of the second article
    previous->trigger();
    CHECK(f.reader().source() == links::chapter(QStringLiteral("liespijn")));

    f.window->openLink(links::chapter(QStringLiteral("heupbuiger")));
    CHECK_FALSE(previous->isEnabled());
    f.window->openLink(links::chapter(QStringLiteral("zitten")));
    CHECK_FALSE(next->isEnabled());
    CHECK(previous->isEnabled());
}

TEST_CASE("A body region on the start page leads to the chapters about that place", "[ui]")
{
    WindowFixture f;
    REQUIRE(clickLink(f.reader(), links::region(QStringLiteral("zijkant")).toString()));
    CHECK(f.reader().source() == links::region(QStringLiteral("zijkant")));
    const QString regionPage = f.reader().toPlainText();
    CHECK(regionPage.contains(QStringLiteral("Liespijn")));          // the only chapter about the side
    CHECK_FALSE(regionPage.contains(QStringLiteral("Je onderrug"))); // about the back, not the side

    REQUIRE(clickLink(f.reader(), QStringLiteral("chapter:liespijn")));
    CHECK(f.reader().source() == links::chapter(QStringLiteral("liespijn")));
    CHECK(f.reader().toPlainText().contains(QStringLiteral("Alarmsignalen")));
}

TEST_CASE("A topic on the start page opens the first chapter of that article", "[ui]")
{
    WindowFixture f;
    REQUIRE(clickLink(f.reader(), QStringLiteral("chapter:rug-artikel")));
    CHECK(f.reader().source() == links::chapter(QStringLiteral("onderrug")));
}

TEST_CASE("A website opens in the browser only after the reader agrees, and its address is shown first", "[ui]")
{
    WindowFixture f;
    BrowserStub browser;
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &browser, "open");
    f.window->openLink(links::chapter(QStringLiteral("heupbuiger")));
    const QString address = QStringLiteral("https://www.thuisarts.nl/heup");

    QString question;
    QString answered; // the button clicked, or which buttons there were: a failure then says why
    auto answer = [&question, &answered](const QString &buttonText) {
        question.clear();
        answered.clear();
        whenModalDialogOpens([&question, &answered, buttonText](QWidget &dialog) {
            auto *box = qobject_cast<QMessageBox *>(&dialog);
            if (box == nullptr)
                return; // no question was asked: the checks below fail
            question = box->text() + box->informativeText();
            QStringList offered;
            for (QAbstractButton *button : box->buttons()) {
                if (button->text() == buttonText) {
                    answered = buttonText;
                    button->click();
                    return;
                }
                offered.append(button->text());
            }
            answered = QStringLiteral("no button '%1' among: %2").arg(buttonText, offered.join(u", "));
        }); // when no button was clicked, the dialog is closed for us
    };
    answer(QStringLiteral("In Heupwijzer blijven"));
    REQUIRE(clickLink(f.reader(), address));
    CHECK(question.contains(address));
    CHECK(answered == QStringLiteral("In Heupwijzer blijven"));
    CHECK(browser.opened.isEmpty());

    answer(QStringLiteral("Openen in de browser"));
    REQUIRE(clickLink(f.reader(), address));
    CHECK(question.contains(address));
    CHECK(answered == QStringLiteral("Openen in de browser"));
    CHECK(browser.opened == QList<QUrl>{QUrl(address)});
    CHECK(f.reader().source() == links::chapter(QStringLiteral("heupbuiger"))); // the reader stays on the page
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
}

TEST_CASE("Typing in the search field lists hits by article, and Enter opens the best one", "[ui][search]")
{
    WindowFixture f;
    auto *field = f.window->findChild<QLineEdit *>(QStringLiteral("searchField"));
    REQUIRE(field != nullptr);
    QTest::keyClick(f.window.get(), Qt::Key_K, Qt::ControlModifier);
    CHECK(field->hasFocus());
    auto *panel = f.window->findChild<heupwijzer::ui::SearchPanel *>();
    REQUIRE(panel != nullptr);
    QTest::keyClicks(field, QStringLiteral("traplopen"));
    REQUIRE(QTest::qWaitFor([panel] { return panel->hitCount() > 0; }, 5000));
    auto *results = f.window->findChild<QTreeView *>(QStringLiteral("searchResults"));
    REQUIRE(results != nullptr);
    CHECK(results->isVisible());
    const QModelIndex article = results->model()->index(0, 0);
    CHECK(article.data().toString() == QStringLiteral("Pijn aan de heup")); // the article heads its chapters
    CHECK(results->model()->index(0, 0, article).data().toString().startsWith(QStringLiteral("Liespijn")));
    CHECK(field->hasFocus()); // results arriving never take the keyboard away from the typing
    QTest::keyClick(field, Qt::Key_Return);
    CHECK(f.reader().source().path() == QStringLiteral("liespijn"));
}

TEST_CASE("The about box names the version, the content edition, its check date and hash, and the licences", "[ui]")
{
    WindowFixture f;
    QString shown;
    whenModalDialogOpens([&shown](QWidget &dialog) {
        if (auto *text = dialog.findChild<QTextBrowser *>(QStringLiteral("aboutText")))
            shown = text->toPlainText();
    });
    actionNamed(f, QStringLiteral("Over Heupwijzer"))->trigger();
    CHECK(shown.contains(QStringLiteral(HEUPWIJZER_VERSION)));
    CHECK(shown.contains(QStringLiteral("Testeditie 1")));
    CHECK(shown.contains(QStringLiteral("20 november 2026")));
    CHECK(shown.contains(QStringLiteral("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")));
    for (const char *library : {"Qt", "LGPL", "SQLite", "cmark-gfm", "Snowball", "yaml-cpp", "MIT", "Fontconfig"})
        CHECK(shown.contains(QLatin1StringView(library)));
}

#include "mainwindow_test.moc"
