#pragma once

#include <QObject>
#include <QSizeF>
#include <QString>
#include <QTextObjectInterface>

#include <map>
#include <memory>

class QSvgRenderer;

namespace heupwijzer::core {
class ContentStore;
}

namespace heupwijzer::ui {

// Draws the <img src="image:NAME.svg"> pictures of a handout as vector graphics, straight from the content
// database. It replaces Qt's image handler on the handout's text documents: that one would rasterise the SVG at
// screen resolution, which prints blurred; QSvgRenderer on the printer's painter stays sharp at any resolution.
//
// Size: the width (and height) given on the <img> tag, otherwise the drawing's own size; always within maxSize,
// keeping the drawing's proportions. A missing or broken picture becomes a bordered box with its alt text, so
// the handout still prints.
class SvgObjectHandler : public QObject, public QTextObjectInterface {
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    SvgObjectHandler(const core::ContentStore &store, QSizeF maxSize, QObject *parent = nullptr);
    ~SvgObjectHandler() override;

    // Makes `document` draw its images through this handler. The handler must outlive the document's layout.
    void installOn(QTextDocument &document);

    QSizeF intrinsicSize(QTextDocument *document, int positionInDocument, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document, int positionInDocument,
                    const QTextFormat &format) override;

private:
    // The renderer for an image: URL, loaded once; null when the content has no valid SVG of that name.
    QSvgRenderer *renderer(const QString &source);

    const core::ContentStore &m_store;
    QSizeF m_maxSize;
    std::map<QString, std::unique_ptr<QSvgRenderer>> m_renderers;
};

} // namespace heupwijzer::ui
