#include "ui/navigationactions.h"

#include "core/store/contentstore.h"
#include "ui/links.h"
#include "ui/readerview.h"

#include <QAction>
#include <QCoreApplication>

#include <utility>

namespace heupwijzer::ui {

// The action words keep the window's translation context (QCoreApplication::translate with the window's class),
// where their Dutch is: they were the window's before this class took them over.

NavigationActions::NavigationActions(const core::ContentStore &store, ReaderView &reader, QObject *parent)
    : QObject(parent), m_store(store), m_reader(reader)
{
    createHistoryActions();
    createChapterActions();
}

void NavigationActions::createHistoryActions()
{
    m_back = new QAction(QCoreApplication::translate("heupwijzer::ui::MainWindow", "&Back"), this);
    m_back->setShortcuts(QKeySequence::keyBindings(QKeySequence::Back));
    connect(m_back, &QAction::triggered, &m_reader, &QTextBrowser::backward);
    connect(&m_reader, &QTextBrowser::backwardAvailable, m_back, &QAction::setEnabled);

    m_forward = new QAction(QCoreApplication::translate("heupwijzer::ui::MainWindow", "&Forward"), this);
    m_forward->setShortcuts(QKeySequence::keyBindings(QKeySequence::Forward));
    connect(m_forward, &QAction::triggered, &m_reader, &QTextBrowser::forward);
    connect(&m_reader, &QTextBrowser::forwardAvailable, m_forward, &QAction::setEnabled);
    m_back->setEnabled(false);
    m_forward->setEnabled(false);

    m_home = new QAction(QCoreApplication::translate("heupwijzer::ui::MainWindow", "&Start page"), this);
    m_home->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Home));
    connect(m_home, &QAction::triggered, this, &NavigationActions::startPageRequested);
}

void NavigationActions::createChapterActions()
{
    m_previous = new QAction(QCoreApplication::translate("heupwijzer::ui::MainWindow", "&Previous chapter"), this);
    m_previous->setIconText(QCoreApplication::translate("heupwijzer::ui::MainWindow", "Previous"));
    m_previous->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    connect(m_previous, &QAction::triggered, this, [this] { goToNeighbour(-1); });
    m_next = new QAction(QCoreApplication::translate("heupwijzer::ui::MainWindow", "&Next chapter"), this);
    m_next->setIconText(QCoreApplication::translate("heupwijzer::ui::MainWindow", "Next"));
    m_next->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    connect(m_next, &QAction::triggered, this, [this] { goToNeighbour(+1); });
}

void NavigationActions::update(const QUrl &current)
{
    for (auto [action, direction] : {std::pair{m_previous, -1}, std::pair{m_next, +1}}) {
        const core::ChapterInfo *neighbour = links::neighbourChapter(m_store, current, direction);
        action->setEnabled(neighbour != nullptr);
        action->setToolTip(neighbour != nullptr ? QCoreApplication::translate("heupwijzer::ui::MainWindow", "%1: %2")
                                                      .arg(action->text().remove(u'&'), neighbour->title)
                                                : action->text().remove(u'&'));
    }
}

void NavigationActions::goToNeighbour(int direction)
{
    if (const core::ChapterInfo *neighbour = links::neighbourChapter(m_store, m_reader.source(), direction))
        Q_EMIT linkRequested(links::chapter(neighbour->id));
}

} // namespace heupwijzer::ui
