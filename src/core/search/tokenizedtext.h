#pragma once

#include "core/search/textfold.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace heupwijzer::core::search {

// Every distinct word (as written) of the texts an engine has looked at, numbered, with its folded form. Lets
// the engine decide once per word and search, instead of once per occurrence.
class WordTable {
public:
    int idOf(QStringView writtenWord);
    const QString &folded(int id) const { return m_folded[id]; }
    int size() const { return static_cast<int>(m_folded.size()); }

private:
    QHash<QString, int> m_ids;
    QStringList m_folded;
};

// A text split into words once, kept for the next searches (a person typing sees the same chapters again).
struct TokenizedText {
    QString text;
    QList<WordSpan> spans;
    QList<int> wordIds; // WordTable ids, one per span
};

// Only the first this many characters of a text are kept: a snippet far down a long section helps nobody.
inline constexpr qsizetype kSnippetSearchLength = 1500;

TokenizedText tokenizeText(const QString &text, WordTable &words);

} // namespace heupwijzer::core::search
