#include "ui/icons.h"

#include "ui/uilogging.h"

#include <QFile>
#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

#include <memory>

namespace heupwijzer::ui {

namespace {

// Draws the SVG when Qt asks for a size, so no icon is drawn before it is shown (nor in sizes never shown). The
// SVG is parsed once, when it is first drawn: a tool bar repaints its buttons on every hover.
class TintedSvgEngine : public PaintedIconEngine {
public:
    explicit TintedSvgEngine(const QByteArray &svg) : m_svg(svg) {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        if (!m_renderer)
            m_renderer = std::make_unique<QSvgRenderer>(m_svg);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        if (mode == QIcon::Disabled)
            painter->setOpacity(0.4); // the colour stays; a faded icon reads as "not available"
        m_renderer->render(painter, rect);
        painter->restore();
    }

    QIconEngine *clone() const override { return new TintedSvgEngine(m_svg); }

private:
    QByteArray m_svg;
    std::unique_ptr<QSvgRenderer> m_renderer;
};

} // namespace

QIcon tintedIcon(const QString &name, const QColor &colour)
{
    QFile file(QStringLiteral(":/icons/%1.svg").arg(name));
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcUi) << "missing icon" << name;
        return {};
    }
    QByteArray svg = file.readAll();
    svg.replace("currentColor", colour.name().toLatin1());
    return QIcon(new TintedSvgEngine(svg)); // QIcon owns its engine
}

QPixmap PaintedIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    QPixmap image(size);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    paint(&painter, QRect(QPoint(0, 0), size), mode, state);
    return image;
}

} // namespace heupwijzer::ui
