#pragma once

#include <QList>
#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <utility>

namespace heupwijzer::core::search {

class CompoundSplitter;
class DutchStemmer;
class WordTable;
struct SearchQuery;

// Which concepts of a query a word of a text stands for, decided the way the index matched it: by stem or by a
// typed prefix (heupen, heupb… for "heup"), and inside compounds (liesklachten for "klachten"). Used to pick a hit's
// best section and its snippet.
class WordMatcher {
public:
    using Concepts = quint64; // bit i: concept i of the query (the query builder keeps far fewer than 64)

    WordMatcher(const SearchQuery &query, const CompoundSplitter &splitter, const DutchStemmer &stemmer,
                const WordTable &words);

    // A word of the word table. Remembers its answers: one search looks at the same words again and again.
    Concepts match(int wordId) const;

private:
    Concepts decide(const QString &foldedWord) const;
    Concepts startsWithQueryWord(QStringView foldedWord) const;

    QList<std::pair<QString, Concepts>> m_starts; // a stem or typed prefix, and the concepts it stands for
    const CompoundSplitter &m_splitter;
    const WordTable &m_words;
    mutable QList<Concepts> m_decided; // by word id
    mutable QList<bool> m_isDecided;
};

} // namespace heupwijzer::core::search
