#pragma once

#include <QIcon>
#include <QStyle>

namespace heupwijzer::ui {

// The small symbols of the window chrome (clear a field, close or float a panel, more tool-bar buttons, play,
// pause and stop) drawn as lines at any size, in the palette's text colour at the moment they are painted. Fusion
// takes them from bitmaps of a few fixed sizes: blurred or tiny with a large font, and decoding them (several PNG
// sizes per symbol) cost more before the first paint than drawing the whole tool bar.
namespace glyphicons {

// The drawn icon for a standard pixmap, or a null icon for one this file does not draw.
QIcon forStandardPixmap(QStyle::StandardPixmap pixmap);

} // namespace glyphicons
} // namespace heupwijzer::ui
