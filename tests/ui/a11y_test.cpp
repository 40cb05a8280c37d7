#include "modaldialog.h"
#include "windowfixture.h"

#include "ui/a11y/shortcutsdialog.h"

#include "common/catch_qt.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QTableWidget>
#include <QTimer>

using heupwijzer::ui::ShortcutsDialog;

namespace {

// The row texts of the shortcuts dialog, action → keys.
QMap<QString, QString> rowsOf(const QTableWidget &table)
{
    QMap<QString, QString> rows;
    for (int row = 0; row < table.rowCount(); ++row)
        rows.insert(table.item(row, 0)->text(), table.item(row, 1)->text());
    return rows;
}

// What a screen reader announces for a widget: its accessible name, or what Qt derives (button text, buddy).
QString spokenName(QWidget *widget)
{
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
    return accessible != nullptr ? accessible->text(QAccessible::Name).trimmed() : QString();
}

} // namespace

TEST_CASE("F1 lists every keyboard shortcut of the window in Dutch", "[a11y][ui]")
{
    WindowFixture f;
    QMap<QString, QString> rows;
    QString title;
    // The dialog is modal: read it while it is open, then close it like a user would (Escape).
    whenModalDialogOpens([&](QWidget &dialog) {
        title = dialog.windowTitle();
        if (auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("shortcutsTable")))
            rows = rowsOf(*table);
        QTest::keyClick(&dialog, Qt::Key_Escape);
    });
    QTest::keyClick(f.window.get(), Qt::Key_F1);

    CHECK(title == QStringLiteral("Sneltoetsen"));
    const QList<QAction *> actions = ShortcutsDialog::actionsWithShortcuts(*f.window);
    REQUIRE(actions.size() >= 10);
    for (QAction *action : f.window->findChildren<QAction *>()) {
        if (action->shortcuts().isEmpty())
            continue;
        INFO("action " << action->text().toStdString());
        const QString text = ShortcutsDialog::plainText(*action);
        REQUIRE(rows.contains(text));
        CHECK(rows.value(text).contains(action->shortcut().toString(QKeySequence::NativeText)));
    }
    // Dutch words, as in the menus: spot-check a few that every window has.
    CHECK(rows.contains(QStringLiteral("Sneltoetsen")));
    CHECK(rows.value(QStringLiteral("Sneltoetsen")) == QStringLiteral("F1"));
    CHECK(rows.contains(QStringLiteral("Terug")));
    CHECK(rows.contains(QStringLiteral("Begrippen")));
    // Out of context a button's short word says too little: the list names what stops.
    CHECK(rows.contains(QStringLiteral("Stoppen met voorlezen")));
    CHECK_FALSE(rows.contains(QStringLiteral("Stoppen")));
}

TEST_CASE("Every control a keyboard can reach has a name a screen reader can say", "[a11y][ui]")
{
    WindowFixture f;
    QStringList unnamed;
    for (QWidget *widget : f.window->findChildren<QWidget *>()) {
        if (!(widget->focusPolicy() & Qt::TabFocus))
            continue;
        if (spokenName(widget).isEmpty())
            unnamed.append(QStringLiteral("%1 \"%2\" in %3")
                               .arg(QLatin1StringView(widget->metaObject()->className()), widget->objectName(),
                                    widget->parentWidget() != nullptr
                                        ? QLatin1StringView(widget->parentWidget()->metaObject()->className())
                                        : QLatin1StringView("-")));
    }
    INFO(unnamed.join(u'\n').toStdString());
    CHECK(unnamed.isEmpty());
}

TEST_CASE("The regions of the window have Dutch names", "[a11y][ui]")
{
    WindowFixture f;
    QStringList names;
    for (QWidget *widget : f.window->findChildren<QWidget *>())
        names.append(spokenName(widget));
    for (const char *region : {"Inhoud", "Leesvenster", "Begrippen", "Zoeken", "Zoekresultaten"}) {
        INFO(region);
        CHECK(names.contains(QString::fromUtf8(region)));
    }
}

TEST_CASE("Tab goes through the window in reading order", "[a11y][ui]")
{
    WindowFixture f;
    const QStringList readingOrder{QStringLiteral("searchField"), QStringLiteral("libraryTree"),
                                   QStringLiteral("reader"), QStringLiteral("glossaryFilter"),
                                   QStringLiteral("glossaryList")};
    // Follow the focus chain Tab follows, from the search field, and note where each region comes.
    QWidget *start = f.window->findChild<QWidget *>(readingOrder.first());
    REQUIRE(start != nullptr);
    QStringList visited;
    QWidget *widget = start;
    do {
        if (readingOrder.contains(widget->objectName()) && !visited.contains(widget->objectName()))
            visited.append(widget->objectName());
        widget = widget->nextInFocusChain();
    } while (widget != start && visited.size() < readingOrder.size());
    CHECK(visited == readingOrder);
}

TEST_CASE("The reading pane says how to use it with the keyboard", "[a11y][ui]")
{
    WindowFixture f;
    QAccessibleInterface *pane = QAccessible::queryAccessibleInterface(&f.reader());
    REQUIRE(pane != nullptr);
    CHECK(pane->text(QAccessible::Name) == QStringLiteral("Leesvenster"));
    CHECK(pane->text(QAccessible::Description).contains(QStringLiteral("Tab")));
}
