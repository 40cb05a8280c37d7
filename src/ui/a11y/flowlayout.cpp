#include "ui/a11y/flowlayout.h"

#include <QStyle>
#include <QWidget>

#include <utility>

namespace heupwijzer::ui {

FlowLayout::FlowLayout(QWidget *parent) : QLayout(parent) {}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
}

int FlowLayout::count() const
{
    return static_cast<int>(m_items.size());
}

QLayoutItem *FlowLayout::itemAt(int index) const
{
    return m_items.value(index);
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
}

Qt::Orientations FlowLayout::expandingDirections() const
{
    return {};
}

bool FlowLayout::hasHeightForWidth() const
{
    return true;
}

int FlowLayout::heightForWidth(int width) const
{
    return arrange(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::minimumSize() const
{
    // As narrow as the widest item (one item a row): the rest of the window decides how wide it gets.
    QSize size;
    for (const QLayoutItem *item : m_items) {
        if (!item->isEmpty())
            size = size.expandedTo(item->hasHeightForWidth() ? item->minimumSize() : item->sizeHint());
    }
    const QMargins margins = contentsMargins();
    return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom());
}

QSize FlowLayout::sizeHint() const
{
    // All on one row, when there is room for it.
    int width = 0;
    int height = 0;
    for (const QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        width += (width > 0 ? spacingOr(QStyle::PM_LayoutHorizontalSpacing) : 0) + item->sizeHint().width();
        height = qMax(height, item->sizeHint().height());
    }
    const QMargins margins = contentsMargins();
    return QSize(width + margins.left() + margins.right(), height + margins.top() + margins.bottom());
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int FlowLayout::spacingOr(QStyle::PixelMetric metric) const
{
    if (spacing() >= 0)
        return spacing();
    const QWidget *parent = parentWidget();
    return parent != nullptr ? parent->style()->pixelMetric(metric, nullptr, parent) : 6;
}

int FlowLayout::arrange(const QRect &rect, bool apply) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    const int gapX = spacingOr(QStyle::PM_LayoutHorizontalSpacing);
    const int gapY = spacingOr(QStyle::PM_LayoutVerticalSpacing);
    QList<std::pair<QLayoutItem *, QSize>> row;
    int x = area.left();
    int y = area.top();
    int rowHeight = 0;
    auto placeRow = [&] {
        const int rowWidth = x - gapX - area.left();
        int left = m_rightAligned ? area.right() + 1 - rowWidth : area.left();
        for (const auto &[item, size] : row) {
            if (apply) // centred in the row, so a slider lines up with the buttons beside it
                item->setGeometry(QRect(QPoint(left, y + (rowHeight - size.height()) / 2), size));
            left += size.width() + gapX;
        }
        x = area.left();
        y += rowHeight + gapY;
        row.clear();
        rowHeight = 0;
    };
    for (QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        QSize size = item->sizeHint();
        // Text that wraps (a status line) takes the rest of its row, or a row of its own if that is too narrow.
        const bool wraps = item->hasHeightForWidth();
        const int needed = wraps ? item->minimumSize().width() : size.width();
        if (!row.isEmpty() && x + needed > area.right() + 1)
            placeRow();
        if (wraps) {
            size.setWidth(qMax(needed, area.right() + 1 - x));
            size.setHeight(item->heightForWidth(size.width()));
        }
        row.append({item, size});
        x += size.width() + gapX;
        rowHeight = qMax(rowHeight, size.height());
    }
    if (!row.isEmpty())
        placeRow();
    const QMargins margins = contentsMargins();
    return qMax(0, y - gapY - area.top()) + margins.top() + margins.bottom();
}

} // namespace heupwijzer::ui
