#pragma once

#include "core/result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

#include <memory>

namespace heupwijzer::core {
class Database;
}

namespace heupwijzer::core::search {

class DutchStemmer;

// The glossary as search synonyms: each way of naming a thing (the term, the lay words, the medical words) leads to
// all the others, so "slijmbeursontsteking" also finds "bursitis" and "heupbuiger" finds "iliopsoas".
// Loaded once per engine from search_synonyms (written by buildIndex).
class SynonymTable {
public:
    struct Synonym {
        QString phrase; // folded words separated by one space: ready to quote as an FTS5 phrase
        QString termId;
    };

    explicit SynonymTable(QMultiHash<QString, Synonym> synonyms);
    static Result<std::unique_ptr<SynonymTable>> load(Database &contentDb);

    // The look-up key of a text: the stems of its words without stop words ("bult in de lies" → "bult lies"), so
    // the patient's wording need not match the glossary's word for word.
    static QString key(const DutchStemmer &stemmer, QStringView text);

    QList<Synonym> synonyms(const QString &key) const { return m_synonyms.values(key); }
    bool containsKey(const QString &key) const { return m_synonyms.contains(key); }
    int longestKey() const { return m_longestKey; } // in words

private:
    QMultiHash<QString, Synonym> m_synonyms;
    int m_longestKey = 1;
};

} // namespace heupwijzer::core::search
