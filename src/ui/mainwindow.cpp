#include "ui/mainwindow.h"

#include "core/store/contentstore.h"
#include "core/userdata/userstore.h" // for m_privateUserStore's destructor
#include "ui/a11y/regiondescriptions.h"
#include "ui/a11y/shortcutsdialog.h"
#include "ui/a11y/taborder.h"
#include "ui/aboutdialog.h"
#include "ui/breadcrumbbar.h"
#include "ui/externallink.h"
#include "ui/glossarypanel.h"
#include "ui/icons.h"
#include "ui/librarymodel.h"
#include "ui/librarytree.h"
#include "ui/links.h"
#include "ui/readerview.h"
#include "ui/roles.h"
#include "ui/searchpanel.h"
#include "ui/settings.h"
#include "ui/theme.h"
#include "ui/userdatacontroller.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

#include <utility>

namespace heupwijzer::ui {

MainWindow::MainWindow(const core::ContentStore &store, Settings &settings, core::search::SearchEngine *search,
                       core::UserStore *userData, QWidget *parent)
    : QMainWindow(parent), m_store(store), m_settings(settings), m_search(search)
{
    setWindowTitle(tr("Heupwijzer"));
    setupReader();
    setupActions();
    setupViewActions();
    setupLibraryDock();
    setupGlossaryDock();
    setupSearch();
    setupUserData(userData);
    setupReadAloud();
    setupMenus();
    setupToolMenus();
    setupToolBar();
    setupSettings();
    applyReadingTabOrder(*this);
    describeRegions(*this);
    restoreLastSession();
}

MainWindow::~MainWindow() = default;

void MainWindow::setupReader()
{
    m_reader = new ReaderView(m_store, this);
    m_breadcrumb = new BreadcrumbBar(m_store, this);
    connect(m_breadcrumb, &BreadcrumbBar::crumbActivated, this, &MainWindow::openLink);
    connect(m_reader, &QTextBrowser::anchorClicked, this, &MainWindow::openLink);
    connect(m_reader, &QTextBrowser::sourceChanged, this, &MainWindow::onPageChanged);
    connect(m_reader, qOverload<const QUrl &>(&QTextBrowser::highlighted), this, [this](const QUrl &url) {
        // The address of a website is always visible before anyone clicks it.
        statusBar()->showMessage(links::kindOf(url) == LinkKind::External ? url.toString() : QString());
    });

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_breadcrumb);
    layout->addWidget(m_reader, 1);
    setCentralWidget(central);
    m_zoomLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_zoomLabel);
}

void MainWindow::setupActions()
{
    m_backAction = new QAction(tr("&Back"), this);
    m_backAction->setShortcuts(QKeySequence::keyBindings(QKeySequence::Back));
    connect(m_backAction, &QAction::triggered, m_reader, &QTextBrowser::backward);
    connect(m_reader, &QTextBrowser::backwardAvailable, m_backAction, &QAction::setEnabled);

    m_forwardAction = new QAction(tr("&Forward"), this);
    m_forwardAction->setShortcuts(QKeySequence::keyBindings(QKeySequence::Forward));
    connect(m_forwardAction, &QAction::triggered, m_reader, &QTextBrowser::forward);
    connect(m_reader, &QTextBrowser::forwardAvailable, m_forwardAction, &QAction::setEnabled);
    m_backAction->setEnabled(false);
    m_forwardAction->setEnabled(false);

    m_homeAction = new QAction(tr("&Start page"), this);
    m_homeAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Home));
    connect(m_homeAction, &QAction::triggered, this, &MainWindow::showStartPage);

    m_previousAction = new QAction(tr("&Previous chapter"), this);
    m_previousAction->setIconText(tr("Previous"));
    m_previousAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    connect(m_previousAction, &QAction::triggered, this, [this] { goToNeighbour(-1); });
    m_nextAction = new QAction(tr("&Next chapter"), this);
    m_nextAction->setIconText(tr("Next"));
    m_nextAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    connect(m_nextAction, &QAction::triggered, this, [this] { goToNeighbour(+1); });

    m_aboutAction = new QAction(tr("&About Heupwijzer"), this);
    connect(m_aboutAction, &QAction::triggered, this, [this] {
        AboutDialog dialog(m_store.meta(), this);
        dialog.exec();
    });
    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcuts(QKeySequence::keyBindings(QKeySequence::Quit));
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
}

