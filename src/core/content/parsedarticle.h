#pragma once

#include "core/content/article.h"
#include "core/content/callout.h"
#include "core/content/cmarknodes.h"
#include "core/content/sourcefile.h"
#include "core/markdown/document.h"

#include <QHash>
#include <QList>

#include <optional>

namespace heupwijzer::core::content {

// One `##` chapter while the compiler works on it: the model fields known from the heading, and the
// top-level Markdown blocks that follow it (pointers into the owning ParsedArticle's document).
struct ChapterDraft {
    Chapter chapter;
    cmark_node *heading = nullptr;
    QList<cmark_node *> blocks;
    QList<cmark_node *> sectionHeadings; // parallel to chapter.sections
};

// An article file after parsing, before cross-references are checked and HTML is made.
struct ParsedArticle {
    SourceFile source;
    int bodyLineOffset = 0;
    Article article; // front-matter fields; chapters are filled in by the renderer
    SourceLocation kindLocation;
    std::optional<markdown::Document> document;
    QList<ChapterDraft> chapters;
    QHash<const cmark_node *, CalloutKind> callouts; // block quotes that are boxes

    NodeLocator locator() const { return NodeLocator(source, bodyLineOffset); }
};

} // namespace heupwijzer::core::content
