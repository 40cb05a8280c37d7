#include "ui/librarytree.h"

#include <QHeaderView>
#include <QResizeEvent>
#include <QStyledItemDelegate>

namespace heupwijzer::ui {

namespace {

// The item's own margins, focus frame and the branch area the indentation does not cover.
constexpr int kSlack = 16;

// Asks the style for the height of the text wrapped at the width the item really has.
class WrappingDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const auto *view = qobject_cast<const QTreeView *>(option.widget);
        if (view == nullptr)
            return QStyledItemDelegate::sizeHint(option, index);
        int depth = 1;
        for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
            ++depth;
        // The style wraps only within a valid rectangle; QTreeView passes an empty one.
        QStyleOptionViewItem wrapped = option;
        wrapped.rect = QRect(0, 0, qMax(40, view->viewport()->width() - view->indentation() * depth - kSlack),
                             option.fontMetrics.height());
        wrapped.features |= QStyleOptionViewItem::WrapText;
        return QStyledItemDelegate::sizeHint(wrapped, index);
    }
};

} // namespace

LibraryTree::LibraryTree(QWidget *parent) : QTreeView(parent)
{
    setObjectName(QStringLiteral("libraryTree"));
    setItemDelegate(new WrappingDelegate(this));
    setHeaderHidden(true);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setWordWrap(true);
    setTextElideMode(Qt::ElideNone);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    header()->setSectionResizeMode(QHeaderView::Stretch);
}

void LibraryTree::resizeEvent(QResizeEvent *event)
{
    // Row heights depend on the width, and QTreeView keeps them until its items are laid out again. Marked
    // before the base class lays out the scroll bars, which then measures every row once, at the new width
    // (marked after, the rows were measured twice for every new width: at the old heights' width and again).
    if (event->oldSize().width() != event->size().width())
        scheduleDelayedItemsLayout();
    QTreeView::resizeEvent(event);
}

} // namespace heupwijzer::ui
