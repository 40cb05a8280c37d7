#include "ui/handout/pagebreaks.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

#include <algorithm>

namespace heupwijzer::ui {

namespace {

// Layout positions are fractional; a cut this close to a line's edge counts as on the edge.
constexpr double kEpsilon = 0.5;

std::optional<double> lastIn(const std::vector<double> &cuts, double from, double limit)
{
    auto after = std::upper_bound(cuts.begin(), cuts.end(), limit + kEpsilon);
    if (after == cuts.begin() || *std::prev(after) <= from + kEpsilon)
        return std::nullopt;
    return *std::prev(after);
}

// Qt's frameBoundingRect() of a table is shifted down to where its first cell's text starts (Qt 6.4
// QTextDocumentLayoutPrivate::frameBoundingRectInternal adds the cell position). Undo that shift: margin,
// outer border, frame padding, cell spacing, cell border and cell padding, as QTextDocumentLayout lays them out.
double firstCellOffset(const QTextTable &table)
{
    const QTextTableFormat format = table.format();
    const QTextTableCellFormat cell = table.cellAt(0, 0).format().toTableCellFormat();
    const double cellPadding =
        cell.hasProperty(QTextFormat::TableCellTopPadding) ? cell.topPadding() : format.cellPadding();
    return format.topMargin() + format.border() + format.padding() + format.cellSpacing() + format.border() +
           cellPadding;
}

void sortUnique(std::vector<double> &values)
{
    std::sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end()), values.end());
}

} // namespace

bool PageBreaks::Range::holds(double y) const
{
    return top < y - kEpsilon && bottom > y + kEpsilon;
}

// Every line of text in document coordinates. The block list of a QTextDocument includes the blocks inside
// table cells, and blockBoundingRect() places them within their cell, so side-by-side cells are covered.
std::vector<PageBreaks::Line> PageBreaks::linesOf(const QTextDocument &document)
{
    std::vector<Line> out;
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QTextLayout *text = block.layout();
        // Empty blocks draw nothing, and Qt places the one it adds after a table on top of what follows.
        if (text == nullptr || block.length() <= 1)
            continue;
        const double origin = layout->blockBoundingRect(block).top() - text->boundingRect().top();
        for (int i = 0; i < text->lineCount(); ++i) {
            const QTextLine line = text->lineAt(i);
            out.push_back({origin + line.y(), origin + line.y() + line.height(), block.position()});
        }
    }
    return out;
}

std::vector<PageBreaks::Range> PageBreaks::textKeeps(const QTextDocument &document, const std::vector<Line> &lines)
{
    std::vector<Range> out;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        std::vector<const Line *> own; // the block's lines, top to bottom
        for (const Line &line : lines) {
            if (line.position == block.position())
                own.push_back(&line);
        }
        if (own.empty())
            continue;
        // No paragraph leaves a single line behind at the foot of a page or alone at the top of the next.
        if (own.size() >= 2) {
            out.push_back({own[0]->top, own[1]->bottom});
            out.push_back({own[own.size() - 2]->top, own.back()->bottom});
        }
        if (block.blockFormat().headingLevel() == 0)
            continue;
        const Line *next = nullptr; // the first line below the heading, which must stay with it
        for (const Line &line : lines) {
            if (line.top >= own.back()->bottom - kEpsilon && (next == nullptr || line.top < next->top))
                next = &line;
        }
        if (next != nullptr)
            out.push_back({own.front()->top, next->bottom});
    }
    return out;
}

// A box runs from its top (Qt's frame rectangle, unshifted) to whatever comes next: the next box or the first
// line of text below it. Its own bottom is not used: Qt's frame size leaves out the table's bottom border.
std::vector<PageBreaks::Range> PageBreaks::boxKeeps(const QTextDocument &document, const std::vector<Line> &lines,
                                                    double pageHeight, std::vector<double> &edges)
{
    const QList<QTextFrame *> frames = document.rootFrame()->childFrames();
    std::vector<double> tops;
    for (QTextFrame *frame : frames) {
        QRectF box = document.documentLayout()->frameBoundingRect(frame);
        if (const auto *table = qobject_cast<QTextTable *>(frame))
            box.translate(0, -firstCellOffset(*table));
        tops.push_back(box.top());
    }
    std::vector<Range> out;
    for (qsizetype i = 0; i < frames.size(); ++i) {
        double bottom = i + 1 < frames.size() ? tops[std::size_t(i + 1)] : document.size().height();
        for (const Line &line : lines) {
            if (line.position > frames[i]->lastPosition())
                bottom = std::min(bottom, line.top);
        }
        const double top = tops[std::size_t(i)];
        edges.push_back(top); // cutting right above a box keeps its border whole
        if (bottom - top <= pageHeight)
            out.push_back({top, bottom});
    }
    return out;
}

PageBreaks::PageBreaks(const QTextDocument &document, double pageHeight)
{
    const std::vector<Line> lines = linesOf(document);
    std::vector<double> candidates;
    for (const Line &line : lines)
        candidates.push_back(line.top);
    std::vector<Range> keeps = boxKeeps(document, lines, pageHeight, candidates);
    const std::vector<Range> text = textKeeps(document, lines);
    keeps.insert(keeps.end(), text.begin(), text.end());

    for (double cut : candidates) {
        const auto inLine = [cut](const Line &line) { return Range{line.top, line.bottom}.holds(cut); };
        const auto inKeep = [cut](const Range &range) { return range.holds(cut); };
        if (std::any_of(lines.begin(), lines.end(), inLine))
            continue;
        m_betweenLines.push_back(cut);
        if (std::none_of(keeps.begin(), keeps.end(), inKeep))
            m_cuts.push_back(cut);
    }
    sortUnique(m_cuts);
    sortUnique(m_betweenLines);
}

std::optional<double> PageBreaks::lastBefore(double from, double limit) const
{
    return lastIn(m_cuts, from, limit);
}

std::optional<double> PageBreaks::lastBetweenLines(double from, double limit) const
{
    return lastIn(m_betweenLines, from, limit);
}

} // namespace heupwijzer::ui
