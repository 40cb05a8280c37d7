#pragma once

class QWidget;

namespace heupwijzer::ui {

// Tab moves through the reader window in reading order: search field, library, search results, breadcrumb,
// reading pane, read-aloud bar, glossary. Qt's default follows the order the widgets were created in, which
// jumps from the reading pane to the library and back. Parts the window does not have are skipped.
void applyReadingTabOrder(QWidget &window);

} // namespace heupwijzer::ui
