#pragma once

#include <QMainWindow>
#include <QUrl>

#include <chrono>
#include <memory>

namespace heupwijzer::core {
class ContentStore;
class UserStore;
} // namespace heupwijzer::core

namespace heupwijzer::ui {

class Appearance;
class BreadcrumbBar;
class GlossaryPanel;
class LibraryModel;
class LibraryTree;
class NavigationActions;
class PracticeMode;
class ReadAloud;
class ReaderView;
class SearchPanel;
class Settings;
class UserDataController;

// The reader window: library tree (left dock), reading pane with breadcrumb (centre), glossary (right dock),
// search field in the toolbar. It puts together the parts that do the work (NavigationActions, Appearance,
// GlossaryHint, the docks' panels, mainwindowtools.cpp for the reader's tools); every link, wherever it is
// clicked, goes through openLink().
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    // userData may be null: bookmarks, positions and history then live in a private session (in memory only).
    MainWindow(const core::ContentStore &store, Settings &settings, core::UserStore *userData = nullptr,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    ReaderView *reader() const { return m_reader; }
    // Before the window is shown, the link is remembered and opened when it appears.
    void openLink(const QUrl &url);
    // Opens the start page instead of the last chapter (practice hand-over, benchmark).
    void showStartPage();

    UserDataController *userData() const { return m_userDataController; }
    ReadAloud *readAloud() const { return m_readAloud; }
    PracticeMode *practiceMode() const { return m_practiceMode; }
    // Practice mode (mainwindowtools.cpp): full screen, the "Next patient" button, and the hand-over after
    // `idleTimeout` without input. The user store should be a private session and the settings in memory.
    void enablePracticeMode(std::chrono::milliseconds idleTimeout);
    // The hand-over to the next patient: start page, and history, search text, zoom and bookmarks forgotten.
    void startNextPatient();

protected:
    void showEvent(QShowEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    void setupReader();
    void createWindowActions();
    // The one place the docks are made (Contents, Glossary, Search results); mainwindowdocks.cpp.
    void createDocks();
    void createLibraryDock();
    void createGlossaryDock();
    void createSearchDock();
    void setupMenus();
    void setupToolBar();
    void setupAppearance();
    void restoreLastSession();
    // mainwindowtools.cpp: the reader's own data, read-aloud, the handout and practice mode.
    void setupUserData(core::UserStore *userData);
    void setupReadAloud();
    void setupToolMenus();
    QAction *makeHandoutAction();
    QAction *makePracticeSwitchAction();

    void onPageChanged(const QUrl &url);
    void showInLibrary(const QUrl &url);
    void openTerm(const QString &termId);
    void saveSession();

    const core::ContentStore &m_store;
    Settings &m_settings;

    ReaderView *m_reader = nullptr;
    BreadcrumbBar *m_breadcrumb = nullptr;
    NavigationActions *m_navigation = nullptr;
    Appearance *m_appearance = nullptr;
    LibraryModel *m_libraryModel = nullptr;
    LibraryTree *m_libraryTree = nullptr;
    QDockWidget *m_libraryDock = nullptr;
    GlossaryPanel *m_glossary = nullptr;
    QDockWidget *m_glossaryDock = nullptr;
    SearchPanel *m_searchPanel = nullptr;
    bool m_shown = false; // the window has appeared once; before that, links wait (see openLink)
    QUrl m_linkOnShow;    // opened when the window first appears

    QAction *m_aboutAction = nullptr;
    QAction *m_quitAction = nullptr;

    std::unique_ptr<core::UserStore> m_privateUserStore; // only when no user store was given
    UserDataController *m_userDataController = nullptr;
    ReadAloud *m_readAloud = nullptr;
    QAction *m_readAloudPlayAction = nullptr;
    QAction *m_readAloudStopAction = nullptr;
    PracticeMode *m_practiceMode = nullptr;
};

} // namespace heupwijzer::ui
