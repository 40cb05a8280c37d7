#include "ui/a11y/screenfit.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace heupwijzer::ui {

namespace {
// A title bar and frame as window managers draw them at a large font; generous, as a window a little smaller
// than the screen costs nothing and one a little larger hides its buttons.
constexpr QSize kFrameAllowance(16, 48);
} // namespace

QSize roomOnScreen(const QWidget &window)
{
    const QWidget *anchor = window.parentWidget() != nullptr ? window.parentWidget()->window() : &window;
    const QScreen *screen = anchor->screen() != nullptr ? anchor->screen() : QGuiApplication::primaryScreen();
    if (screen == nullptr)
        return QSize(QWIDGETSIZE_MAX, QWIDGETSIZE_MAX);
    return screen->availableGeometry().size() - kFrameAllowance;
}

void fitOnScreen(QWidget &window, QSize wanted)
{
    window.resize(wanted.boundedTo(roomOnScreen(window)).expandedTo(window.minimumSizeHint()));
}

} // namespace heupwijzer::ui
