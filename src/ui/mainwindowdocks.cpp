// The docks of MainWindow: the library tree (Contents, left), the search results (tabbed behind Contents) and
// the glossary (right, hidden until a term is opened). All docks are made here, in createDocks(), so changes to
// how docks are built (tab labels, sizes) have one place to go.
#include "ui/mainwindow.h"

#include "ui/a11y/taborder.h"
#include "ui/glossarypanel.h"
#include "ui/librarymodel.h"
#include "ui/librarytree.h"
#include "ui/readerview.h"
#include "ui/roles.h"
#include "ui/searchpanel.h"

#include <QAction>
#include <QDockWidget>

namespace heupwijzer::ui {

void MainWindow::createDocks()
{
    createLibraryDock();
    createGlossaryDock();
    createSearchDock();
}

void MainWindow::createLibraryDock()
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

void MainWindow::createGlossaryDock()
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

void MainWindow::createSearchDock()
{
    m_searchPanel = new SearchPanel(m_store, this); // searches on its own thread and connection
    connect(m_searchPanel, &SearchPanel::hitsOpened, m_reader, &ReaderView::markSearchHits);
    connect(m_searchPanel, &SearchPanel::linkActivated, this, &MainWindow::openLink);
    auto *dock = new QDockWidget(tr("Search results"), this);
    dock->setObjectName(QStringLiteral("searchDock"));
    dock->setWidget(m_searchPanel);
    addDockWidget(Qt::LeftDockWidgetArea, dock);
    tabifyDockWidget(m_libraryDock, dock);
    m_libraryDock->raise();
    // The results list is made when the tab is first opened or at the first search; it takes its place in the
    // reading tab order then.
    connect(dock, &QDockWidget::visibilityChanged, m_searchPanel, [panel = m_searchPanel](bool visible) {
        if (visible)
            panel->prepareResults();
    });
    connect(m_searchPanel, &SearchPanel::resultsUiBuilt, this, [this] { applyReadingTabOrder(*this); });
    connect(m_searchPanel, &SearchPanel::resultsShown, dock, [dock] {
        dock->show();
        dock->raise();
    });
    auto *focusSearch = new QAction(tr("&Search"), this);
    focusSearch->setShortcuts({QKeySequence::Find, QKeySequence(Qt::CTRL | Qt::Key_K)});
    connect(focusSearch, &QAction::triggered, m_searchPanel, &SearchPanel::focusSearchField);
    addAction(focusSearch);
}

} // namespace heupwijzer::ui
