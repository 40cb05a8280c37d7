#pragma once

#include <vector>

class QTextDocument;

namespace heupwijzer::ui {

// One piece of a handout, laid out at the width of the page body.
struct PageBlock {
    const QTextDocument *document = nullptr;
    bool keepTogether = false; // an exercise card or a box: moved to the next page rather than cut, if it fits
};

// The part [top, bottom) of block `block` (document coordinates), drawn at height `y` of the page body.
struct PageSlice {
    int block = 0;
    double top = 0;
    double bottom = 0;
    double y = 0;
};

using PageSlices = std::vector<PageSlice>;

// Puts the blocks one below the other on pages of height bodyHeight, `gap` apart, in order. A block that does
// not fit in the space left is cut at the last allowed break (see PageBreaks); a keep-together block that fits
// on an empty page starts a new page instead. Always at least one page.
std::vector<PageSlices> paginate(const std::vector<PageBlock> &blocks, double bodyHeight, double gap);

} // namespace heupwijzer::ui
