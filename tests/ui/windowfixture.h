#pragma once

#include "fixturecontent.h"

#include "common/catch_qt.h"

#include "core/userdata/userstore.h"
#include "ui/mainwindow.h"
#include "ui/readerview.h"
#include "ui/settings.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

// A main window over the fixture content, with its settings file in a fresh temporary folder.
struct WindowFixture {
    WindowFixture() { reopen(); }

    // Builds a new window (and settings object) over the same settings file: a restart of the program.
    void reopen()
    {
        window.reset();
        userStore.reset();
        settings = std::make_unique<heupwijzer::ui::Settings>(settingsPath());
        auto opening =
            heupwijzer::core::UserStore::open(dir.filePath(QStringLiteral("user.db")), heupwijzer::core::systemClock());
        REQUIRE(opening);
        userStore = std::move(opening->store);
        window = std::make_unique<heupwijzer::ui::MainWindow>(*content.store, *settings, userStore.get());
        window->show();
        // Shortcuts and keyboard focus only work in the active window, as for a real user.
        window->activateWindow();
        (void)QTest::qWaitForWindowActive(window.get());
    }

    QString settingsPath() const { return dir.filePath(QStringLiteral("heupwijzer.ini")); }
    heupwijzer::ui::ReaderView &reader() const { return *window->reader(); }

    QTemporaryDir dir;
    FixtureContent content;
    std::unique_ptr<heupwijzer::ui::Settings> settings;
    std::unique_ptr<heupwijzer::core::UserStore> userStore; // user.db beside the settings file
    std::unique_ptr<heupwijzer::ui::MainWindow> window;
};
