#include "ui/readerview.h"

#include "core/store/contentstore.h"
#include "ui/exercisecard.h"
#include "ui/links.h"
#include "ui/searchhighlight.h"
#include "ui/startpage.h"
#include "ui/svgimage.h"
#include "ui/uilogging.h"

#include <QAbstractTextDocumentLayout>
#include <QKeyEvent>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextFrame>
#include <QToolTip>

namespace heupwijzer::ui {

namespace {
// 75 characters of ordinary Dutch: measuring real text gives a truer line length than an average glyph width.
const QString kSampleLine =
    QStringLiteral("Je heupbuiger tilt je been op. De spier zit met een pees vast aan je dijbe");
constexpr double kMinimumSideMargin = 16;
constexpr double kTopMargin = 20;
// Room a picture leaves for the padding and border of the box (exercise card, callout) it may sit in.
constexpr double kBoxAllowance = 60;
constexpr int kPictureRedrawDelayMs = 200;

QString notFoundHtml(const QString &message)
{
    return QStringLiteral("<h1>%1</h1><p>%2</p><p><a href=\"%3\">%4</a></p>")
        .arg(ReaderView::tr("This page is not available"), message.toHtmlEscaped(), links::start().toString(),
             ReaderView::tr("Go to the start page"));
}
} // namespace

ReaderView::ReaderView(const core::ContentStore &store, QWidget *parent) : QTextBrowser(parent), m_store(store)
{
    setObjectName(QStringLiteral("reader"));
    setAccessibleName(tr("Reading pane"));
    setOpenLinks(false); // the window decides: terms open the glossary, websites ask first
    setFrameShape(QFrame::NoFrame);
    document()->setUndoRedoEnabled(false); // nothing is ever edited; line spacing fixes need no undo history
    setZoomPercent(m_zoomPercent);
    connect(this, qOverload<const QUrl &>(&QTextBrowser::highlighted), this, &ReaderView::showLinkToolTip);

    connect(verticalScrollBar(), &QScrollBar::rangeChanged, this, &ReaderView::applyPendingScroll);
    connect(verticalScrollBar(), &QScrollBar::actionTriggered, this, &ReaderView::stopPendingScrolls);
    // Pictures are drawn for the width available; after the window or a panel is resized, draw them again
    // once the resizing has stopped rather than on every step of a drag.
    m_pictureRedraw.setSingleShot(true);
    m_pictureRedraw.setInterval(kPictureRedrawDelayMs);
    connect(&m_pictureRedraw, &QTimer::timeout, this, &ReaderView::reloadKeepingPosition);
}

void ReaderView::setZoomPercent(int percent)
{
    m_zoomPercent = percent;
    applyZoomFont();
    reloadKeepingPosition(); // pictures are drawn for one zoom level
}

void ReaderView::applyZoomFont()
{
    QFont readingFont = font();
    readingFont.setPointSizeF(kBasePointSize * m_zoomPercent / 100.0);
    setFont(readingFont); // QTextEdit passes its font on as the document's default font
    m_columnWidth = QFontMetricsF(readingFont).horizontalAdvance(kSampleLine);
}

void ReaderView::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    // A style sheet style restores the font it first saw when it polishes the widget (on show, on a theme
    // change): the zoom must win, or the text would jump back to another size.
    if (event->type() == QEvent::FontChange &&
        !qFuzzyCompare(font().pointSizeF(), kBasePointSize * m_zoomPercent / 100.0))
        applyZoomFont();
    if (event->type() == QEvent::PaletteChange && !m_hitWords.isEmpty())
        applySearchHits(false); // the marker colour follows the theme
}

void ReaderView::setReaderStyleSheet(const QString &css)
{
    document()->setDefaultStyleSheet(css);
    reloadKeepingPosition();
}

double ReaderView::scrollFraction() const
{
    if (m_pendingScroll >= 0)
        return m_pendingScroll;
    const QScrollBar *bar = verticalScrollBar();
    return bar->maximum() > 0 ? double(bar->value()) / bar->maximum() : 0.0;
}

