#pragma once

#include <QStringList>
#include <QStringView>

namespace heupwijzer::core::content {

// Counts for the Flesch-Douma reading ease of Dutch text:
//   206.84 − 0.77 × (syllables per 100 words) − 0.93 × (words per sentence).
// Counts add up, so a chapter's score comes from its blocks and an article's from its chapters' counts (not
// from an average of scores).
struct Readability {
    int words = 0;
    int sentences = 0;
    int syllables = 0;

    // Text blocks: a heading, a paragraph, a list item or a table cell. A sentence ends at . ! or ? followed by
    // a space, and at the end of every block.
    static Readability measure(const QStringList &blocks);
    static Readability measureBlock(QStringView block);

    double fleschDouma() const;
    double averageSentenceLength() const;
    Readability &operator+=(const Readability &other);
};

// Dutch syllables by vowel groups: aa ee oo uu ie oe ui eu ij ou au ei eeu ieu ooi aai oei each count as one
// nucleus, other vowels (y included) one each; ë ï (and ä ö ü) start a new nucleus. At least 1 per word.
int dutchSyllables(QStringView word);

// The words of a text: letters and digits, joined inside a word by - or ' (so "MRI-scan" and "zo'n" are one).
QList<QStringView> dutchWords(QStringView text);

} // namespace heupwijzer::core::content
