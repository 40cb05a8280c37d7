#include "ui/mainwindow.h"

#include "core/store/contentstore.h"
#include "core/userdata/userstore.h" // for m_privateUserStore's destructor
#include "ui/a11y/docktabs.h"
#include "ui/a11y/regiondescriptions.h"
#include "ui/a11y/shortcutsdialog.h"
#include "ui/a11y/taborder.h"
#include "ui/aboutdialog.h"
#include "ui/appearance.h"
#include "ui/breadcrumbbar.h"
#include "ui/externallink.h"
#include "ui/glossaryhint.h"
#include "ui/glossarypanel.h"
#include "ui/librarymodel.h"
#include "ui/librarytree.h"
#include "ui/links.h"
#include "ui/navigationactions.h"
#include "ui/readerview.h"
#include "ui/searchpanel.h"
#include "ui/settings.h"
#include "ui/toolbarwrap.h"
#include "ui/userdatacontroller.h"

#include <QCloseEvent>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <utility>

namespace heupwijzer::ui {

MainWindow::MainWindow(const core::ContentStore &store, Settings &settings, core::UserStore *userData, QWidget *parent)
    : QMainWindow(parent), m_store(store), m_settings(settings)
{
    setWindowTitle(tr("Heupwijzer"));
    setupReader();
    m_navigation = new NavigationActions(m_store, *m_reader, this);
    connect(m_navigation, &NavigationActions::startPageRequested, this, &MainWindow::showStartPage);
    connect(m_navigation, &NavigationActions::linkRequested, this, &MainWindow::openLink);
    m_appearance = new Appearance(m_settings, *m_reader, this);
    statusBar()->addPermanentWidget(m_appearance->zoomLabel());
    createWindowActions();
    createDocks();
    setupUserData(userData);
    setupReadAloud();
    setupMenus();
    setupToolMenus();
    setupToolBar();
    setupAppearance();
    applyReadingTabOrder(*this);
    describeRegions(*this);
    keepDockTabsReadable(*this);
    restoreLastSession();
}

MainWindow::~MainWindow() = default;

void MainWindow::setupReader()
{
    m_reader = new ReaderView(m_store, this);
    // A frame to show keyboard focus in, like every other field (a11y/focusstyle.h).
    m_reader->setFrameShape(QFrame::StyledPanel);
    // Always there, so the scroll bar appearing once the start page is laid out does not narrow the pane and make
    // the whole page be laid out a second time before the first paint.
    m_reader->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    m_breadcrumb = new BreadcrumbBar(m_store, this);
    connect(m_breadcrumb, &BreadcrumbBar::crumbActivated, this, &MainWindow::openLink);
    connect(m_reader, &QTextBrowser::anchorClicked, this, &MainWindow::openLink);
    connect(m_reader, &QTextBrowser::sourceChanged, this, &MainWindow::onPageChanged);
    connect(m_reader, qOverload<const QUrl &>(&QTextBrowser::highlighted), this, [this](const QUrl &url) {
        // The address of a website is always visible before anyone clicks it.
        statusBar()->showMessage(links::kindOf(url) == LinkKind::External ? url.toString() : QString());
    });
    // Made after the connection above, so a term's definition replaces the message that cleared the bar.
    new GlossaryHint(m_store, *m_reader, *statusBar());

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_breadcrumb);
    layout->addWidget(m_reader, 1);
    setCentralWidget(central);
}

void MainWindow::createWindowActions()
{
    m_aboutAction = new QAction(tr("&About Heupwijzer"), this);
    connect(m_aboutAction, &QAction::triggered, this, [this] {
        AboutDialog dialog(m_store.meta(), this);
        dialog.exec();
    });
    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcuts(QKeySequence::keyBindings(QKeySequence::Quit));
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
}

void MainWindow::setupMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_quitAction);

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    go->addActions({m_navigation->back(), m_navigation->forward(), m_navigation->home()});
    go->addSeparator();
    go->addActions({m_navigation->previousChapter(), m_navigation->nextChapter()});

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addActions({m_appearance->zoomIn(), m_appearance->zoomOut(), m_appearance->zoomReset()});
    view->addSeparator();
    QMenu *themes = view->addMenu(tr("&Colours"));
    themes->addActions(m_appearance->themeActions());
    view->addSeparator();
    view->addAction(m_libraryDock->toggleViewAction());
    view->addAction(m_glossaryDock->toggleViewAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    // F1: every shortcut of this window, read from its actions when the dialog opens (issue 8).
    QAction *shortcuts = help->addAction(tr("&Keyboard shortcuts"));
    shortcuts->setShortcut(QKeySequence::HelpContents);
    connect(shortcuts, &QAction::triggered, this, [this] { ShortcutsDialog(*this, this).exec(); });
    help->addAction(m_aboutAction);
}

