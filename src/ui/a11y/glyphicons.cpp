#include "ui/a11y/glyphicons.h"

#include "ui/icons.h"

#include <QGuiApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>

#include <algorithm>

namespace heupwijzer::ui::glyphicons {

namespace {

enum class Glyph { Cross, TwoWindows, MoreRight, MoreDown, Play, Pause, Stop };

// Draws one glyph in a square box inside `rect`, with a stroke that grows with the size.
class GlyphEngine : public PaintedIconEngine {
public:
    explicit GlyphEngine(Glyph glyph) : m_glyph(glyph) {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        const QPalette palette = QGuiApplication::palette();
        const QColor colour =
            palette.color(mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Normal, QPalette::WindowText);
        const qreal side = std::min(rect.width(), rect.height());
        const qreal margin = side / 5.0;
        const QRectF box = QRectF(QPointF(0, 0), QSizeF(side, side))
                               .translated(rect.center() - QPointF(side / 2, side / 2) + QPointF(0.5, 0.5))
                               .adjusted(margin, margin, -margin, -margin);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(colour, std::max<qreal>(1.5, side / 8.0), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->setBrush(Qt::NoBrush);
        draw(*painter, box, colour);
        painter->restore();
    }

    QIconEngine *clone() const override { return new GlyphEngine(m_glyph); }

private:
    void draw(QPainter &painter, const QRectF &box, const QColor &colour) const
    {
        switch (m_glyph) {
        case Glyph::Cross:
            painter.drawLine(box.topLeft(), box.bottomRight());
            painter.drawLine(box.topRight(), box.bottomLeft());
            return;
        case Glyph::TwoWindows: { // "take the panel out"
            const qreal offset = box.width() / 3.0;
            painter.drawRect(box.adjusted(offset, 0, 0, -offset));
            painter.drawRect(box.adjusted(0, offset, -offset, 0));
            return;
        }
        case Glyph::MoreRight:
        case Glyph::MoreDown:
            drawChevrons(painter, box);
            return;
        case Glyph::Play: {
            QPainterPath triangle(box.topLeft() + QPointF(box.width() / 8, 0));
            triangle.lineTo(box.right(), box.center().y());
            triangle.lineTo(box.bottomLeft() + QPointF(box.width() / 8, 0));
            triangle.closeSubpath();
            painter.setBrush(colour);
            painter.drawPath(triangle);
            return;
        }
        case Glyph::Pause: {
            const qreal bar = box.width() / 3.0;
            painter.setBrush(colour);
            painter.drawRect(QRectF(box.left(), box.top(), bar, box.height()));
            painter.drawRect(QRectF(box.right() - bar, box.top(), bar, box.height()));
            return;
        }
        case Glyph::Stop:
            painter.setBrush(colour);
            painter.drawRect(box);
            return;
        }
    }

    // Two arrow heads side by side (»), or one above the other for a vertical tool bar.
    void drawChevrons(QPainter &painter, const QRectF &box) const
    {
        const bool right = m_glyph == Glyph::MoreRight;
        const qreal half = box.width() / 2.0;
        for (const qreal offset : {0.0, half}) {
            const QRectF head = right ? QRectF(box.left() + offset, box.top(), half, box.height())
                                      : QRectF(box.left(), box.top() + offset, box.width(), half);
            if (right)
                painter.drawPolyline(
                    QPolygonF({head.topLeft(), QPointF(head.right(), head.center().y()), head.bottomLeft()}));
            else
                painter.drawPolyline(
                    QPolygonF({head.topLeft(), QPointF(head.center().x(), head.bottom()), head.topRight()}));
        }
    }

    Glyph m_glyph;
};

QIcon icon(Glyph glyph)
{
    return QIcon(new GlyphEngine(glyph)); // QIcon owns its engine
}

} // namespace

QIcon forStandardPixmap(QStyle::StandardPixmap pixmap)
{
    switch (pixmap) {
    case QStyle::SP_LineEditClearButton:
    case QStyle::SP_TitleBarCloseButton:
    case QStyle::SP_DockWidgetCloseButton:
        return icon(Glyph::Cross);
    case QStyle::SP_TitleBarNormalButton:
        return icon(Glyph::TwoWindows);
    case QStyle::SP_ToolBarHorizontalExtensionButton:
        return icon(Glyph::MoreRight);
    case QStyle::SP_ToolBarVerticalExtensionButton:
        return icon(Glyph::MoreDown);
    case QStyle::SP_MediaPlay:
        return icon(Glyph::Play);
    case QStyle::SP_MediaPause:
        return icon(Glyph::Pause);
    case QStyle::SP_MediaStop:
        return icon(Glyph::Stop);
    default:
        return {};
    }
}

} // namespace heupwijzer::ui::glyphicons
