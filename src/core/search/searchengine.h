#pragma once

#include "core/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace heupwijzer::core {
class Database;
}

namespace heupwijzer::core::search {

struct SearchOptions {
    int limit = 20;
    bool asYouType = true; // the last word is still being typed: match it as a prefix
    QString region;        // optional body-region filter: lies, zijkant, bil, onderrug
};

struct SearchHit {
    QString articleId;
    QString articleTitle;
    QString chapterId;
    QString chapterTitle;
    QString sectionAnchor; // empty when the hit is the chapter as a whole
    QString sectionTitle;
    QString snippetHtml;    // matched words wrapped in <b>…</b>, everything else HTML-escaped
    QStringList foundWords; // the words in the snippet's <b>…</b>, as written in the text: what to mark in it
    double score = 0;       // higher is better
};

struct SearchResults {
    QList<SearchHit> hits;
    QString didYouMean;     // a corrected query for "Bedoelde je …?", empty when not needed
    QString glossaryTermId; // the query as a whole names this glossary term (its term, a lay or a medical word)
};

// Dutch-aware search over one content database connection. Not thread-safe: a worker thread opens its own
// connection (Database::openImage on the same bytes is zero-copy) and its own engine.
class SearchEngine {
public:
    explicit SearchEngine(Database &contentDb);
    ~SearchEngine();
    SearchEngine(const SearchEngine &) = delete;
    SearchEngine &operator=(const SearchEngine &) = delete;

    // Any text a person can type is accepted: it never reaches FTS5 as syntax.
    Result<SearchResults> search(QStringView userText, const SearchOptions &options = {});

private:
    struct State;
    Result<void> prepare();

    Database &m_db;
    std::unique_ptr<State> m_state; // loaded on the first search: vocabulary, synonyms, chapter list, statements
};

} // namespace heupwijzer::core::search