void MainWindow::setupToolBar()
{
    QToolBar *toolBar = addToolBar(tr("Navigation"));
    toolBar->setObjectName(QStringLiteral("navigationToolBar"));
    toolBar->setMovable(false);
    toolBar->setIconSize(QSize(24, 24));
    // Words beside the icons: older readers should not have to guess what a symbol means.
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addActions({m_navigation->back(), m_navigation->forward(), m_navigation->home()});
    toolBar->addSeparator();
    toolBar->addActions({m_navigation->previousChapter(), m_navigation->nextChapter()});
    toolBar->addSeparator();
    for (QAction *zoom : {m_appearance->zoomOut(), m_appearance->zoomIn()}) {
        toolBar->addAction(zoom);
        // Magnifiers with + and − are understood without words; this leaves room for the search field.
        qobject_cast<QToolButton *>(toolBar->widgetForAction(zoom))->setToolButtonStyle(Qt::ToolButtonIconOnly);
    }
    toolBar->addSeparator();
    toolBar->addAction(m_glossaryDock->toggleViewAction());
    if (m_searchPanel == nullptr)
        return;
    QToolBar *searchBar = addToolBar(tr("Search"));
    searchBar->setObjectName(QStringLiteral("searchToolBar"));
    searchBar->setMovable(false);
    searchBar->addWidget(m_searchPanel->searchField());
    new ToolBarWrap(*this, *toolBar, *searchBar, *m_searchPanel->searchField());
}

void MainWindow::setupAppearance()
{
    const std::pair<QAction *, const char *> icons[] = {{m_navigation->back(), "back"},
                                                        {m_navigation->forward(), "forward"},
                                                        {m_navigation->home(), "home"},
                                                        {m_navigation->previousChapter(), "previous-chapter"},
                                                        {m_navigation->nextChapter(), "next-chapter"},
                                                        {m_appearance->zoomIn(), "zoom-in"},
                                                        {m_appearance->zoomOut(), "zoom-out"},
                                                        {m_glossaryDock->toggleViewAction(), "glossary"},
                                                        {m_aboutAction, "about"},
                                                        {m_libraryDock->toggleViewAction(), "library"}};
    for (const auto &[action, name] : icons)
        m_appearance->addTintedIcon(action, name);
    connect(m_appearance, &Appearance::zoomApplied, m_glossary, &GlossaryPanel::setZoomPercent);
    m_appearance->applySettings();
}

void MainWindow::restoreLastSession()
{
    resize(1200, 820);
    restoreGeometry(m_settings.windowGeometry());
    restoreState(m_settings.windowState());
    // The user store is the one truth for the last chapter and its position (restored when it opens).
    const QUrl last = m_userDataController->lastChapter().value_or(links::start());
    const bool known = links::kindOf(last) == LinkKind::Chapter ? m_store.chapter(links::target(last)) != nullptr
                                                                : links::kindOf(last) != LinkKind::Unknown;
    if (!known || links::kindOf(last) == LinkKind::Term || links::kindOf(last) == LinkKind::External) {
        showStartPage();
        return;
    }
    openLink(last);
}

void MainWindow::showStartPage()
{
    openLink(links::start());
}

void MainWindow::openLink(const QUrl &link)
{
    if (!m_shown) {
        // Laying out a page costs the same for every width, so lay it out once, at the width the pane gets
        // when the window appears, instead of first at a hidden widget's default size. showEvent() opens it.
        m_linkOnShow = link;
        return;
    }
    QUrl url = link.isRelative() ? m_reader->source().resolved(link) : link;
    url = links::canonical(m_store, url);
    switch (links::kindOf(url)) {
    case LinkKind::Term:
        openTerm(links::target(url));
        return;
    case LinkKind::External:
        ExternalLink::open(url, this);
        return;
    case LinkKind::Image:
    case LinkKind::Unknown:
        return;
    default:
        m_reader->setSource(url);
    }
}

void MainWindow::onPageChanged(const QUrl &url)
{
    m_breadcrumb->showLocation(url);
    const QList<BreadcrumbBar::Crumb> crumbs = BreadcrumbBar::trail(m_store, url);
    setWindowTitle(crumbs.size() > 1 ? tr("%1 – Heupwijzer").arg(crumbs.last().title) : tr("Heupwijzer"));
    showInLibrary(url);
    m_navigation->update(url);
}

void MainWindow::showInLibrary(const QUrl &url)
{
    const QModelIndex chapterIndex =
        links::kindOf(url) == LinkKind::Chapter ? m_libraryModel->indexOfChapter(links::target(url)) : QModelIndex();
    if (!chapterIndex.isValid()) {
        m_libraryTree->clearSelection();
        return;
    }
    m_libraryTree->expand(chapterIndex.parent());
    m_libraryTree->setCurrentIndex(chapterIndex);
    m_libraryTree->scrollTo(chapterIndex);
}

void MainWindow::openTerm(const QString &termId)
{
    m_glossaryDock->show();
    m_glossaryDock->raise();
    m_glossary->showTerm(termId);
}

void MainWindow::saveSession()
{
    m_userDataController->saveCurrentPosition();
    m_settings.setWindowLayout(saveGeometry(), saveState());
    m_settings.sync();
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    m_shown = true;
    if (m_linkOnShow.isEmpty())
        return;
    openLink(std::exchange(m_linkOnShow, QUrl()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSession();
    QMainWindow::closeEvent(event);
}

void MainWindow::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::BackButton)
        m_reader->backward();
    else if (event->button() == Qt::ForwardButton)
        m_reader->forward();
    else
        QMainWindow::mousePressEvent(event);
}

} // namespace heupwijzer::ui
