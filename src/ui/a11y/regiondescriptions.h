#pragma once

class QWidget;

namespace heupwijzer::ui {

// Gives the main regions of the reader window an accessible description: the name says what a region is
// ("Leesvenster"), the description how to use it with the keyboard, which a screen reader says after the name.
void describeRegions(QWidget &window);

} // namespace heupwijzer::ui
