#pragma once

#include <QStyledItemDelegate>

class QTextDocument;
class QTreeView;

namespace heupwijzer::ui {

// Draws a search result over the full width of the list, wrapped: an article row as a heading, a hit as its
// chapter title in bold with the extract below it, the found words in bold. Heights follow the list's width.
class SearchResultDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    explicit SearchResultDelegate(QTreeView &view);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    // The row's text, laid out for `width` pixels in `font`.
    void layOut(QTextDocument &document, const QModelIndex &index, const QFont &font, double width) const;
    double textWidth(const QModelIndex &index) const;

    QTreeView &m_view;
};

} // namespace heupwijzer::ui
