#pragma once

#include <thread>

namespace heupwijzer::ui {

// Fills Qt's font database on a second core while the main thread opens the texts and the reader's data.
// The first text the window measures needs the database, and filling it (fontconfig's list of every installed
// font) is the largest single step before the first paint, so the two are done side by side instead of one
// after the other. QFontDatabase is thread-safe; the main thread simply waits at its first font if the list is
// not ready yet. Make one right after the QApplication; it joins the thread when it goes out of scope.
class FontDatabaseWarmUp {
public:
    FontDatabaseWarmUp();

private:
    std::jthread m_thread;
};

} // namespace heupwijzer::ui
