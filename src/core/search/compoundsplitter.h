#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QSet>

#include <optional>
#include <utility>

namespace heupwijzer::core::search {

// Dutch writes compounds as one word (heuppijn, liesklachten, heupbuigers). The stemmer leaves them whole, so
// "heup pijn" would never find "heuppijn". This splits a word at every place where its first part is a word that
// the content itself uses: the dictionary is the content's own vocabulary, so no word list has to be maintained.
// Words are folded UTF-8 (textfold.h).
class CompoundSplitter {
public:
    // dictionary: words of at least kMinimumPart bytes, without stop words.
    explicit CompoundSplitter(QSet<QByteArray> dictionary);

    static constexpr qsizetype kMinimumPart = 3;

    struct Split {
        QByteArray head;
        QByteArray tail; // a linking s or e(n) between the parts (gewrichtsontsteking) is left out
    };

    // For the index: every split whose head is a dictionary word. The tail need not be a word (heupbuigers →
    // heup + buigers) but must be long enough to mean something, so "kinderen" gives kind + eren at worst.
    QList<Split> splits(QByteArrayView word) const;

    // For a query: the split into two dictionary words with the longest head, if any (liespijn → lies + pijn).
    std::optional<Split> splitIntoWords(QByteArrayView word) const;

    bool contains(QByteArrayView word) const { return m_dictionary.contains(word.toByteArray()); }

private:
    QByteArrayView withoutLinkingElement(QByteArrayView tail) const;

    QSet<QByteArray> m_dictionary;
};

} // namespace heupwijzer::core::search