void ReaderView::setScrollFraction(double fraction)
{
    m_pendingHitTop = -1;
    m_pendingScroll = qBound(0.0, fraction, 1.0);
    applyPendingScroll();
}

void ReaderView::applyPendingScroll()
{
    QScrollBar *bar = verticalScrollBar();
    if (m_pendingHitTop >= 0)
        bar->setValue(m_pendingHitTop);
    else if (m_pendingScroll >= 0)
        bar->setValue(qRound(m_pendingScroll * bar->maximum()));
}

void ReaderView::stopPendingScrolls()
{
    m_pendingScroll = -1;
    m_pendingHitTop = -1;
}

double ReaderView::columnWidth() const
{
    return m_columnWidth;
}

double ReaderView::pictureWidth() const
{
    const double textWidth = qMin(columnWidth(), viewport()->width() - 2 * kMinimumSideMargin);
    return qMax(kBoxAllowance * 3, textWidth - kBoxAllowance);
}

void ReaderView::updateReadingColumn()
{
    const double side = qMax(kMinimumSideMargin, (viewport()->width() - columnWidth()) / 2);
    QTextFrame *root = document()->rootFrame();
    QTextFrameFormat format = root->frameFormat();
    if (qFuzzyCompare(format.leftMargin(), side) && qFuzzyCompare(format.topMargin(), kTopMargin))
        return;
    format.setLeftMargin(side);
    format.setRightMargin(side);
    format.setTopMargin(kTopMargin);
    format.setBottomMargin(kTopMargin * 2);
    root->setFrameFormat(format);
}

void ReaderView::reloadKeepingPosition()
{
    if (source().isEmpty()) {
        updateReadingColumn();
        return;
    }
    const double fraction = scrollFraction();
    // QTextDocument caches loaded images by URL; clearing makes the reload draw them again at the new size.
    document()->clear();
    reload();
    setScrollFraction(fraction);
}

void ReaderView::doSetSource(const QUrl &name, QTextDocument::ResourceType type)
{
    const bool anotherPage = name.adjusted(QUrl::RemoveFragment) != source().adjusted(QUrl::RemoveFragment);
    if (anotherPage && !source().isEmpty())
        Q_EMIT leavingPage(source(), scrollFraction());
    stopPendingScrolls();
    if (anotherPage) {
        m_drawnPictureWidth = 0; // another page: its pictures (if any) set this again as they load
        loadLaidOutOnce(name, type);
    } else {
        QTextBrowser::doSetSource(name, type); // an anchor on the same page: only a scroll
    }
    fitPictureLines();
    const bool hitsBelongHere = name.adjusted(QUrl::RemoveFragment) == m_hitPage.adjusted(QUrl::RemoveFragment);
    if (!hitsBelongHere) { // the reader went on: the marks of a search are not for this page
        m_hitPage.clear();
        m_hitWords.clear();
    }
    applySearchHits(hitsBelongHere && anotherPage); // a reload (zoom, theme) keeps the reader's place
}

void ReaderView::loadLaidOutOnce(const QUrl &name, QTextDocument::ResourceType type)
{
    // A new page comes with the document's default margins, and the reading column's margins would make Qt lay
    // the whole page out a second time. Without a page size the document is not laid out at all: the page is
    // loaded and given its column first, and then laid out once, when the size comes back.
    const QSizeF pageSize = document()->pageSize();
    document()->setPageSize(QSizeF(0, 0)); // isNull(): not laid out
    QTextBrowser::doSetSource(name, type);
    updateReadingColumn();
    document()->setPageSize(pageSize);
    if (!name.fragment().isEmpty())
        scrollToAnchor(name.fragment()); // QTextBrowser scrolled before there was a layout to find it in
}

void ReaderView::markSearchHits(const QUrl &page, const QStringList &words)
{
    m_hitPage = page;
    m_hitWords = words;
    if (page.adjusted(QUrl::RemoveFragment) == source().adjusted(QUrl::RemoveFragment))
        applySearchHits(true);
}

