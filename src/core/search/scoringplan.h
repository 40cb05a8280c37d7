#pragma once

#include "core/result.h"
#include "core/search/rankfunction.h"
#include "core/search/searchquery.h"

#include <QString>

namespace heupwijzer::core {
class Statement;
}

namespace heupwijzer::core::search {

class DutchStemmer;
class Vocabulary;

// What the ranking statement runs for a query: the MATCH expression and the rank plan.
struct ScoringPlan {
    QString expression;
    RankPlan plan;
};

// Scoring a chapter costs a few microseconds, so a query whose words are in most chapters of a very large index
// (10,000 chapters that all say "heup") cannot score them all within a keystroke. Such a broad query scores at
// most about kMostScoredChapters candidates: every chapter that has one of its rarer phrases, then the chapters
// whose title, and then whose headings or glossary terms, name its common words, in reading order. A common word's
// other mentions hardly tell chapters apart anyway (its idf is near 0). Phrases of several common words and
// prefixes of common words are left out of a broad query: checking their word order or merging their words in
// every chapter costs more than a keystroke and says little. A query with fewer expected hits than the cap (all of
// the real content) is scored in full.
inline constexpr int kMostScoredChapters = 500;

// Where a search looks: a body region (empty for all) and how many chapters that is. A region with fewer
// chapters than the cap is always scored in full: there the cap would only lose answers.
struct SearchScope {
    QString region;
    int chapters = 0;
};

// Binds `region` to the ?index of a statement that filters on it, NULL (no filter) when it is empty.
void bindRegion(Statement &statement, int index, const QString &region);

// candidateRows: "SELECT rowid FROM search_index WHERE search_index MATCH ?1 AND <in region ?3> LIMIT ?2".
Result<ScoringPlan> planScoring(const SearchQuery &query, const Vocabulary &vocabulary, const DutchStemmer &stemmer,
                                const SearchScope &scope, Statement &candidateRows);

} // namespace heupwijzer::core::search
