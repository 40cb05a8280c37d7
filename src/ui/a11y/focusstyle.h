#pragma once

#include <QProxyStyle>

namespace heupwijzer::ui {

// Visible keyboard focus in every theme (issue 8): fields, lists and text panes get a frame that turns into a
// thick frame in the highlight colour while they have focus, so a keyboard user always sees where typing or arrow
// keys will go. Thick frames: the high-contrast look, where Fusion's own frames are black on black, so every
// frame is drawn in the text colour and wider.
//
// A proxy over Fusion rather than a widget style sheet: an application-wide style sheet makes Qt polish and paint
// every widget through QStyleSheetStyle, which cost about a tenth of the start-up (see README "Performance"),
// and a proxy reaches every window, dialogs included, with nothing to keep in sync.
class FocusFrameStyle : public QProxyStyle {
    Q_OBJECT

public:
    explicit FocusFrameStyle(bool thickFrames);

    // Makes the application use the focus frames (Fusion underneath), thin or thick. Cheap when nothing changes;
    // changing the thickness re-polishes every widget, as any style change does.
    static void install(bool thickFrames);

    bool thickFrames() const { return m_thickFrames; }

    int pixelMetric(PixelMetric metric, const QStyleOption *option, const QWidget *widget) const override;
    // Panels' title buttons that grow with the font (a11y/panelbuttons.h): the one application style is the
    // only place Qt asks for them.
    QIcon standardIcon(StandardPixmap pixmap, const QStyleOption *option, const QWidget *widget) const override;
    using QProxyStyle::polish;
    void polish(QWidget *widget) override;
    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget) const override;
    // Tool bars and scroll bars in solid colours (a11y/solidchrome.h).
    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                     const QWidget *widget) const override;
    void drawComplexControl(ComplexControl control, const QStyleOptionComplex *option, QPainter *painter,
                            const QWidget *widget) const override;

private:
    int restingWidth() const { return m_thickFrames ? 2 : 1; }
    // Focus makes the frame thicker as well as coloured: colour alone is not enough for colour-blind users.
    int focusedWidth() const { return restingWidth() + 2; }

    bool m_thickFrames;
};

} // namespace heupwijzer::ui
