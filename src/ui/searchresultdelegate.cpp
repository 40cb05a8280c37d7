#include "ui/searchresultdelegate.h"

#include "ui/roles.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>
#include <QTreeView>

#include <cmath>

namespace heupwijzer::ui {

namespace {
constexpr int kPadding = 6;           // around the text of a row, inside its selection frame
constexpr double kHeadingScale = 1.1; // article rows: a little larger than the hits below them
} // namespace

SearchResultDelegate::SearchResultDelegate(QTreeView &view) : QStyledItemDelegate(&view), m_view(view) {}

double SearchResultDelegate::textWidth(const QModelIndex &index) const
{
    int depth = 0;
    for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
        ++depth;
    return qMax(80, m_view.viewport()->width() - depth * m_view.indentation() - 2 * kPadding);
}

void SearchResultDelegate::layOut(QTextDocument &document, const QModelIndex &index, const QFont &font,
                                  double width) const
{
    document.setDocumentMargin(0);
    const QString title = index.data(Qt::DisplayRole).toString().toHtmlEscaped();
    const QString snippet = index.data(SnippetHtmlRole).toString(); // HTML-escaped by the engine
    if (index.parent().isValid()) {
        document.setDefaultFont(font);
        document.setHtml(
            QStringLiteral("<p style=\"margin:0\"><b>%1</b></p><p style=\"margin:0\">%2</p>").arg(title, snippet));
    } else {
        QFont heading = font;
        heading.setPointSizeF(font.pointSizeF() * kHeadingScale);
        heading.setBold(true);
        document.setDefaultFont(heading);
        document.setPlainText(index.data(Qt::DisplayRole).toString());
    }
    document.setTextWidth(width);
}

void SearchResultDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    item.text.clear(); // the style draws the row's background, selection and focus; the text is drawn below
    const QStyle *style = item.widget != nullptr ? item.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &item, painter, item.widget);

    QTextDocument document;
    layOut(document, index, option.font, option.rect.width() - 2 * kPadding);
    QAbstractTextDocumentLayout::PaintContext context;
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    context.palette = option.palette;
    context.palette.setColor(QPalette::Text,
                             option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->save();
    painter->translate(option.rect.topLeft() + QPoint(kPadding, kPadding));
    painter->setClipRect(QRect(QPoint(0, 0), option.rect.size()));
    document.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize SearchResultDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QTextDocument document;
    const double width = textWidth(index);
    layOut(document, index, option.font, width);
    return {int(width) + 2 * kPadding, int(std::ceil(document.size().height())) + 2 * kPadding};
}

} // namespace heupwijzer::ui