void ReaderView::applySearchHits(bool scrollToFirst)
{
    if (m_hitWords.isEmpty()) { // the usual case: a page opened without a search
        if (!extraSelections().isEmpty())
            setExtraSelections({});
        return;
    }
    const QTextCharFormat format = searchhighlight::hitFormat(palette());
    const QList<QTextCursor> hits = searchhighlight::findHits(*document(), m_hitWords);
    QList<ExtraSelection> marks;
    for (const QTextCursor &hit : hits)
        marks.append({hit, format});
    setExtraSelections(marks);
    // The result was a section: its first hit, not the chapter's first, is the one the reader asked for.
    if (scrollToFirst && !hits.isEmpty())
        scrollToHit(
            searchhighlight::firstHitFrom(hits, searchhighlight::anchorPosition(*document(), m_hitPage.fragment())));
}

void ReaderView::scrollToHit(const QTextCursor &hit)
{
    // A quarter down the pane, so the lines before it give the context. Held like a restored position, until
    // the layout settles or the reader scrolls.
    const QTextBlock block = hit.block();
    const QTextLine line = block.layout()->lineForTextPosition(hit.position() - block.position());
    const double blockTop = document()->documentLayout()->blockBoundingRect(block).top();
    const double lineTop = blockTop + (line.isValid() ? line.y() : 0);
    m_pendingScroll = -1;
    m_pendingHitTop = qMax(0, qRound(lineTop) - viewport()->height() / 4);
    applyPendingScroll();
}

void ReaderView::fitPictureLines()
{
    // The style sheet spaces text lines at 135 %, which would also stretch a line holding a picture by a
    // third of the picture's height: picture lines get single spacing.
    QTextCursor cursor(document());
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (!it.fragment().charFormat().isImageFormat())
                continue;
            QTextBlockFormat format = block.blockFormat();
            format.setLineHeight(100, QTextBlockFormat::ProportionalHeight);
            cursor.setPosition(block.position());
            cursor.setBlockFormat(format);
            break;
        }
    }
}

QVariant ReaderView::loadResource(int type, const QUrl &name)
{
    if (type == QTextDocument::HtmlResource)
        return pageHtml(name);
    if (type == QTextDocument::ImageResource && links::kindOf(name) == LinkKind::Image)
        return imageResource(name);
    qCWarning(lcUi) << "no resource of type" << type << "for" << name;
    return {};
}

QString ReaderView::pageHtml(const QUrl &url) const
{
    const QString id = links::target(url);
    switch (links::kindOf(url)) {
    case LinkKind::Start:
        return StartPage::html(m_store);
    case LinkKind::Region:
        return StartPage::regionHtml(m_store, id);
    case LinkKind::Chapter: {
        auto html = m_store.chapterHtml(id);
        if (!html) {
            qCWarning(lcUi) << "chapter" << id << ":" << html.error().message;
            return notFoundHtml(html.error().message);
        }
        return html.value();
    }
    case LinkKind::Exercise:
        if (const core::Exercise *exercise = m_store.exercise(id))
            return ExerciseCard::html(*exercise);
        break;
    default:
        break;
    }
    qCWarning(lcUi) << "no page for" << url;
    return notFoundHtml(tr("The link %1 leads nowhere.").arg(url.toString()));
}

QVariant ReaderView::imageResource(const QUrl &name)
{
    auto svg = m_store.image(links::target(name));
    if (!svg) {
        qCWarning(lcUi) << "image" << name << ":" << svg.error().message;
        return {};
    }
    m_drawnPictureWidth = pictureWidth();
    const QImage image = renderSvg(svg.value(), m_zoomPercent / 100.0, devicePixelRatioF(), m_drawnPictureWidth);
    if (image.isNull())
        qCWarning(lcUi) << "image" << name << "is not a valid SVG";
    return image;
}

