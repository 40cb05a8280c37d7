#pragma once

#include <QIcon>
#include <QStyle>

class QWidget;

namespace heupwijzer::ui {

// The float and close buttons in a panel's title bar (QDockWidget). Fusion draws them from 10-pixel bitmaps,
// whatever the font: with a large system font they are too small to see or to hit. These icons are drawn as
// lines at any size, in the palette's text colour at the moment they are painted (so a theme change needs no
// new icons), and the buttons grow with the title's font. FocusFrameStyle asks here.
namespace panelbuttons {

// The icon for `pixmap` on `widget`, or a null icon when it is not a panel title button.
QIcon icon(QStyle::StandardPixmap pixmap, const QWidget *widget);

// The icon size for `widget` when it is a panel or its title button (at least its font's height), else
// `styleSize`.
int iconSize(const QWidget *widget, int styleSize);

bool isTitleButton(const QWidget *widget);
// Called from the style's polish(): a title button gets its new size after a change of style.
void polish(QWidget *widget);

} // namespace panelbuttons
} // namespace heupwijzer::ui
