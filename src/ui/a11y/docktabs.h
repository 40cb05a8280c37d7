#pragma once

class QMainWindow;

namespace heupwijzer::ui {

// The tabs of docks stacked on each other (Inhoud, Zoekresultaten) show their whole names, at any font size.
// Qt's main window elides them ("Zoekresu…") as soon as the dock is narrower than the tabs, which with a large
// system font is always; here the tabs keep their full width and the dock area is at least as wide as its
// tabs. Tab bars the window makes later (when the user drags docks together) get the same treatment. Call once.
void keepDockTabsReadable(QMainWindow &window);

} // namespace heupwijzer::ui
