#pragma once

#include "core/result.h"
#include "ui/handout/handoutitem.h"
#include "ui/handout/pagination.h"
#include "ui/handout/practiceprofile.h"

#include <QCoreApplication>
#include <QDate>
#include <QFont>
#include <QImage>
#include <QPageLayout>

#include <memory>
#include <vector>

class QPagedPaintDevice;
class QPainter;
class QTextDocument;

namespace heupwijzer::core {
class ContentStore;
}

namespace heupwijzer::ui {

class HandoutPageFrame;
class SvgObjectHandler;

// A printed handout: A4 pages with the practice at the top, the date and page numbers at the bottom, and in
// between the opening (with the physiotherapist's note), the chosen chapters, sections and exercise cards in
// the chosen order, and the red-flag box on the last page. Built and paginated once, on construction; painting
// a page is then cheap, as a print preview needs. Needs a QGuiApplication (fonts), but no widgets.
class HandoutDocument {
    Q_DECLARE_TR_FUNCTIONS(HandoutDocument)

public:
    struct Contents {
        PracticeProfile practice;
        HandoutItems items;
        QString note;
        QDate date;
    };

    // The base font size of the text: large print, for readers who may see less well.
    static constexpr double kBaseFontPoints = 13;
    // The chapter whose red-flag box goes on the last page.
    static constexpr QStringView kRedFlagChapter = u"alarmsignalen";

    HandoutDocument(const core::ContentStore &store, Contents contents);
    ~HandoutDocument();
    HandoutDocument(const HandoutDocument &) = delete;
    HandoutDocument &operator=(const HandoutDocument &) = delete;

    int pageCount() const { return static_cast<int>(m_pages.size()); }

    // Paints page `index` (0-based), the painter in layout units (1/96 inch) with the origin at the paper's
    // top-left corner.
    void paintPage(QPainter &painter, int index) const;

    // Sets the device to A4 portrait and paints every page on it: a QPdfWriter, or a QPrinter (then best in
    // full-page mode, as the handout keeps its own margins).
    core::Result<void> render(QPagedPaintDevice &device) const;

    static QPageLayout pageLayout();

private:
    QTextDocument &addBlock(const QString &html, bool keepTogether);
    void addItem(const HandoutItem &item, int &exerciseNumber);
    QString chapterHtml(const QString &chapterId) const;
    void addRedFlagBox();

    const core::ContentStore &m_store;
    Contents m_contents;
    QFont m_font;
    // The paint device the text is laid out for: a fixed 96 dpi, whatever the screen, so a handout has the same
    // pages on every computer. Declared before the documents, which use it until they are destroyed.
    QImage m_layoutDevice;
    std::unique_ptr<SvgObjectHandler> m_pictures;
    std::vector<std::unique_ptr<QTextDocument>> m_documents;
    std::vector<PageBlock> m_blocks;
    std::vector<PageSlices> m_pages;
    std::unique_ptr<HandoutPageFrame> m_frame;
};

} // namespace heupwijzer::ui
