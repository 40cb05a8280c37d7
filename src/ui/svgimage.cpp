#include "ui/svgimage.h"

#include <QPainter>
#include <QSvgRenderer>

namespace heupwijzer::ui {

QImage renderSvg(const QByteArray &svg, double zoomFactor, double devicePixelRatio, double maxWidth)
{
    QSvgRenderer renderer(svg);
    if (!renderer.isValid() || renderer.defaultSize().isEmpty())
        return {};
    QSizeF logical = QSizeF(renderer.defaultSize()) * zoomFactor;
    if (maxWidth > 0 && logical.width() > maxWidth)
        logical.scale(maxWidth, logical.height(), Qt::KeepAspectRatio);
    const QSize pixels = (logical * devicePixelRatio).toSize().expandedTo(QSize(1, 1));

    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter, QRectF(QPointF(0, 0), QSizeF(pixels)));
    painter.end();
    image.setDevicePixelRatio(devicePixelRatio);
    return image;
}

} // namespace heupwijzer::ui
