#pragma once

#include <QColor>
#include <QIcon>
#include <QString>

namespace heupwijzer::ui {

// A toolbar icon from resources/icons/<name>.svg drawn in the given colour (the SVGs use currentColor), so
// icons keep their contrast in the dark and high-contrast themes.
QIcon tintedIcon(const QString &name, const QColor &colour);

} // namespace heupwijzer::ui
