#pragma once

#include "core/result.h"
#include "core/search/compoundsplitter.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

namespace heupwijzer::core {
class Database;
}

namespace heupwijzer::core::search {

class DutchStemmer;

// The words of the indexed content (folded, unstemmed), how many index rows use each, and their stems; loaded once
// per engine from search_vocabulary. It decides which typed words are unknown, what a misspelt word was meant to
// be, and where a typed compound splits.
class Vocabulary {
public:
    struct Word {
        QString word;
        QString stem;
        int documents = 0; // 0: only in the glossary's lay or medical words
    };

    explicit Vocabulary(const QList<Word> &words);
    static Result<std::unique_ptr<Vocabulary>> load(Database &contentDb);

    // The dictionary of compound parts: words of 4 letters or more, and of 3 letters when not a stop word.
    static QSet<QByteArray> compoundDictionary(const QStringList &words);

    bool containsWord(const QString &word) const { return m_documents.contains(word); }
    bool containsStem(const QString &stem) const { return m_stems.contains(stem); }
    int documents(const QString &word) const { return m_documents.value(word, 0); }
    bool hasWordStartingWith(const QString &prefix) const;
    // Up to count words that start with prefix, the most used first (alphabetical among equals).
    QStringList completions(const QString &prefix, int count) const;
    // Whether more than count words start with prefix.
    bool hasMoreCompletionsThan(const QString &prefix, int count) const;
    // At most how many index rows a query word matches (the index stores its stem, also as a compound part: "huis"
    // is in every row with "huisarts"). An estimate that never undercounts, from the vocabulary alone.
    int indexRows(const QString &foldedWord, const DutchStemmer &stemmer) const;
    // About how many index rows the words that start with prefix are in (at most the number of rows).
    int prefixRows(const QString &prefix) const;
    // About the number of index rows (chapters): the stop words are in nearly all of them.
    int rowCount() const { return m_mostDocuments; }
    // Used by so many chapters that it hardly tells them apart (heup, pijn in this content).
    bool isCommon(const QString &word) const;

    // The most used word within a typing slip of word (1 edit up to 7 letters, 2 from 8), or empty.
    // Words that occur in the texts win over words only known from the glossary.
    QString closestWord(const QString &word) const;

    const CompoundSplitter &splitter() const { return *m_splitter; }

private:
    QHash<QString, int> m_documents;
    int m_mostDocuments = 0; // about the number of chapters: the stop words are in nearly all of them
    QSet<QString> m_stems;
    QHash<QString, int> m_tokenRows;    // index token (a stem) → at most this many rows
    QStringList m_sorted;               // for prefix look-ups
    QHash<int, QStringList> m_byLength; // for the edit-distance search
    std::unique_ptr<CompoundSplitter> m_splitter;
};

} // namespace heupwijzer::core::search
