#include "ui/a11y/panelbuttons.h"

#include <QDockWidget>

#include <algorithm>

namespace heupwijzer::ui::panelbuttons {

namespace {

bool isPanel(const QWidget *widget)
{
    return qobject_cast<const QDockWidget *>(widget) != nullptr;
}

} // namespace

bool isTitleButton(const QWidget *widget)
{
    // QDockWidget's own private button class; it keeps these object names (qt_dockwidget_closebutton, …).
    return widget != nullptr && isPanel(widget->parentWidget()) &&
           widget->objectName().startsWith(QLatin1StringView("qt_dockwidget_"));
}

int iconSize(const QWidget *widget, int styleSize)
{
    // The panel asks too: the style places the buttons in the title bar by the icon size it gets for the panel.
    const bool panelTitle = isPanel(widget) || isTitleButton(widget);
    return panelTitle ? std::max(styleSize, widget->fontMetrics().height()) : styleSize;
}

void polish(QWidget *widget)
{
    if (!isTitleButton(widget))
        return;
    // The button keeps its icon size until the style-change event that follows polish(), and the panel lays
    // out its title before that: ask for a new layout once the button knows its new size.
    QMetaObject::invokeMethod(
        widget, [widget] { widget->updateGeometry(); }, Qt::QueuedConnection);
}

} // namespace heupwijzer::ui::panelbuttons
