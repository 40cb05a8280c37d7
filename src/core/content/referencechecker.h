#pragma once

#include "core/content/contentindex.h"
#include "core/content/diagnostic.h"
#include "core/content/parsedarticle.h"

#include <QStringList>

namespace heupwijzer::core::content {

// The checks that need all content at once: link targets, glossary and exercise references, images, and the
// fixed shape of condition chapters and their red-flag boxes.
class ReferenceChecker {
public:
    ReferenceChecker(const ContentIndex &index, Diagnostics &diagnostics);

    void check(const ParsedArticle &article);

    // The sections of a `.condition` chapter, in this order (content/README.md).
    static const QStringList &conditionSections();

private:
    void checkNode(cmark_node *node, const ParsedArticle &article);
    void checkLink(cmark_node *link, const NodeLocator &locate);
    void checkImage(cmark_node *image, const NodeLocator &locate);
    void checkExerciseBlock(cmark_node *codeBlock, const NodeLocator &locate);
    void checkCautionHeadings(cmark_node *quote, const NodeLocator &locate);
    void checkConditionChapter(const ChapterDraft &draft, const ParsedArticle &article);
    void checkSummaryBullets(const ChapterDraft &draft, const ParsedArticle &article);
    bool containsCaution(const ChapterDraft &draft, const ParsedArticle &article) const;

    const ContentIndex &m_index;
    Diagnostics &m_diagnostics;
};

} // namespace heupwijzer::core::content
