#include "linkhelpers.h"
#include "windowfixture.h"

#include "ui/glossarypanel.h"
#include "ui/links.h"

#include "common/catch_qt.h"

#include <QAccessible>
#include <QAction>
#include <QDockWidget>
#include <QLineEdit>
#include <QListView>
#include <QStatusBar>
#include <QToolTip>

namespace links = heupwijzer::ui::links;
using heupwijzer::ui::GlossaryPanel;

namespace {

GlossaryPanel &panel(const WindowFixture &f)
{
    return *f.window->findChild<GlossaryPanel *>(QStringLiteral("glossaryPanel"));
}

// Opens the glossary from the toolbar, as a reader would.
GlossaryPanel &openedPanel(const WindowFixture &f)
{
    for (QAction *action : f.window->findChildren<QAction *>()) {
        if (action->text().remove(u'&') == QStringLiteral("Begrippen") && !action->isChecked())
            action->trigger();
    }
    return panel(f);
}

QStringList listedTerms(const GlossaryPanel &glossary)
{
    const QAbstractItemModel *model = glossary.findChild<QListView *>(QStringLiteral("glossaryList"))->model();
    QStringList terms;
    for (int row = 0; row < model->rowCount(); ++row)
        terms.append(model->index(row, 0).data().toString());
    return terms;
}

QString details(const GlossaryPanel &glossary)
{
    return glossary.findChild<QTextBrowser *>(QStringLiteral("glossaryDetails"))->toPlainText();
}

} // namespace

TEST_CASE("Clicking a term in the text opens it in the glossary panel and the reader stays put", "[ui]")
{
    WindowFixture f;
    f.window->openLink(links::chapter(QStringLiteral("heupbuiger")));
    auto *dock = f.window->findChild<QDockWidget *>(QStringLiteral("glossaryDock"));
    CHECK_FALSE(dock->isVisible());

    REQUIRE(clickLink(f.reader(), QStringLiteral("begrip:slijmbeurs")));
    CHECK(dock->isVisible());
    CHECK(panel(f).currentTermId() == QStringLiteral("slijmbeurs"));
    const QString shown = details(panel(f));
    CHECK(shown.contains(QStringLiteral("Een plat zakje met vocht.")));
    CHECK(shown.contains(QStringLiteral("vochtzakje"))); // lay word
    CHECK(shown.contains(QStringLiteral("bursa")));      // medical word
    CHECK(shown.contains(QStringLiteral("De heupbuiger")));
    CHECK(shown.contains(QStringLiteral("Liespijn"))); // "used in" both chapters
    CHECK(f.reader().source() == links::chapter(QStringLiteral("heupbuiger")));
}

TEST_CASE("A chapter under 'used in' opens in the reader", "[ui]")
{
    WindowFixture f;
    openedPanel(f).showTerm(QStringLiteral("heupbuiger"));
    auto *detailsView = panel(f).findChild<QTextBrowser *>(QStringLiteral("glossaryDetails"));
    REQUIRE(clickLink(*detailsView, QStringLiteral("chapter:liespijn")));
    CHECK(f.reader().source() == links::chapter(QStringLiteral("liespijn")));
}

TEST_CASE("Keyboard focus or the mouse on a term shows its definition as a tooltip", "[ui]")
{
    WindowFixture f;
    f.window->openLink(links::chapter(QStringLiteral("heupbuiger")));
    f.window->activateWindow();
    f.reader().setFocus();
    QToolTip::hideText();

    // Tab walks through the links; the first link of the chapter is the term "slijmbeurs".
    QTest::keyClick(f.reader().viewport(), Qt::Key_Tab);
    CHECK(f.reader().textCursor().charFormat().anchorHref() == QStringLiteral("begrip:slijmbeurs"));
    CHECK(QTest::qWaitFor([] { return QToolTip::isVisible(); }));
    CHECK(QToolTip::text().contains(QStringLiteral("Een plat zakje met vocht.")));

    QToolTip::hideText();
    const QPoint term = linkPosition(f.reader(), QStringLiteral("begrip:slijmbeurs"));
    QTest::mouseMove(f.reader().viewport(), term + QPoint(0, 60)); // off the link first
    QTest::mouseMove(f.reader().viewport(), term);
    CHECK(QTest::qWaitFor([] { return QToolTip::isVisible(); }));
    CHECK(QToolTip::text().contains(QStringLiteral("slijmbeurs")));
}

TEST_CASE("A term reached with Tab keeps its definition on screen and tells screen readers", "[ui][a11y]")
{
    WindowFixture f;
    f.window->openLink(links::chapter(QStringLiteral("heupbuiger")));
    f.window->activateWindow();
    f.reader().setFocus();
    QAccessibleInterface *pane = QAccessible::queryAccessibleInterface(&f.reader());
    REQUIRE(pane != nullptr);
    const QString ownDescription = pane->text(QAccessible::Description);

    QTest::keyClick(f.reader().viewport(), Qt::Key_Tab);
    REQUIRE(f.reader().textCursor().charFormat().anchorHref() == QStringLiteral("begrip:slijmbeurs"));
    // The status bar keeps it after the tooltip has gone with the next key press.
    QToolTip::hideText();
    CHECK(f.window->statusBar()->currentMessage().contains(QStringLiteral("Een plat zakje met vocht.")));
    CHECK(pane->text(QAccessible::Description).contains(QStringLiteral("Een plat zakje met vocht.")));

    // Another page: the pane says again how to use it, and the definition is gone from the status bar.
    f.window->showStartPage();
    CHECK(pane->text(QAccessible::Description) == ownDescription);
    CHECK_FALSE(f.window->statusBar()->currentMessage().contains(QStringLiteral("Een plat zakje met vocht.")));
}

TEST_CASE("The glossary lists its terms A to Z and filters on lay and medical words as you type", "[ui]")
{
    WindowFixture f;
    GlossaryPanel &glossary = openedPanel(f);
    CHECK(listedTerms(glossary) ==
          QStringList{QStringLiteral("heupbuiger"), QStringLiteral("pees"), QStringLiteral("slijmbeurs")});

    auto *filter = glossary.findChild<QLineEdit *>(QStringLiteral("glossaryFilter"));
    QTest::keyClicks(filter, QStringLiteral("burs")); // medical word of slijmbeurs, half typed
    CHECK(listedTerms(glossary) == QStringList{QStringLiteral("slijmbeurs")});
    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("HEUPSPIER")); // lay word of heupbuiger, any case
    CHECK(listedTerms(glossary) == QStringList{QStringLiteral("heupbuiger")});

    // Showing a term the filter hides clears the filter rather than showing nothing.
    CHECK(glossary.showTerm(QStringLiteral("pees")));
    CHECK(filter->text().isEmpty());
    CHECK(details(glossary).contains(QStringLiteral("Het stevige eind van een spier aan het bot.")));
}
