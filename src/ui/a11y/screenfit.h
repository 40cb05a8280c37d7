#pragma once

#include <QSize>

class QWidget;

namespace heupwijzer::ui {

// The room a top-level window has on the screen it opens on (that of its parent, if it has one): the
// screen's available geometry (without panels and docks) less an allowance for the window manager's frame and
// title bar, which Qt cannot know before the window is shown.
QSize roomOnScreen(const QWidget &window);

// Gives a dialog the size it asks for (`wanted`, e.g. its sizeHint() or what its content needs), but never more
// than roomOnScreen(). With a large system font a dialog sized in pixels runs off a laptop screen, and its
// buttons cannot be reached; the dialog's own layout has to be able to shrink to the size this returns.
void fitOnScreen(QWidget &window, QSize wanted);

} // namespace heupwijzer::ui
