#pragma once

#include <QString>

namespace heupwijzer::ui {

// What the user picked; System follows the desktop's light or dark palette.
enum class ThemeChoice { System, Light, Dark, HighContrast };

// Stable names for the settings file; unknown names read as System.
QString themeChoiceKey(ThemeChoice choice);
ThemeChoice themeChoiceFromKey(const QString &key);

} // namespace heupwijzer::ui
