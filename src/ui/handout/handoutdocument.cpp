#include "ui/handout/handoutdocument.h"

#include "core/store/contentstore.h"
#include "ui/handout/handouthtml.h"
#include "ui/handout/handoutpageframe.h"
#include "ui/handout/redflagbox.h"
#include "ui/handout/svgobjecthandler.h"
#include "ui/uilogging.h"

#include <QAbstractTextDocumentLayout>
#include <QGuiApplication>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextDocument>

namespace heupwijzer::ui {

namespace {

// Space between two blocks on a page, in layout units.
constexpr double kBlockGap = 18;
// Pictures inside chapter text: at most this share of the body, so a drawing never fills a page.
constexpr double kPictureMaxWidthShare = 0.6;
constexpr double kPictureMaxHeightShare = 0.3;
// A red-flag box taller than this share of a page goes into two columns, so it fits on the last page.
constexpr double kRedFlagMaxHeightShare = 0.5;
// The drawing on an exercise card takes this share of the card's width; goal and start sit beside it.
constexpr double kCardPictureShare = 0.45;

QImage layoutDevice()
{
    constexpr double kInchesPerMetre = 1 / 0.0254;
    QImage device(1, 1, QImage::Format_RGB32);
    const int dotsPerMetre = qRound(HandoutPageFrame::kUnitsPerInch * kInchesPerMetre);
    device.setDotsPerMeterX(dotsPerMetre);
    device.setDotsPerMeterY(dotsPerMetre);
    return device;
}

QFont baseFont()
{
    QFont font = QGuiApplication::font();
    font.setPointSizeF(HandoutDocument::kBaseFontPoints);
    return font;
}

QString unavailable(const QString &what)
{
    return u"<p><i>" % what.toHtmlEscaped() % u" kan nu niet worden getoond.</i></p>";
}

} // namespace

HandoutDocument::HandoutDocument(const core::ContentStore &store, Contents contents)
    : m_store(store), m_contents(std::move(contents)), m_font(baseFont()), m_layoutDevice(layoutDevice())
{
    const QRectF body = HandoutPageFrame::bodyRect();
    m_pictures = std::make_unique<SvgObjectHandler>(
        store, QSizeF(body.width() * kPictureMaxWidthShare, body.height() * kPictureMaxHeightShare));
    addBlock(handouthtml::opening(m_contents.note), true);
    int exerciseNumber = 0;
    for (const HandoutItem &item : std::as_const(m_contents.items))
        addItem(item, exerciseNumber);
    addRedFlagBox(); // last, so it is on the last page
    m_pages = paginate(m_blocks, body.height(), kBlockGap);
    m_frame = std::make_unique<HandoutPageFrame>(m_contents.practice, m_contents.date, m_font);
}

HandoutDocument::~HandoutDocument() = default;

QPageLayout HandoutDocument::pageLayout()
{
    return {QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)};
}

QTextDocument &HandoutDocument::addBlock(const QString &html, bool keepTogether)
{
    auto document = std::make_unique<QTextDocument>();
    document->documentLayout()->setPaintDevice(&m_layoutDevice);
    m_pictures->installOn(*document);
    // Design metrics: the text is laid out at 96 dpi and printed at 300 to 1200; hinted widths would not scale.
    document->setUseDesignMetrics(true);
    document->setDocumentMargin(0);
    document->setDefaultFont(m_font);
    document->setDefaultStyleSheet(handouthtml::styleSheet());
    document->setTextWidth(HandoutPageFrame::bodyRect().width());
    document->setHtml(html);
    m_blocks.push_back({document.get(), keepTogether});
    m_documents.push_back(std::move(document));
    return *m_documents.back();
}

