#include "ui/toolbarwrap.h"

#include <QEvent>
#include <QMainWindow>
#include <QToolBar>
#include <QWidget>

#include <algorithm>

namespace heupwijzer::ui {

ToolBarWrap::ToolBarWrap(QMainWindow &window, QToolBar &first, QToolBar &second, const QWidget &field)
    : QObject(&window), m_window(window), m_first(first), m_second(second), m_field(field)
{
    m_window.installEventFilter(this);
    update();
}

bool ToolBarWrap::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::Resize:
    case QEvent::FontChange:
    case QEvent::StyleChange:
    case QEvent::Show:
        update();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void ToolBarWrap::update()
{
    // The first bar's size hint holds all of its buttons, so it does not depend on where the second bar is.
    const int needed = m_first.sizeHint().width() + fieldWidth();
    const bool ownRow = needed > m_window.width();
    if (ownRow == m_ownRow)
        return;
    m_ownRow = ownRow;
    if (ownRow)
        m_window.insertToolBarBreak(&m_second);
    else
        m_window.removeToolBarBreak(&m_second);
}

// Room for a few words as typed, in the field's own font, and never less than the field insists on.
int ToolBarWrap::fieldWidth() const
{
    constexpr int kCharacters = 18;
    return std::max(m_field.minimumWidth(), m_field.fontMetrics().averageCharWidth() * kCharacters);
}

} // namespace heupwijzer::ui
