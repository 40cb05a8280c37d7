#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace heupwijzer::core::search {

// Lower case without diacritics (geïrriteerd → geirriteerd), as FTS5's unicode61 with remove_diacritics 2 stores
// words: the query builder, the vocabulary and the snippets must see words exactly as the index does.
QString foldText(QStringView text);

// Where a word is in a text: a run of letters, digits and combining marks (so "m'n" is "m" and "n", and an emoji
// or punctuation is never part of a word).
struct WordSpan {
    qsizetype start = 0;
    qsizetype length = 0;
};
QList<WordSpan> wordSpans(QStringView text);

// The folded words of a text, in order.
QStringList foldedWords(QStringView text);

} // namespace heupwijzer::core::search