void HandoutDocument::addItem(const HandoutItem &item, int &exerciseNumber)
{
    switch (item.kind) {
    case HandoutItem::Kind::Chapter:
        addBlock(handouthtml::printableChapter(chapterHtml(item.id)), false);
        return;
    case HandoutItem::Kind::Section: {
        const core::ChapterInfo *chapter = m_store.chapter(item.id);
        const std::optional<QString> section = handouthtml::printableSection(
            chapterHtml(item.id), item.anchor, chapter != nullptr ? chapter->title : QString());
        if (!section)
            qCWarning(lcUi) << "handout: no section" << item.key();
        addBlock(section.value_or(unavailable(item.title)), false);
        return;
    }
    case HandoutItem::Kind::Exercise:
        if (const core::Exercise *exercise = m_store.exercise(item.id)) {
            const int pictureWidth = qRound(HandoutPageFrame::bodyRect().width() * kCardPictureShare);
            addBlock(handouthtml::exerciseCard(*exercise, ++exerciseNumber, pictureWidth), true);
        } else {
            qCWarning(lcUi) << "handout: no exercise" << item.key();
            addBlock(unavailable(item.title), false);
        }
        return;
    }
}

QString HandoutDocument::chapterHtml(const QString &chapterId) const
{
    auto html = m_store.chapterHtml(chapterId);
    if (html)
        return html.value();
    qCWarning(lcUi) << "handout: chapter" << chapterId << "cannot be read:" << html.error().message;
    const core::ChapterInfo *chapter = m_store.chapter(chapterId);
    return unavailable(chapter != nullptr ? chapter->title : chapterId);
}

void HandoutDocument::addRedFlagBox()
{
    std::optional<QString> content;
    if (m_store.chapter(kRedFlagChapter.toString()) != nullptr) {
        auto html = m_store.chapterHtml(kRedFlagChapter.toString());
        if (html)
            content = redflagbox::cautionContent(html.value());
        else
            qCWarning(lcUi) << "handout: red flags cannot be read:" << html.error().message;
    }
    if (!content)
        qCInfo(lcUi) << "handout: no red-flag box in the content; printing the fixed summary";
    QTextDocument &box = addBlock(redflagbox::html(content, false), true);
    if (box.size().height() > HandoutPageFrame::bodyRect().height() * kRedFlagMaxHeightShare)
        box.setHtml(redflagbox::html(content, true));
}

void HandoutDocument::paintPage(QPainter &painter, int index) const
{
    if (index < 0 || index >= pageCount())
        return;
    painter.fillRect(QRectF(QPointF(0, 0), HandoutPageFrame::pageSize()), Qt::white);
    const QRectF body = HandoutPageFrame::bodyRect();
    // Black text whatever the window's theme: the document would otherwise take the application palette.
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, Qt::black);
    for (const PageSlice &slice : m_pages[std::size_t(index)]) {
        const QTextDocument &document = *m_blocks[std::size_t(slice.block)].document;
        painter.save();
        painter.translate(body.left(), body.top() + slice.y - slice.top);
        context.clip = QRectF(0, slice.top, body.width(), slice.bottom - slice.top);
        painter.setClipRect(context.clip);
        document.documentLayout()->draw(&painter, context);
        painter.restore();
    }
    m_frame->paint(painter, index + 1, pageCount());
}

core::Result<void> HandoutDocument::render(QPagedPaintDevice &device) const
{
    if (!device.setPageLayout(pageLayout()))
        qCInfo(lcUi) << "handout: the printer keeps its own margins";
    QPainter painter;
    if (!painter.begin(&device))
        return core::Error{tr("The handout cannot be made: printing does not start.")};
    const double scale = device.logicalDpiX() / HandoutPageFrame::kUnitsPerInch;
    // The painter starts at the printable area; the handout is positioned on the paper.
    const QRectF printable = device.pageLayout().paintRectPixels(device.logicalDpiX());
    for (int page = 0; page < pageCount(); ++page) {
        if (page > 0 && !device.newPage())
            return core::Error{tr("The handout cannot be made: no new page can be started.")};
        painter.save();
        painter.translate(-printable.topLeft());
        painter.scale(scale, scale);
        paintPage(painter, page);
        painter.restore();
    }
    if (!painter.end())
        return core::Error{tr("The handout cannot be finished.")};
    return {};
}

} // namespace heupwijzer::ui
