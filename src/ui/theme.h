#pragma once

#include "ui/themechoice.h"

#include <QPalette>
#include <QString>

namespace heupwijzer::ui {

// One look of the program: the widget palette plus the reading pane's default style sheet (box colours,
// link colours, headings). Light, dark and high contrast are our own; System takes the desktop's palette and
// picks the light or dark reading style to match it.
class Theme {
public:
    static Theme forChoice(ThemeChoice choice);
    // Once, before the window exists: the Fusion style (it honours our palettes on every platform) with the
    // focus frames, and a user-interface font of at least 11 pt, for older eyes.
    static void prepareApplication();

    ThemeChoice choice() const { return m_choice; }
    bool isDark() const;
    const QPalette &palette() const { return m_palette; }
    // Qt rich-text CSS for QTextDocument::setDefaultStyleSheet (resources/themes/<name>.css).
    QString readerStyleSheet() const;
    // Focus frames on fields, lists and text panes (a11y/focusstyle.h) are drawn thick in high contrast.
    bool thickFocusFrames() const { return m_look == ThemeChoice::HighContrast; }

private:
    Theme(ThemeChoice choice, ThemeChoice look, QPalette palette);
    // The desktop palette as it was before the program changed anything (captured at the first call).
    static const QPalette &desktopPalette();

    ThemeChoice m_choice;
    ThemeChoice m_look; // Light, Dark or HighContrast: which style sheet fits the palette
    QPalette m_palette;
};

} // namespace heupwijzer::ui
