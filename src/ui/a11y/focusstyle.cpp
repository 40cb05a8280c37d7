#include "ui/a11y/focusstyle.h"

namespace heupwijzer::ui {

namespace {

// A frame colour half-way between the text and the window: clearly visible (well over the 3:1 WCAG asks of
// control borders) but quieter than the focus frame.
QColor restingFrameColour(const QPalette &palette)
{
    const QColor text = palette.color(QPalette::WindowText);
    const QColor window = palette.color(QPalette::Window);
    return QColor((text.red() + window.red()) / 2, (text.green() + window.green()) / 2,
                  (text.blue() + window.blue()) / 2);
}

} // namespace

QString focusStyleSheet(const QPalette &palette, bool thickFrames)
{
    const QString resting =
        thickFrames ? palette.color(QPalette::WindowText).name() : restingFrameColour(palette).name();
    const QString focused = palette.color(QPalette::Highlight).name();
    // Focus makes the frame thicker as well as coloured (colour alone is not enough for colour-blind users);
    // the padding shrinks by the same amount, so the content does not shift when focus arrives.
    const int restingWidth = thickFrames ? 2 : 1;
    const int focusedWidth = restingWidth + 2;
    return QStringLiteral("QLineEdit, QAbstractItemView, QTextBrowser { border: %1px solid %3; padding: 2px; }"
                          " QLineEdit:focus, QAbstractItemView:focus, QTextBrowser:focus"
                          " { border: %2px solid %4; padding: 0px; }")
        .arg(restingWidth)
        .arg(focusedWidth)
        .arg(resting, focused);
}

} // namespace heupwijzer::ui
