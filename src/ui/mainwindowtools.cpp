// The parts of MainWindow that connect the tools built elsewhere: the reader's own data (UserDataController),
// read-aloud (speech/), the exercise handout (handout/) and practice mode (PracticeMode). Kept apart from
// mainwindow.cpp so each file stays small; the logic lives in those classes, this is wiring.
#include "ui/mainwindow.h"

#include "core/userdata/userstore.h"
#include "ui/handout/handoutdialog.h"
#include "ui/handout/practiceprofiledialog.h"
#include "ui/practicemode.h"
#include "ui/readerview.h"
#include "ui/searchpanel.h"
#include "ui/settings.h"
#include "ui/speech/readaloud.h"
#include "ui/speech/readaloudbar.h"
#include "ui/uilogging.h"
#include "ui/userdatacontroller.h"

#include <QAction>
#include <QDockWidget>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QToolBar>

namespace heupwijzer::ui {

void MainWindow::setupUserData(core::UserStore *userData)
{
    if (userData == nullptr) {
        auto privateSession = core::UserStore::openPrivateSession(core::systemClock());
        if (!privateSession)
            qCCritical(lcUi) << "Cannot keep bookmarks even in memory:" << privateSession.error().message;
        else
            m_privateUserStore = std::move(privateSession).value();
        userData = m_privateUserStore.get();
    }
    Q_ASSERT(userData != nullptr); // only fails when SQLite cannot open an in-memory database
    m_userDataController = new UserDataController(*userData, m_store, *m_reader, this);
    connect(m_userDataController, &UserDataController::linkRequested, this, &MainWindow::openLink);
}

void MainWindow::setupReadAloud()
{
    // No prepare() here: that starts the speech daemon, which must not slow down the first paint.
    m_readAloud = new ReadAloud(this);
    m_readAloud->setTextView(m_reader);
    auto *bar = new ReadAloudBar(*m_readAloud, this);
    QToolBar *toolBar = new QToolBar(tr("Read aloud"), this);
    toolBar->setObjectName(QStringLiteral("readAloudToolBar"));
    toolBar->setMovable(false);
    toolBar->addWidget(bar);
    addToolBar(Qt::BottomToolBarArea, toolBar);
    m_readAloudPlayAction = bar->playAction();
    m_readAloudPlayAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_readAloudStopAction = bar->stopAction();
    m_readAloudStopAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)});
    // A page that is no longer shown is not read on.
    connect(m_reader, &ReaderView::leavingPage, m_readAloud, &ReadAloud::stop);
}

QAction *MainWindow::makeHandoutAction()
{
    auto *handout = new QAction(tr("Exercise &handout…"), this);
    handout->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    connect(handout, &QAction::triggered, this,
            [this] { openHandoutDialog(m_store, m_settings.storage(), m_reader->source(), this); });
    return handout;
}

QAction *MainWindow::makePracticeSwitchAction()
{
    auto *practice = new QAction(tr("P&ractice mode…"), this);
    practice->setCheckable(true);
    practice->setChecked(m_settings.practiceMode());
    connect(practice, &QAction::triggered, this, [this, practice](bool on) {
        const QString question =
            on ? tr("Turn on practice mode?\n\nFrom the next start Heupwijzer fills the screen, saves nothing and "
                    "forgets everything after a few minutes without use or when you press “Next patient”.")
               : tr("Turn off practice mode?\n\nFrom the next start Heupwijzer saves bookmarks and settings again.");
        const bool confirmed = QMessageBox::question(this, tr("Practice mode"), question,
                                                     QMessageBox::Yes | QMessageBox::Cancel,
                                                     QMessageBox::Cancel) == QMessageBox::Yes;
        if (confirmed)
            m_settings.setPracticeMode(on);
        practice->setChecked(m_settings.practiceMode());
    });
    return practice;
}

void MainWindow::setupToolMenus()
{
    QMenu *file = menuBar()->actions().constFirst()->menu();
    auto *profile = new QAction(tr("Practice &details…"), this);
    connect(profile, &QAction::triggered, this, [this] { PracticeProfileDialog::edit(m_settings.storage(), this); });
    auto *clearData = m_userDataController->clearDataAction();
    file->insertActions(m_quitAction, {makeHandoutAction(), profile, makePracticeSwitchAction()});
    file->insertSeparator(m_quitAction);
    file->insertAction(m_quitAction, clearData);
    file->insertSeparator(m_quitAction);

    QAction *help = menuBar()->actions().constLast();
    auto *bookmarks = new QMenu(tr("&Bookmarks"), this);
    m_userDataController->attachBookmarksMenu(bookmarks);
    menuBar()->insertMenu(help, bookmarks);
    auto *readAloud = new QMenu(tr("&Read aloud"), this);
    readAloud->addActions({m_readAloudPlayAction, m_readAloudStopAction});
    menuBar()->insertMenu(help, readAloud);
    addActions({m_userDataController->bookmarkAction(), m_readAloudPlayAction, m_readAloudStopAction});
}

void MainWindow::enablePracticeMode(std::chrono::milliseconds idleTimeout)
{
    if (m_practiceMode != nullptr)
        return;
    m_practiceMode = new PracticeMode(idleTimeout, this);
    connect(m_practiceMode, &PracticeMode::handOverRequested, this, &MainWindow::startNextPatient);

    QToolBar *toolBar = new QToolBar(tr("Practice"), this);
    toolBar->setObjectName(QStringLiteral("practiceToolBar"));
    toolBar->setMovable(false);
    auto *next = new QPushButton(tr("Next patient"), toolBar);
    next->setObjectName(QStringLiteral("nextPatientButton"));
    // Big enough to find at a glance and to hit on a touch screen.
    QFont big = next->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    next->setFont(big);
    next->setMinimumHeight(56);
    connect(next, &QPushButton::clicked, m_practiceMode, &PracticeMode::handOver);
    toolBar->addWidget(next);
    // On its own row, so the search field keeps its place on the main tool bar.
    addToolBarBreak(Qt::TopToolBarArea);
    addToolBar(Qt::TopToolBarArea, toolBar);
    toolBar->show(); // a tool bar added to a window already on screen stays hidden otherwise
    showFullScreen();
}

void MainWindow::startNextPatient()
{
    m_readAloud->stop();
    if (m_searchPanel != nullptr)
        m_searchPanel->searchField()->clear();
    m_settings.setZoomPercent(Settings::kDefaultZoom);
    showStartPage();
    m_reader->clearHistory(); // Back must not lead to what the previous patient read
    m_userDataController->forgetEverything();
    qCInfo(lcUi) << "Handed over to the next patient";
}

} // namespace heupwijzer::ui
