#pragma once

#include "core/search/searchquery.h"

#include <QStringView>

namespace heupwijzer::core::search {

class DutchStemmer;
class SynonymTable;
class Vocabulary;

// Turns anything a person can type into a SearchQuery. All user text passes through here:
// - words are runs of letters and digits; quotes, brackets, *, ^, :, -, emoji and control characters only separate;
// - FTS5 operators typed as words (AND, OR, NOT, NEAR) are dropped; stop words too, unless nothing else is left;
// - the last word, while it is still being typed, also matches as a prefix;
// - a misspelt word is matched by its closest index word, which is offered as "Bedoelde je …?";
// - a typed compound also matches its parts (liespijn → lies, pijn), and two typed parts their compound;
// - glossary synonyms are added (slijmbeursontsteking ↔ bursitis).
class QueryBuilder {
public:
    QueryBuilder(const Vocabulary &vocabulary, const SynonymTable &synonyms, const DutchStemmer &stemmer);

    // Longer input is cut: nobody types a question of more than this many characters into a search field.
    static constexpr qsizetype kLongestInput = 256;
    // Words beyond this many are ignored, which keeps every query cheap.
    static constexpr int kMostConcepts = 8;

    SearchQuery build(QStringView userText, bool asYouType) const;

private:
    struct TypedWord;
    QList<TypedWord> typedWords(QStringView text, bool asYouType) const;
    SearchQuery::Concept conceptFor(TypedWord &word) const;
    void splitCompounds(QList<SearchQuery::Concept> &concepts, QList<TypedWord> &words) const;
    void joinNeighbours(QList<SearchQuery::Concept> &concepts, const QList<TypedWord> &words) const;
    void addSynonyms(SearchQuery &query, const QList<TypedWord> &words) const;

    const Vocabulary &m_vocabulary;
    const SynonymTable &m_synonyms;
    const DutchStemmer &m_stemmer;
};

} // namespace heupwijzer::core::search
