#pragma once

#include "core/search/tokenizedtext.h"
#include "core/search/wordmatcher.h"

#include <QString>
#include <QStringList>
#include <QStringView>

namespace heupwijzer::core::search {

// How well a text answers a query: which concepts it mentions and how many of its words were found.
struct PassageMatch {
    WordMatcher::Concepts concepts = 0;
    int foundWords = 0;
};
PassageMatch matchPassage(const TokenizedText &text, const WordMatcher &matcher);

// A short extract of text around the place that mentions the most concepts (then the most found words).
struct Snippet {
    QString html;           // HTML-escaped, found words in <b>…</b>, "…" where text was left out
    QStringList foundWords; // the words in <b>…</b>, as written in the text, each once (ignoring case)
};
// The start of the text when nothing in it was found.
Snippet makeSnippet(const TokenizedText &text, const WordMatcher &matcher, int wordCount = 24);

} // namespace heupwijzer::core::search
