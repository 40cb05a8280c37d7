#pragma once

#include "core/content/contentindex.h"
#include "core/content/glossarylinker.h"
#include "core/content/parsedarticle.h"

#include <QString>

namespace heupwijzer::core::content {

// Renders one chapter to the HTML subset QTextBrowser understands, following the chapter HTML conventions:
// <h1> chapter title, <h2><a name> sections, boxes and exercise cards as single-cell tables, link schemes
// chapter: begrip: oefening: image: and https, and a footer with the sources and the review date.
// cmark's own HTML renderer cannot produce boxes or link schemes, so this walks the AST itself.
class ChapterHtml {
public:
    ChapterHtml(const ParsedArticle &article, const ContentIndex &index, GlossaryLinker &linker);

    // Also leaves the glossary terms this chapter links in the linker.
    QString render(const ChapterDraft &draft);

private:
    void blocks(cmark_node *parent);
    void block(cmark_node *node);
    void paragraph(cmark_node *node);
    void heading(cmark_node *node);
    void list(cmark_node *node);
    void blockQuote(cmark_node *node);
    void codeBlock(cmark_node *node);
    void table(cmark_node *node);
    void inlines(cmark_node *parent, bool linkTerms);
    void inlineNode(cmark_node *node, bool linkTerms);
    void link(cmark_node *node);
    void image(cmark_node *node);
    void text(const QString &literal, bool linkTerms);
    void footer();
    void markHandMadeTermLinks(const ChapterDraft &draft);

    const ParsedArticle &m_article;
    const ContentIndex &m_index;
    GlossaryLinker &m_linker;
    const ChapterDraft *m_draft = nullptr;
    QString m_out;
    bool m_inCaution = false;
};

} // namespace heupwijzer::core::content
