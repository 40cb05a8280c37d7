#include "ui/a11y/focusstyle.h"

#include "ui/a11y/glyphicons.h"
#include "ui/a11y/panelbuttons.h"
#include "ui/a11y/solidchrome.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QLineEdit>
#include <QPainter>
#include <QStyleFactory>
#include <QStyleOption>
#include <QTextEdit>

namespace heupwijzer::ui {

namespace {

// The widgets a keyboard user types or moves in: they get the focus frame. Buttons and tool buttons keep
// Fusion's own focus rectangle; so do the lists that pop up from a combo box (Fusion frames the popup itself).
bool isFramedField(const QWidget *widget)
{
    if (widget == nullptr || widget->window()->windowType() == Qt::Popup)
        return false;
    return qobject_cast<const QLineEdit *>(widget) != nullptr ||
           qobject_cast<const QAbstractItemView *>(widget) != nullptr ||
           qobject_cast<const QTextEdit *>(widget) != nullptr;
}

// A frame colour half-way between the text and the window: clearly visible (well over the 3:1 WCAG asks of
// control borders) but quieter than the focus frame.
QColor restingFrameColour(const QPalette &palette)
{
    return solidchrome::mix(palette.color(QPalette::Window), palette.color(QPalette::WindowText), 0.5);
}

} // namespace

FocusFrameStyle::FocusFrameStyle(bool thickFrames)
    : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion"))), m_thickFrames(thickFrames)
{}

void FocusFrameStyle::install(bool thickFrames)
{
    const auto *current = qobject_cast<const FocusFrameStyle *>(QApplication::style());
    if (current != nullptr && current->thickFrames() == thickFrames)
        return;
    QApplication::setStyle(new FocusFrameStyle(thickFrames)); // the application takes ownership
}

int FocusFrameStyle::pixelMetric(PixelMetric metric, const QStyleOption *option, const QWidget *widget) const
{
    // Room for the focused frame at all times, so the content does not shift when focus arrives.
    if (metric == PM_DefaultFrameWidth && isFramedField(widget))
        return focusedWidth();
    const int size = QProxyStyle::pixelMetric(metric, option, widget);
    return metric == PM_SmallIconSize ? panelbuttons::iconSize(widget, size) : size;
}

void FocusFrameStyle::polish(QWidget *widget)
{
    QProxyStyle::polish(widget);
    panelbuttons::polish(widget);
}

QIcon FocusFrameStyle::standardIcon(StandardPixmap pixmap, const QStyleOption *option, const QWidget *widget) const
{
    if (QIcon drawn = glyphicons::forStandardPixmap(pixmap); !drawn.isNull())
        return drawn;
    return QProxyStyle::standardIcon(pixmap, option, widget);
}

void FocusFrameStyle::drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                                  const QWidget *widget) const
{
    if (element == CE_ToolBar && solidchrome::isMainWindowToolBar(widget))
        solidchrome::drawToolBar(*option, *painter);
    else
        QProxyStyle::drawControl(element, option, painter, widget);
}

void FocusFrameStyle::drawComplexControl(ComplexControl control, const QStyleOptionComplex *option, QPainter *painter,
                                         const QWidget *widget) const
{
    const auto *scrollBar = qstyleoption_cast<const QStyleOptionSlider *>(option);
    if (control != CC_ScrollBar || scrollBar == nullptr) {
        QProxyStyle::drawComplexControl(control, option, painter, widget);
        return;
    }
    const QColor handleFrame =
        m_thickFrames ? option->palette.color(QPalette::WindowText) : restingFrameColour(option->palette);
    const QStyleOptionSlider arrows = solidchrome::drawScrollBarTrack(*scrollBar, *painter, *this, widget, handleFrame);
    QProxyStyle::drawComplexControl(control, &arrows, painter, widget);
}

void FocusFrameStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                                    const QWidget *widget) const
{
    if ((element != PE_Frame && element != PE_FrameLineEdit) || !isFramedField(widget)) {
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        return;
    }
    const bool focused = option->state.testFlag(State_HasFocus) || widget->hasFocus();
    const int width = focused ? focusedWidth() : restingWidth();
    const QColor colour = focused         ? option->palette.color(QPalette::Highlight)
                          : m_thickFrames ? option->palette.color(QPalette::WindowText)
                                          : restingFrameColour(option->palette);
    // The frame fills the band from the edge inwards; the rest of the band is the field's own background.
    solidchrome::fillFrame(*painter, option->rect, width, colour);
}

} // namespace heupwijzer::ui
