#include "ui/a11y/docktabs.h"

#include <QEvent>
#include <QMainWindow>
#include <QTabBar>

namespace heupwijzer::ui {

namespace {

void showWholeLabels(QTabBar &tabBar)
{
    tabBar.setElideMode(Qt::ElideNone);
    // Without scroll buttons the bar asks for room for every tab, so the dock area grows instead of hiding a tab
    // behind an arrow that few readers would think of pressing.
    tabBar.setUsesScrollButtons(false);
    tabBar.setExpanding(false);
}

// QMainWindow makes its dock tab bars as children of the window, when docks are first stacked and again when the
// user drags them; a child is polished after it is set up, so that is the moment to override the elision.
class DockTabWatcher : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::ChildPolished) {
            if (auto *tabBar = qobject_cast<QTabBar *>(static_cast<QChildEvent *>(event)->child()))
                showWholeLabels(*tabBar);
        }
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

void keepDockTabsReadable(QMainWindow &window)
{
    // Only the window's own tab bars: those of a QTabWidget inside a dock are that widget's business.
    for (QTabBar *tabBar : window.findChildren<QTabBar *>(Qt::FindDirectChildrenOnly))
        showWholeLabels(*tabBar);
    window.installEventFilter(new DockTabWatcher(&window));
}

} // namespace heupwijzer::ui
