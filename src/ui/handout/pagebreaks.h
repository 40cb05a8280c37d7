#pragma once

#include <optional>
#include <vector>

class QTextDocument;

namespace heupwijzer::ui {

// The heights at which a laid-out text document may be cut between two pages: between lines of text, never
// through one (also not through a line in a table cell beside it), never inside a box (a top-level table:
// callout, exercise card) that fits on one page, never right below a heading, so a heading stays with the text
// it introduces, and never so that a single line of a paragraph ends up alone on a page.
class PageBreaks {
public:
    // pageHeight: the height of a page's body; a box taller than that has to be cut, or it would never print.
    PageBreaks(const QTextDocument &document, double pageHeight);

    // The lowest cut in (from, limit] that follows every rule above; nothing when there is none.
    std::optional<double> lastBefore(double from, double limit) const;
    // The lowest cut in (from, limit] that at least cuts through no line: for a page that cannot follow the rules.
    std::optional<double> lastBetweenLines(double from, double limit) const;

private:
    struct Line {
        double top;
        double bottom;
        int position; // of its block in the document
    };
    struct Range {
        double top;
        double bottom;
        bool holds(double y) const;
    };
    static std::vector<Line> linesOf(const QTextDocument &document);
    // Headings with their first line of text; the first two and the last two lines of every paragraph.
    static std::vector<Range> textKeeps(const QTextDocument &document, const std::vector<Line> &lines);
    // The boxes that fit on a page; `edges` receives the height just above every box.
    static std::vector<Range> boxKeeps(const QTextDocument &document, const std::vector<Line> &lines, double pageHeight,
                                       std::vector<double> &edges);

    std::vector<double> m_cuts;         // ascending; every rule
    std::vector<double> m_betweenLines; // ascending; only "not through a line"
};

} // namespace heupwijzer::ui
