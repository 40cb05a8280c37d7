#pragma once

#include <QStyleOptionSlider>

class QColor;
class QPainter;
class QRect;
class QStyle;
class QStyleOption;
class QWidget;

namespace heupwijzer::ui {

// Parts of the window that Fusion draws with soft gradients and see-through lines, drawn here in solid colours.
// Qt fills a gradient or a see-through line longer than about a hundred pixels by handing pieces of it to other
// threads and waiting for them: for the tool bars and the reading pane's scroll bar that was some forty hand-offs
// and 3 ms of the first paint (README "Performance"). The look stays Fusion's, only flat.
namespace solidchrome {

// A band `width` pixels wide along the inside of `rect`, in four solid fills.
void fillFrame(QPainter &painter, const QRect &rect, int width, const QColor &colour);

// A colour between `from` and `to`: `share` of the way (0..1).
QColor mix(const QColor &from, const QColor &to, double share);

// Fusion gives only a main window's tool bars their edges; others it leaves to their background.
bool isMainWindowToolBar(const QWidget *widget);
void drawToolBar(const QStyleOption &option, QPainter &painter);

// Draws a scroll bar's track and handle (a frame in `handleFrame`, wider while pressed) and returns the option
// with those parts taken out, for the style to draw the arrow buttons.
QStyleOptionSlider drawScrollBarTrack(const QStyleOptionSlider &option, QPainter &painter, const QStyle &style,
                                      const QWidget *widget, const QColor &handleFrame);

} // namespace solidchrome
} // namespace heupwijzer::ui
