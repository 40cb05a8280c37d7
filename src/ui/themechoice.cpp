#include "ui/themechoice.h"

namespace heupwijzer::ui {

QString themeChoiceKey(ThemeChoice choice)
{
    switch (choice) {
    case ThemeChoice::Light:
        return QStringLiteral("light");
    case ThemeChoice::Dark:
        return QStringLiteral("dark");
    case ThemeChoice::HighContrast:
        return QStringLiteral("high-contrast");
    case ThemeChoice::System:
        break;
    }
    return QStringLiteral("system");
}

ThemeChoice themeChoiceFromKey(const QString &key)
{
    for (ThemeChoice choice : {ThemeChoice::Light, ThemeChoice::Dark, ThemeChoice::HighContrast}) {
        if (key == themeChoiceKey(choice))
            return choice;
    }
    return ThemeChoice::System;
}

} // namespace heupwijzer::ui
