#pragma once

#include <semaphore>
#include <thread>

namespace heupwijzer::ui {

// Reads the font list on a second core while the main thread starts up. The first time anything asks for a
// font, fontconfig reads its configuration (dozens of XML files) and Qt then fills its font database: the
// largest single step before the first paint, and a step every Qt program takes. Make one first thing in
// main(): fontconfig needs no display, so on X11 its part is done while the QApplication connects to the display.
// Qt's own part follows once the QApplication exists (applicationReady()). fontconfig and QFontDatabase are
// thread-safe.
class FontDatabaseWarmUp {
public:
    FontDatabaseWarmUp();
    ~FontDatabaseWarmUp(); // waits for the thread
    FontDatabaseWarmUp(const FontDatabaseWarmUp &) = delete;
    FontDatabaseWarmUp &operator=(const FontDatabaseWarmUp &) = delete;

    // The QApplication exists: Qt's font database may be filled now.
    void applicationReady();
    // Waits until the font list is read. Call before the first widget measures text: fontconfig, asked by a
    // second thread before it has read its configuration, would read all of it a second time.
    void wait();

private:
    void release(bool fillQtDatabase);

    std::binary_semaphore m_go{0};
    bool m_fillQtDatabase = false; // written before m_go is released, read after it is acquired
    bool m_released = false;       // main thread only
    std::jthread m_thread;         // last: it starts at construction and uses the members above
};

} // namespace heupwijzer::ui
