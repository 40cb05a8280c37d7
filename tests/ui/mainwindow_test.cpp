#include "ui/mainwindow.h"

#include "common/catch_qt.h"

#include <QTextBrowser>

using heupwijzer::ui::MainWindow;

TEST_CASE("The main window is titled Heupwijzer and has a reading pane", "[ui]")
{
    MainWindow window;
    window.show();
    CHECK(window.windowTitle() == QStringLiteral("Heupwijzer"));
    auto *reader = window.findChild<QTextBrowser *>(QStringLiteral("reader"));
    REQUIRE(reader != nullptr);
    CHECK(reader->isVisible());
    CHECK_FALSE(reader->accessibleName().isEmpty());
}
