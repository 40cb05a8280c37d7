#pragma once

class QWidget;

namespace heupwijzer::ui {

// The float and close buttons in a panel's title bar (QDockWidget). Fusion sizes them for 10-pixel bitmaps,
// whatever the font: with a large system font they are too small to see or to hit. Here the buttons grow with
// the title's font; their icons are drawn lines (glyphicons.h) sharp at that size. FocusFrameStyle asks here.
namespace panelbuttons {

// The icon size for `widget` when it is a panel or its title button (at least its font's height), else
// `styleSize`.
int iconSize(const QWidget *widget, int styleSize);

bool isTitleButton(const QWidget *widget);
// Called from the style's polish(): a title button gets its new size after a change of style.
void polish(QWidget *widget);

} // namespace panelbuttons
} // namespace heupwijzer::ui
