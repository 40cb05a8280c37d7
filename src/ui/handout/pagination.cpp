#include "ui/handout/pagination.h"

#include "ui/handout/pagebreaks.h"

#include <QTextDocument>

namespace heupwijzer::ui {

namespace {

constexpr double kEpsilon = 0.5;
// A block that has to be cut starts on a new page rather than leave less than this at the foot of a page
// (about three lines): a sliver of a box or a lone line is hard to follow.
constexpr double kMinimumSlice = 60;

class Paginator {
public:
    Paginator(double bodyHeight, double gap) : m_bodyHeight(bodyHeight), m_gap(gap) { m_pages.emplace_back(); }

    void add(int index, const PageBlock &block);
    std::vector<PageSlices> take() { return std::move(m_pages); }

private:
    void newPage()
    {
        m_pages.emplace_back();
        m_y = 0;
    }
    void place(int index, double top, double bottom, double gap)
    {
        m_pages.back().push_back({index, top, bottom, m_y + gap});
        m_y += gap + bottom - top;
    }

    double m_bodyHeight;
    double m_gap;
    double m_y = 0;
    std::vector<PageSlices> m_pages;
};

void Paginator::add(int index, const PageBlock &block)
{
    const double height = block.document->size().height();
    const bool movable = block.keepTogether && height <= m_bodyHeight;
    std::optional<PageBreaks> breaks; // computed only for blocks that need cutting
    double top = 0;
    while (top < height - kEpsilon) {
        const bool pageEmpty = m_y < kEpsilon;
        const double gap = (pageEmpty || top > 0) ? 0 : m_gap;
        const double room = m_bodyHeight - m_y - gap;
        if (height - top <= room + kEpsilon) {
            place(index, top, height, gap);
            return;
        }
        if (movable && !pageEmpty) {
            newPage();
            continue;
        }
        if (!breaks)
            breaks.emplace(*block.document, m_bodyHeight);
        std::optional<double> cut = breaks->lastBefore(top, top + room);
        if (!cut && pageEmpty) // the rules leave no cut on a whole page: then at least not through a line
            cut = breaks->lastBetweenLines(top, top + room);
        if (cut && *cut - top < kMinimumSlice && !pageEmpty) {
            newPage();
            continue;
        }
        if (cut) {
            place(index, top, *cut, gap);
            top = *cut;
        } else if (pageEmpty) {
            // One line or picture taller than a page: cut where the page ends.
            place(index, top, top + room, gap);
            top += room;
        }
        newPage();
    }
}

} // namespace

std::vector<PageSlices> paginate(const std::vector<PageBlock> &blocks, double bodyHeight, double gap)
{
    Paginator paginator(bodyHeight, gap);
    for (std::size_t i = 0; i < blocks.size(); ++i)
        paginator.add(static_cast<int>(i), blocks[i]);
    return paginator.take();
}

} // namespace heupwijzer::ui
