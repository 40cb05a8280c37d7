// A scripted practice-mode session, run by practice_test.cpp in a child process with HOME and the XDG folders
// pointed at an empty folder (the test process itself has QStandardPaths' test mode and settings already made).
// It wires the window as src/app/main.cpp does with --practice, uses it like a patient would, hands over to the
// next patient and closes. Exit code 0 when the script ran; the test then checks that the folder is still empty.
#include "fixturecontent.h"

#include "core/userdata/userstore.h"
#include "ui/links.h"
#include "ui/mainwindow.h"
#include "ui/practicemode.h"
#include "ui/readerview.h"
#include "ui/settings.h"
#include "ui/userdatacontroller.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

#include <cstdio>

namespace links = heupwijzer::ui::links;
using heupwijzer::ui::Settings;

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Heupwijzer"));
    QApplication::setOrganizationName(QStringLiteral("Heupwijzer"));

    FixtureContent content;
    Settings settings(Settings::locate(QCoreApplication::applicationDirPath()), Settings::Persistence::InMemory);
    auto userStore = heupwijzer::core::UserStore::openPrivateSession(heupwijzer::core::systemClock());
    if (!userStore)
        return 3;
    {
        heupwijzer::ui::MainWindow window(*content.store, settings, userStore->get());
        window.enablePracticeMode(std::chrono::minutes(3));
        window.userData()->setNotePrompt([](QWidget *, const QString &) { return QStringLiteral("Voor thuis"); });
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return 4;

        window.openLink(links::chapter(QStringLiteral("heupbuiger")));
        window.userData()->bookmarkAction()->trigger();
        window.openLink(links::chapter(QStringLiteral("liespijn")));
        window.findChild<QLineEdit *>(QStringLiteral("searchField"))->setText(QStringLiteral("traplopen"));
        if (argc > 1) // a screenshot for people to look at: ui/practice_session /tmp/practice.png
            window.grab().save(QString::fromLocal8Bit(argv[1]));
        settings.setZoomPercent(150);
        settings.storage().setValue(QStringLiteral("praktijk/naam"),
                                    QStringLiteral("Fysio Test")); // as the handout does
        window.findChild<QPushButton *>(QStringLiteral("nextPatientButton"))->click();
        window.openLink(links::chapter(QStringLiteral("onderrug")));
        settings.sync();
        window.close();
    }
    std::puts("practice session done");
    return 0;
}