QString ReaderView::linkToolTip(const QUrl &url) const
{
    const QString id = links::target(url);
    switch (links::kindOf(url)) {
    case LinkKind::Term:
        if (const core::GlossaryEntry *entry = m_store.term(id))
            return QStringLiteral("<p><b>%1</b><br/>%2</p>")
                .arg(entry->term.toHtmlEscaped(), entry->definition.toHtmlEscaped());
        break;
    case LinkKind::External:
        return QStringLiteral("<p>%1<br/><b>%2</b></p>")
            .arg(tr("Website, opens in your browser after you confirm:"), url.toString().toHtmlEscaped());
    case LinkKind::Chapter:
        if (const core::ChapterInfo *chapter = m_store.chapter(links::canonical(m_store, url).path()))
            return tr("Chapter: %1").arg(chapter->title).toHtmlEscaped();
        break;
    case LinkKind::Exercise:
        if (const core::Exercise *exercise = m_store.exercise(id))
            return tr("Exercise: %1").arg(exercise->title).toHtmlEscaped();
        break;
    default:
        break;
    }
    return {};
}

void ReaderView::showLinkToolTip(const QUrl &url)
{
    const QString text = linkToolTip(url);
    if (text.isEmpty()) {
        QToolTip::hideText();
        return;
    }
    // Hover: next to the mouse. Keyboard focus (Tab through links): under the focused link.
    const QPoint mouse = viewport()->mapFromGlobal(QCursor::pos());
    const bool byMouse = viewport()->rect().contains(mouse) && !anchorAt(mouse).isEmpty();
    const QPoint at = byMouse ? QCursor::pos() : viewport()->mapToGlobal(cursorRect().bottomLeft());
    QToolTip::showText(at, text, viewport());
}

void ReaderView::resizeEvent(QResizeEvent *event)
{
    QTextBrowser::resizeEvent(event);
    updateReadingColumn();
    if (m_drawnPictureWidth > 0 && qAbs(pictureWidth() - m_drawnPictureWidth) > 1)
        m_pictureRedraw.start();
}

void ReaderView::showEvent(QShowEvent *event)
{
    // QTextEdit scrolls to the text cursor (the top) on its first show: put a restored position back.
    QTextBrowser::showEvent(event);
    applyPendingScroll();
}

void ReaderView::wheelEvent(QWheelEvent *event)
{
    if (!event->modifiers().testFlag(Qt::ControlModifier)) {
        stopPendingScrolls();
        QTextBrowser::wheelEvent(event);
        return;
    }
    // QTextEdit would zoom its own font here; the window's zoom setting must stay the one truth.
    m_wheelRemainder += event->angleDelta().y();
    const int steps = m_wheelRemainder / QWheelEvent::DefaultDeltasPerStep;
    m_wheelRemainder %= QWheelEvent::DefaultDeltasPerStep;
    if (steps != 0)
        Q_EMIT zoomStepsRequested(steps);
    event->accept();
}

void ReaderView::keyPressEvent(QKeyEvent *event)
{
    stopPendingScrolls();
    QTextBrowser::keyPressEvent(event);
}

void ReaderView::keyReleaseEvent(QKeyEvent *event)
{
    QTextBrowser::keyReleaseEvent(event);
    // Tab selects the next link without a highlighted() signal, and QToolTip hides itself on every key press
    // and release; so a link reached by keyboard is announced here, once the key is up.
    if (event->key() != Qt::Key_Tab && event->key() != Qt::Key_Backtab)
        return;
    const QTextCursor cursor = textCursor();
    if (cursor.hasSelection() && cursor.charFormat().isAnchor())
        Q_EMIT highlighted(source().resolved(QUrl(cursor.charFormat().anchorHref())));
}

void ReaderView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::BackButton) {
        backward();
        event->accept();
        return;
    }
    if (event->button() == Qt::ForwardButton) {
        forward();
        event->accept();
        return;
    }
    QTextBrowser::mousePressEvent(event);
}

} // namespace heupwijzer::ui
