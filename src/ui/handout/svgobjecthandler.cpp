#include "ui/handout/svgobjecthandler.h"

#include "core/store/contentstore.h"
#include "ui/uilogging.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextDocument>
#include <QTextFormat>

namespace heupwijzer::ui {

namespace {

constexpr QStringView kImageScheme = u"image:";
// The box drawn for a picture that cannot be shown: wide enough to hold a line of alt text.
constexpr QSizeF kPlaceholderSize(300, 80);

QSizeF fitted(QSizeF size, QSizeF bounds)
{
    if (size.width() > bounds.width() || size.height() > bounds.height())
        size.scale(bounds, Qt::KeepAspectRatio);
    return size;
}

} // namespace

SvgObjectHandler::SvgObjectHandler(const core::ContentStore &store, QSizeF maxSize, QObject *parent)
    : QObject(parent), m_store(store), m_maxSize(maxSize)
{}

SvgObjectHandler::~SvgObjectHandler() = default;

void SvgObjectHandler::installOn(QTextDocument &document)
{
    document.documentLayout()->registerHandler(QTextFormat::ImageObject, this);
}

QSvgRenderer *SvgObjectHandler::renderer(const QString &source)
{
    if (auto found = m_renderers.find(source); found != m_renderers.end())
        return found->second.get();
    std::unique_ptr<QSvgRenderer> loaded;
    if (source.startsWith(kImageScheme)) {
        auto bytes = m_store.image(source.mid(kImageScheme.size()));
        if (!bytes)
            qCWarning(lcUi) << "handout picture" << source << "not found:" << bytes.error().message;
        else if (auto svg = std::make_unique<QSvgRenderer>(bytes.value()); svg->isValid())
            loaded = std::move(svg);
        else
            qCWarning(lcUi) << "handout picture" << source << "is not a valid SVG";
    } else {
        qCWarning(lcUi) << "handout picture" << source << "is not a content image";
    }
    QSvgRenderer *result = loaded.get();
    m_renderers.emplace(source, std::move(loaded));
    return result;
}

QSizeF SvgObjectHandler::intrinsicSize(QTextDocument *, int, const QTextFormat &format)
{
    const QTextImageFormat image = format.toImageFormat();
    QSvgRenderer *svg = renderer(image.name());
    if (svg == nullptr)
        return fitted(kPlaceholderSize, m_maxSize);
    QSizeF natural = svg->defaultSize().isEmpty() ? svg->viewBoxF().size() : QSizeF(svg->defaultSize());
    if (image.hasProperty(QTextFormat::ImageWidth) && natural.width() > 0)
        natural.scale(image.width(), image.width() * natural.height() / natural.width(), Qt::KeepAspectRatio);
    if (image.hasProperty(QTextFormat::ImageHeight) && image.height() < natural.height())
        natural.scale(natural.width(), image.height(), Qt::KeepAspectRatio);
    return fitted(natural, m_maxSize);
}

void SvgObjectHandler::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int,
                                  const QTextFormat &format)
{
    const QTextImageFormat image = format.toImageFormat();
    if (QSvgRenderer *svg = renderer(image.name())) {
        svg->render(painter, rect);
        return;
    }
    painter->save();
    painter->setPen(QPen(Qt::black, 1));
    painter->drawRect(rect);
    painter->drawText(rect.adjusted(6, 6, -6, -6), Qt::AlignCenter | Qt::TextWordWrap,
                      image.stringProperty(QTextFormat::ImageAltText));
    painter->restore();
}

} // namespace heupwijzer::ui
