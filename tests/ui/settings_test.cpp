#include "windowfixture.h"

#include "ui/links.h"
#include "ui/settings.h"
#include "ui/theme.h"

#include "common/catch_qt.h"

#include <QActionGroup>
#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QMenuBar>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

namespace links = heupwijzer::ui::links;
using heupwijzer::ui::ReaderView;
using heupwijzer::ui::Settings;
using heupwijzer::ui::ThemeChoice;

namespace {

QAction *themeAction(const WindowFixture &f, const QString &text)
{
    for (QAction *action : f.window->findChildren<QAction *>()) {
        if (action->isCheckable() && action->text().remove(u'&') == text)
            return action;
    }
    return nullptr;
}

} // namespace

TEST_CASE("Ctrl+plus, Ctrl+minus and Ctrl+0 set the zoom, which is remembered after a restart", "[ui]")
{
    WindowFixture f;
    QTest::keyClick(f.window.get(), Qt::Key_Plus, Qt::ControlModifier);
    QTest::keyClick(f.window.get(), Qt::Key_Plus, Qt::ControlModifier);
    CHECK(f.settings->zoomPercent() == 125);
    QTest::keyClick(f.window.get(), Qt::Key_Minus, Qt::ControlModifier);
    CHECK(f.settings->zoomPercent() == 110);

    f.reopen();
    CHECK(f.reader().zoomPercent() == 110);
    CHECK(f.reader().font().pointSizeF() == Approx(ReaderView::kBasePointSize * 1.1));
    QTest::keyClick(f.window.get(), Qt::Key_0, Qt::ControlModifier);
    CHECK(f.settings->zoomPercent() == 100);
}

TEST_CASE("Zoom stays between 50 and 300 percent", "[ui]")
{
    CHECK(Settings::steppedZoom(100, 1) == 110);
    CHECK(Settings::steppedZoom(100, -2) == 80);
    CHECK(Settings::steppedZoom(105, -1) == 100); // a value between steps goes to the nearest step down
    CHECK(Settings::steppedZoom(250, 5) == 300);
    CHECK(Settings::steppedZoom(67, -3) == 50);

    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("s.ini")));
    settings.setZoomPercent(1000);
    CHECK(settings.zoomPercent() == 300);
    settings.setZoomPercent(10);
    CHECK(settings.zoomPercent() == 50);
}

TEST_CASE("Settings announce a change once, and only when the value changes", "[ui]")
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("s.ini")));
    QSignalSpy zoom(&settings, &Settings::zoomChanged);
    QSignalSpy theme(&settings, &Settings::themeChanged);
    settings.setZoomPercent(150);
    settings.setZoomPercent(150);
    settings.setTheme(ThemeChoice::Dark);
    settings.setTheme(ThemeChoice::Dark);
    CHECK(zoom.count() == 1);
    CHECK(theme.count() == 1);
    CHECK(settings.theme() == ThemeChoice::Dark);
}

TEST_CASE("Switching the theme changes the window palette and the reading pane's colours", "[ui]")
{
    WindowFixture f;
    CHECK(f.settings->theme() == ThemeChoice::System); // follows the desktop unless the user chooses

    QAction *dark = themeAction(f, QStringLiteral("Donker"));
    REQUIRE(dark != nullptr);
    dark->trigger();
    CHECK(f.settings->theme() == ThemeChoice::Dark);
    CHECK(QApplication::palette().color(QPalette::Window).lightness() < 80);
    CHECK(QApplication::palette().color(QPalette::Text).lightness() > 200);
    CHECK(f.reader().document()->defaultStyleSheet() ==
          heupwijzer::ui::Theme::forChoice(ThemeChoice::Dark).readerStyleSheet());

    themeAction(f, QStringLiteral("Hoog contrast"))->trigger();
    CHECK(QApplication::palette().color(QPalette::Base) == QColor(Qt::black));
    CHECK(QApplication::palette().color(QPalette::Text) == QColor(Qt::white));
    CHECK(f.reader().document()->defaultStyleSheet().contains(QStringLiteral("#ffff00")));

    themeAction(f, QStringLiteral("Licht"))->trigger();
    CHECK(QApplication::palette().color(QPalette::Base).lightness() > 240);
    CHECK(themeAction(f, QStringLiteral("Licht"))->isChecked());
    CHECK_FALSE(dark->isChecked());

    f.reopen(); // the choice is remembered
    CHECK(f.settings->theme() == ThemeChoice::Light);
}

TEST_CASE("Every theme has a reading style sheet with the box colours", "[ui]")
{
    for (ThemeChoice choice : {ThemeChoice::Light, ThemeChoice::Dark, ThemeChoice::HighContrast, ThemeChoice::System}) {
        const QString css = heupwijzer::ui::Theme::forChoice(choice).readerStyleSheet();
        for (const char *rule : {"table.caution", "table.tip", "table.note", "table.exercise", "table.data"})
            CHECK(css.contains(QLatin1StringView(rule)));
    }
}

TEST_CASE("The last page, scroll position, window size and panel sizes survive a restart", "[ui]")
{
    WindowFixture f;
    f.window->resize(1300, 900);
    f.window->openLink(links::chapter(QStringLiteral("heupbuiger")));
    auto *libraryDock = f.window->findChild<QDockWidget *>(QStringLiteral("libraryDock"));
    f.window->resizeDocks({libraryDock}, {420}, Qt::Horizontal);
    QScrollBar *bar = f.reader().verticalScrollBar();
    REQUIRE(bar->maximum() > 0);
    bar->setValue(bar->maximum() / 2);
    REQUIRE(QTest::qWaitFor([libraryDock] { return qAbs(libraryDock->width() - 420) <= 4; }));
    const int dockWidth = libraryDock->width();
    f.window->close();

    f.reopen();
    CHECK(f.reader().source() == links::chapter(QStringLiteral("heupbuiger")));
    CHECK(f.window->size() == QSize(1300, 900));
    CHECK(f.window->findChild<QDockWidget *>(QStringLiteral("libraryDock"))->width() == dockWidth);
    QScrollBar *restored = f.reader().verticalScrollBar();
    CHECK(QTest::qWaitFor([restored] { return restored->maximum() > 0; }));
    CHECK(double(restored->value()) / restored->maximum() == Approx(0.5).margin(0.02));
}

TEST_CASE("A portable marker file keeps the settings beside the program", "[ui]")
{
    QTemporaryDir programDir;
    const QString standard = Settings::locate(programDir.path());
    CHECK_FALSE(standard.startsWith(programDir.path()));
    CHECK(standard.endsWith(QStringLiteral(".ini")));

    QFile marker(programDir.filePath(QStringLiteral("heupwijzer.portable")));
    REQUIRE(marker.open(QIODevice::WriteOnly));
    marker.close();
    CHECK(Settings::locate(programDir.path()) == programDir.filePath(QStringLiteral("heupwijzer.ini")));
}