void MainWindow::setupViewActions()
{
    m_zoomInAction = new QAction(tr("Zoom &in"), this);
    m_zoomInAction->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    connect(m_zoomInAction, &QAction::triggered, this, [this] { zoomBy(+1); });
    m_zoomOutAction = new QAction(tr("Zoom &out"), this);
    m_zoomOutAction->setShortcuts(QKeySequence::keyBindings(QKeySequence::ZoomOut));
    connect(m_zoomOutAction, &QAction::triggered, this, [this] { zoomBy(-1); });
    m_zoomResetAction = new QAction(tr("&Normal size"), this);
    m_zoomResetAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(m_zoomResetAction, &QAction::triggered, this,
            [this] { m_settings.setZoomPercent(Settings::kDefaultZoom); });
    connect(m_reader, &ReaderView::zoomStepsRequested, this, &MainWindow::zoomBy);

    m_themeGroup = new QActionGroup(this);
    const std::pair<ThemeChoice, QString> themes[] = {{ThemeChoice::System, tr("Like the &system")},
                                                      {ThemeChoice::Light, tr("&Light")},
                                                      {ThemeChoice::Dark, tr("&Dark")},
                                                      {ThemeChoice::HighContrast, tr("&High contrast")}};
    for (const auto &[choice, label] : themes) {
        QAction *action = m_themeGroup->addAction(label);
        action->setCheckable(true);
        action->setData(int(choice));
        connect(action, &QAction::triggered, this, [this, choice = choice] { m_settings.setTheme(choice); });
    }
}

void MainWindow::setupMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_quitAction);

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    go->addActions({m_backAction, m_forwardAction, m_homeAction});
    go->addSeparator();
    go->addActions({m_previousAction, m_nextAction});

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addActions({m_zoomInAction, m_zoomOutAction, m_zoomResetAction});
    view->addSeparator();
    QMenu *themes = view->addMenu(tr("&Colours"));
    themes->addActions(m_themeGroup->actions());
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
    toolBar->addActions({m_backAction, m_forwardAction, m_homeAction});
    toolBar->addSeparator();
    toolBar->addActions({m_previousAction, m_nextAction});
    toolBar->addSeparator();
    for (QAction *zoom : {m_zoomOutAction, m_zoomInAction}) {
        toolBar->addAction(zoom);
        // Magnifiers with + and − are understood without words; this leaves room for the search field.
        qobject_cast<QToolButton *>(toolBar->widgetForAction(zoom))->setToolButtonStyle(Qt::ToolButtonIconOnly);
    }
    toolBar->addSeparator();
    toolBar->addAction(m_glossaryDock->toggleViewAction());
    if (m_searchPanel != nullptr)
        toolBar->addWidget(m_searchPanel->searchField());
}

void MainWindow::setupLibraryDock()
{
    m_libraryModel = new LibraryModel(m_store, this);
    m_libraryTree = new LibraryTree(this);
    m_libraryTree->setAccessibleName(tr("Contents"));
    m_libraryTree->setModel(m_libraryModel);
    auto open = [this](const QModelIndex &index) { openLink(index.data(LinkRole).toUrl()); };
    connect(m_libraryTree, &QTreeView::clicked, this, open);
    connect(m_libraryTree, &QTreeView::activated, this, open);

    m_libraryDock = new QDockWidget(tr("Contents"), this);
    m_libraryDock->setObjectName(QStringLiteral("libraryDock"));
    m_libraryDock->setWidget(m_libraryTree);
    m_libraryDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    addDockWidget(Qt::LeftDockWidgetArea, m_libraryDock);
    resizeDocks({m_libraryDock}, {300}, Qt::Horizontal);
}

void MainWindow::setupGlossaryDock()
{
    m_glossary = new GlossaryPanel(m_store, this);
    connect(m_glossary, &GlossaryPanel::linkActivated, this, &MainWindow::openLink);
    m_glossaryDock = new QDockWidget(tr("Glossary"), this);
    m_glossaryDock->setObjectName(QStringLiteral("glossaryDock"));
    m_glossaryDock->setWidget(m_glossary);
    QAction *toggle = m_glossaryDock->toggleViewAction();
    toggle->setText(tr("&Glossary"));
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    addDockWidget(Qt::RightDockWidgetArea, m_glossaryDock);
    resizeDocks({m_glossaryDock}, {320}, Qt::Horizontal);
    m_glossaryDock->hide(); // opens when a term is clicked, or from the toolbar
}

