#pragma once

#include "core/content/contentindex.h"
#include "core/content/parsedarticle.h"

#include <QList>
#include <QString>

namespace heupwijzer::core::content {

// The words of a chapter as blocks (a heading, a paragraph, a list item's paragraph, a table cell): the unit
// for readability (a block ends a sentence) and the plain text search indexes.
struct TextBlock {
    QString text;
    int section = -1; // index into the chapter's sections; -1 before the first section
    bool isSectionTitle = false;
    bool countsForReadability = true; // exercise cards are written and measured on their own
};

class ChapterText {
public:
    static QList<TextBlock> blocks(const ChapterDraft &draft, const ContentIndex &index);
    // Inline text a reader sees, without the alt text of pictures.
    static QString inlinePlainText(cmark_node *node);
    // Fills the chapter's plain text, its sections' plain text and its readability from `blocks`.
    static void fill(Chapter &chapter, const QList<TextBlock> &blocks);
};

} // namespace heupwijzer::core::content
