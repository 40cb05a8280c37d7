#pragma once

#include <QPalette>
#include <QString>

namespace heupwijzer::ui {

// The widget style sheet that makes keyboard focus visible in every theme: fields, lists and text panes get a
// frame that turns into a thick frame in the highlight colour while they have focus, so a keyboard user always
// sees where typing or arrow keys will go. thickFrames: the high-contrast look (Fusion's own frames are black
// on black there, so every frame is drawn white).
QString focusStyleSheet(const QPalette &palette, bool thickFrames);

} // namespace heupwijzer::ui
