#include "ui/a11y/panelbuttons.h"

#include "ui/icons.h"

#include <QDockWidget>
#include <QGuiApplication>
#include <QPainter>
#include <QPalette>

#include <algorithm>

namespace heupwijzer::ui::panelbuttons {

namespace {

enum class Glyph { Close, Float };

class GlyphEngine : public PaintedIconEngine {
public:
    explicit GlyphEngine(Glyph glyph) : m_glyph(glyph) {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        const QPalette palette = QGuiApplication::palette();
        const QColor colour =
            palette.color(mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Normal, QPalette::WindowText);
        const qreal side = std::min(rect.width(), rect.height());
        QPen pen(colour, std::max<qreal>(1.5, side / 8.0), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        const qreal margin = side / 5.0;
        const QRectF box = QRectF(rect).adjusted(margin, margin, -margin, -margin);
        if (m_glyph == Glyph::Close) {
            painter->drawLine(box.topLeft(), box.bottomRight());
            painter->drawLine(box.topRight(), box.bottomLeft());
        } else { // two overlapping windows: "take the panel out"
            const qreal offset = box.width() / 3.0;
            painter->drawRect(box.adjusted(offset, 0, 0, -offset));
            painter->drawRect(box.adjusted(0, offset, -offset, 0));
        }
        painter->restore();
    }

    QIconEngine *clone() const override { return new GlyphEngine(m_glyph); }

private:
    Glyph m_glyph;
};

bool isPanel(const QWidget *widget)
{
    return qobject_cast<const QDockWidget *>(widget) != nullptr;
}

} // namespace

QIcon icon(QStyle::StandardPixmap pixmap, const QWidget *widget)
{
    if (!isPanel(widget))
        return {};
    switch (pixmap) {
    case QStyle::SP_TitleBarCloseButton:
    case QStyle::SP_DockWidgetCloseButton:
        return QIcon(new GlyphEngine(Glyph::Close)); // QIcon owns its engine
    case QStyle::SP_TitleBarNormalButton:
        return QIcon(new GlyphEngine(Glyph::Float));
    default:
        return {};
    }
}

bool isTitleButton(const QWidget *widget)
{
    // QDockWidget's own private button class; it keeps these object names (qt_dockwidget_closebutton, …).
    return widget != nullptr && isPanel(widget->parentWidget()) &&
           widget->objectName().startsWith(QLatin1StringView("qt_dockwidget_"));
}

int iconSize(const QWidget *widget, int styleSize)
{
    // The panel asks too: the style places the buttons in the title bar by the icon size it gets for the panel.
    const bool panelTitle = isPanel(widget) || isTitleButton(widget);
    return panelTitle ? std::max(styleSize, widget->fontMetrics().height()) : styleSize;
}

void polish(QWidget *widget)
{
    if (!isTitleButton(widget))
        return;
    // The button keeps its icon size until the style-change event that follows polish(), and the panel lays
    // out its title before that: ask for a new layout once the button knows its new size.
    QMetaObject::invokeMethod(
        widget, [widget] { widget->updateGeometry(); }, Qt::QueuedConnection);
}

} // namespace heupwijzer::ui::panelbuttons
