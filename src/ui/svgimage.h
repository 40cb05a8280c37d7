#pragma once

#include <QByteArray>
#include <QImage>

namespace heupwijzer::ui {

// Draws an SVG picture from the content database for the reading pane: its natural size times the zoom,
// no wider than maxWidth (logical pixels), with devicePixelRatio pixels per logical pixel so it stays sharp on
// high-density screens. The drawings use dark lines, so they get a white card in every theme.
// Returns a null image when the bytes are not a valid SVG.
QImage renderSvg(const QByteArray &svg, double zoomFactor, double devicePixelRatio, double maxWidth);

} // namespace heupwijzer::ui
