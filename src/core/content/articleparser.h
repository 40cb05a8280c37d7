#pragma once

#include "core/content/diagnostic.h"
#include "core/content/parsedarticle.h"

namespace heupwijzer::core::content {

// Reads one article file: front matter, then the Markdown cut into chapters and sections. Reports everything
// that can be judged from the file alone (links and glossary references need the whole content: see
// ReferenceChecker).
class ArticleParser {
public:
    static ParsedArticle parse(SourceFile file, Diagnostics &diagnostics);

    // Lower case a–z, 0–9 and single hyphens: ids appear in links and must survive every URL parser.
    static bool isValidId(const QString &id);
    // "Wat is het?" → "wat-is-het"; diacritics dropped ("Knieën" → "knieen").
    static QString slug(const QString &title);

private:
    ArticleParser(ParsedArticle &parsed, Diagnostics &diagnostics);
    void readFrontMatter(const FrontMatterSplit &split);
    void readBody();
    void startChapter(cmark_node *heading);
    void addBlock(cmark_node *node);
    void checkHeading(cmark_node *heading);
    void finishChapter();
    void reportRawHtmlAndTakeCallouts();

    ParsedArticle &m_parsed;
    Diagnostics &m_diagnostics;
    ChapterDraft *m_current = nullptr;
    int m_previousLevel = 2;
    bool m_reportedTextBeforeChapter = false;
    cmark_node *m_openSection = nullptr; // a section heading still waiting for its first block
};

} // namespace heupwijzer::core::content
