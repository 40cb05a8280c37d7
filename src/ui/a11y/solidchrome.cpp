#include "ui/a11y/solidchrome.h"

#include <QMainWindow>
#include <QPainter>
#include <QStyle>

namespace heupwijzer::ui::solidchrome {

void fillFrame(QPainter &painter, const QRect &rect, int width, const QColor &colour)
{
    painter.fillRect(QRect(rect.left(), rect.top(), rect.width(), width), colour);
    painter.fillRect(QRect(rect.left(), rect.bottom() - width + 1, rect.width(), width), colour);
    painter.fillRect(QRect(rect.left(), rect.top() + width, width, rect.height() - 2 * width), colour);
    painter.fillRect(QRect(rect.right() - width + 1, rect.top() + width, width, rect.height() - 2 * width), colour);
}

QColor mix(const QColor &from, const QColor &to, double share)
{
    auto channel = [share](int a, int b) { return int(a + (b - a) * share + 0.5); };
    return QColor(channel(from.red(), to.red()), channel(from.green(), to.green()), channel(from.blue(), to.blue()));
}

bool isMainWindowToolBar(const QWidget *widget)
{
    return widget != nullptr && qobject_cast<const QMainWindow *>(widget->parentWidget()) != nullptr;
}

void drawToolBar(const QStyleOption &option, QPainter &painter)
{
    // Fusion's lines: a light one on top, a shadow line and a light one at the bottom (here without their
    // transparency, mixed with the background instead).
    const QColor window = option.palette.window().color();
    const QColor light = mix(window, Qt::white, 0.35);
    const QColor shadow = mix(window, Qt::black, 0.24);
    const QRect rect = option.rect;
    painter.fillRect(rect, window);
    painter.fillRect(QRect(rect.left(), rect.top(), rect.width(), 1), light);
    painter.fillRect(QRect(rect.left(), rect.bottom() - 1, rect.width(), 1), shadow);
    painter.fillRect(QRect(rect.left(), rect.bottom(), rect.width(), 1), light);
}

QStyleOptionSlider drawScrollBarTrack(const QStyleOptionSlider &option, QPainter &painter, const QStyle &style,
                                      const QWidget *widget, const QColor &handleFrame)
{
    const QPalette &palette = option.palette;
    const QColor track = palette.window().color().darker(106);
    if (option.subControls & QStyle::SC_ScrollBarGroove) {
        const QRect groove = style.subControlRect(QStyle::CC_ScrollBar, &option, QStyle::SC_ScrollBarGroove, widget);
        painter.fillRect(groove, track);
    }
    const QRect handle = style.subControlRect(QStyle::CC_ScrollBar, &option, QStyle::SC_ScrollBarSlider, widget);
    if ((option.subControls & QStyle::SC_ScrollBarSlider) && handle.isValid()) {
        const bool pressed =
            (option.activeSubControls & QStyle::SC_ScrollBarSlider) && option.state.testFlag(QStyle::State_Sunken);
        painter.fillRect(handle, palette.button());
        fillFrame(painter, handle, pressed ? 2 : 1, handleFrame);
    }
    QStyleOptionSlider rest = option;
    rest.subControls &= ~(QStyle::SC_ScrollBarGroove | QStyle::SC_ScrollBarSlider);
    return rest;
}

} // namespace heupwijzer::ui::solidchrome
