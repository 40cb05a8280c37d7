#include "ui/searchresultsview.h"

#include "ui/searchresultdelegate.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QResizeEvent>

namespace heupwijzer::ui {

SearchResultsView::SearchResultsView(QWidget *parent) : QTreeView(parent)
{
    setHeaderHidden(true);
    setRootIsDecorated(false);
    setItemsExpandable(false); // always open: the grouping is for reading, not for folding
    setUniformRowHeights(false);
    setWordWrap(true);
    setIndentation(16);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // rows wrap to the width instead
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setItemDelegate(new SearchResultDelegate(*this));
}

void SearchResultsView::select(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    setCurrentIndex(index);
    scrollTo(index);
}

bool SearchResultsView::isAtTop() const
{
    const QModelIndex first = model() != nullptr ? model()->index(0, 0) : QModelIndex();
    const QModelIndex current = currentIndex();
    return !current.isValid() || current == first || (current.parent() == first && current.row() == 0);
}

void SearchResultsView::keyPressEvent(QKeyEvent *event)
{
    if (m_field == nullptr) {
        QTreeView::keyPressEvent(event);
        return;
    }
    if (event->key() == Qt::Key_Escape || (event->key() == Qt::Key_Up && isAtTop())) {
        m_field->setFocus(Qt::OtherFocusReason);
        return;
    }
    // Letters, digits and Backspace belong in the search field: the list has no use for them.
    const QString text = event->text();
    const bool typing =
        event->key() == Qt::Key_Backspace || (!text.isEmpty() && text.at(0).isPrint() && !text.at(0).isSpace() &&
                                              !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier)));
    if (typing) {
        m_field->setFocus(Qt::OtherFocusReason);
        QCoreApplication::sendEvent(m_field, event);
        return;
    }
    QTreeView::keyPressEvent(event);
}

void SearchResultsView::resizeEvent(QResizeEvent *event)
{
    // The rows wrap, so their heights depend on the width. Marked before QTreeView lays out its scroll bars,
    // which then measures every row once, at the new width (as LibraryTree does); a new height alone changes no row.
    if (event->oldSize().width() != event->size().width())
        scheduleDelayedItemsLayout();
    QTreeView::resizeEvent(event);
}

} // namespace heupwijzer::ui