void MainWindow::setupSearch()
{
    if (m_search == nullptr)
        return;
    m_searchPanel = new SearchPanel(*m_search, this);
    connect(m_searchPanel, &SearchPanel::linkActivated, this, &MainWindow::openLink);
    auto *dock = new QDockWidget(tr("Search results"), this);
    dock->setObjectName(QStringLiteral("searchDock"));
    dock->setWidget(m_searchPanel);
    addDockWidget(Qt::LeftDockWidgetArea, dock);
    tabifyDockWidget(m_libraryDock, dock);
    m_libraryDock->raise();
    connect(m_searchPanel, &SearchPanel::resultsShown, dock, [dock] {
        dock->show();
        dock->raise();
    });
    auto *focusSearch = new QAction(tr("&Search"), this);
    focusSearch->setShortcuts({QKeySequence::Find, QKeySequence(Qt::CTRL | Qt::Key_K)});
    connect(focusSearch, &QAction::triggered, m_searchPanel, &SearchPanel::focusSearchField);
    addAction(focusSearch);
}

void MainWindow::setupSettings()
{
    connect(&m_settings, &Settings::zoomChanged, this, &MainWindow::applyZoom);
    connect(&m_settings, &Settings::themeChanged, this, &MainWindow::applyTheme);
    applyTheme(m_settings.theme());
    applyZoom(m_settings.zoomPercent());
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
    const QModelIndex chapterIndex = links::kindOf(url) == LinkKind::Chapter
                                         ? m_libraryModel->indexOfChapter(links::target(url))
                                         : QModelIndex();
    if (chapterIndex.isValid()) {
        m_libraryTree->expand(chapterIndex.parent());
        m_libraryTree->setCurrentIndex(chapterIndex);
        m_libraryTree->scrollTo(chapterIndex);
    } else {
        m_libraryTree->clearSelection();
    }
    updateNavigationActions(url);
}

void MainWindow::updateNavigationActions(const QUrl &current)
{
    for (auto [action, direction] : {std::pair{m_previousAction, -1}, std::pair{m_nextAction, +1}}) {
        const core::ChapterInfo *neighbour = links::neighbourChapter(m_store, current, direction);
        action->setEnabled(neighbour != nullptr);
        action->setToolTip(neighbour != nullptr ? tr("%1: %2").arg(action->text().remove(u'&'), neighbour->title)
                                                : action->text().remove(u'&'));
    }
}

void MainWindow::goToNeighbour(int direction)
{
    if (const core::ChapterInfo *neighbour = links::neighbourChapter(m_store, m_reader->source(), direction))
        openLink(links::chapter(neighbour->id));
}

void MainWindow::openTerm(const QString &termId)
{
    m_glossaryDock->show();
    m_glossaryDock->raise();
    m_glossary->showTerm(termId);
}

void MainWindow::zoomBy(int steps)
{
    m_settings.setZoomPercent(Settings::steppedZoom(m_settings.zoomPercent(), steps));
}

void MainWindow::applyZoom(int percent)
{
    m_reader->setZoomPercent(percent);
    m_glossary->setZoomPercent(percent);
    m_zoomLabel->setText(tr("Text size %1 %").arg(percent));
    m_zoomInAction->setEnabled(percent < Settings::kMaximumZoom);
    m_zoomOutAction->setEnabled(percent > Settings::kMinimumZoom);
}

void MainWindow::applyTheme(ThemeChoice choice)
{
    const Theme theme = Theme::forChoice(choice);
    QApplication::setPalette(theme.palette());
    QToolTip::setPalette(theme.palette());
    if (qApp->styleSheet() != theme.widgetStyleSheet()) // setting even an empty sheet re-polishes every widget
        qApp->setStyleSheet(theme.widgetStyleSheet());
    m_reader->setReaderStyleSheet(theme.readerStyleSheet());
    for (QAction *action : m_themeGroup->actions())
        action->setChecked(action->data().toInt() == int(choice));
    const QColor iconColour = theme.palette().color(QPalette::ButtonText);
    const std::pair<QAction *, const char *> icons[] = {
        {m_backAction, "back"},         {m_forwardAction, "forward"},
        {m_homeAction, "home"},         {m_previousAction, "previous-chapter"},
        {m_nextAction, "next-chapter"}, {m_zoomInAction, "zoom-in"},
        {m_zoomOutAction, "zoom-out"},  {m_glossaryDock->toggleViewAction(), "glossary"},
        {m_aboutAction, "about"},       {m_libraryDock->toggleViewAction(), "library"}};
    for (const auto &[action, name] : icons)
        action->setIcon(tintedIcon(QLatin1StringView(name), iconColour));
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
