#pragma once

#include <QColor>
#include <QIcon>
#include <QIconEngine>
#include <QString>

namespace heupwijzer::ui {

// A toolbar icon from resources/icons/<name>.svg drawn in the given colour (the SVGs use currentColor), so
// icons keep their contrast in the dark and high-contrast themes.
QIcon tintedIcon(const QString &name, const QColor &colour);

// An icon drawn by paint() at whatever size Qt asks for, so it is sharp at every size (large print) and nothing
// is drawn before it is shown: pixmap() paints onto a transparent pixmap of the size asked.
class PaintedIconEngine : public QIconEngine {
public:
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
};

} // namespace heupwijzer::ui
