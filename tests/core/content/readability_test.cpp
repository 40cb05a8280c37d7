// Flesch-Douma = 206.84 − 0.77 × (syllables per 100 words) − 0.93 × (words per sentence).
// Every expected value below is counted by hand in the comment next to it.
#include "core/content/readability.h"

#include "common/catch_qt.h"

using heupwijzer::core::content::dutchSyllables;
using heupwijzer::core::content::dutchWords;
using heupwijzer::core::content::Readability;

TEST_CASE("Dutch syllables follow vowel groups", "[compiler]")
{
    CHECK(dutchSyllables(u"heup") == 1);           // h-eu-p
    CHECK(dutchSyllables(u"been") == 1);           // b-ee-n
    CHECK(dutchSyllables(u"heupbuiger") == 3);     // heup · bui · ger
    CHECK(dutchSyllables(u"eeuw") == 1);           // eeu is one group
    CHECK(dutchSyllables(u"nieuw") == 1);          // ieu is one group
    CHECK(dutchSyllables(u"mooie") == 2);          // m-ooi · e
    CHECK(dutchSyllables(u"fysiotherapeut") == 6); // fy · si · o · the · ra · peut: y counts, i and o do not merge
    CHECK(dutchSyllables(u"wandelen") == 3);       // wan · de · len
    CHECK(dutchSyllables(u"Oefening") == 3);       // oe · fe · ning, capitals too
}

TEST_CASE("A diaeresis starts a new syllable", "[compiler]")
{
    CHECK(dutchSyllables(u"knieën") == 2);      // knie · ën
    CHECK(dutchSyllables(u"ideeën") == 3);      // i · dee · ën
    CHECK(dutchSyllables(u"patiënt") == 3);     // pa · ti · ënt
    CHECK(dutchSyllables(u"beïnvloeden") == 4); // be · ïn · vloe · den
    CHECK(dutchSyllables(u"coördinatie") == 5); // co · ör · di · na · tie
}

TEST_CASE("Numbers and words without vowels count as one syllable", "[compiler]")
{
    CHECK(dutchSyllables(u"112") == 1);
    CHECK(dutchSyllables(u"s") == 1); // from 's nachts
}

TEST_CASE("Words are letters and digits, joined by hyphens and apostrophes inside a word", "[compiler]")
{
    const QList<QStringView> words = dutchWords(u"Een MRI-scan, zo'n 3 keer; 's nachts.");
    QStringList texts;
    for (QStringView word : words)
        texts.append(word.toString());
    CHECK(texts == QStringList{QStringLiteral("Een"), QStringLiteral("MRI-scan"), QStringLiteral("zo'n"),
                               QStringLiteral("3"), QStringLiteral("keer"), QStringLiteral("s"),
                               QStringLiteral("nachts")});
}

TEST_CASE("Flesch-Douma of two short sentences in one block", "[compiler]")
{
    // "Ik loop. Jij rent hard!": 5 words of 1 syllable, 2 sentences.
    // 206.84 − 0.77 × 100 − 0.93 × 2.5 = 206.84 − 77 − 2.325 = 127.515
    const Readability r = Readability::measureBlock(u"Ik loop. Jij rent hard!");
    CHECK(r.words == 5);
    CHECK(r.sentences == 2);
    CHECK(r.syllables == 5);
    CHECK(r.fleschDouma() == Approx(127.515));
    CHECK(r.averageSentenceLength() == Approx(2.5));
}

TEST_CASE("The end of a block ends a sentence, with or without a full stop", "[compiler]")
{
    // Block 1 "De heupbuiger tilt je been op": de 1, heup·bui·ger 3, tilt 1, je 1, been 1, op 1 = 6 words, 8 syll.
    // Block 2 "Wandelen helpt.": wan·de·len 3, helpt 1 = 2 words, 4 syllables.
    // 8 words, 12 syllables, 2 sentences: 206.84 − 0.77 × 150 − 0.93 × 4 = 206.84 − 115.5 − 3.72 = 87.62
    const Readability r =
        Readability::measure({QStringLiteral("De heupbuiger tilt je been op"), QStringLiteral("Wandelen helpt.")});
    CHECK(r.words == 8);
    CHECK(r.syllables == 12);
    CHECK(r.sentences == 2);
    CHECK(r.fleschDouma() == Approx(87.62));
    CHECK(r.averageSentenceLength() == Approx(4.0));
}

TEST_CASE("A question mark ends a sentence, a decimal point does not", "[compiler]")
{
    // "Heb je pijn? Neem 1.5 tablet." → heb je pijn | neem 1 5 tablet: 7 words, 2 sentences.
    // Syllables: heb 1, je 1, pijn 1, neem 1, 1 → 1, 5 → 1, ta·blet 2 = 8.
    // 206.84 − 0.77 × (800 / 7) − 0.93 × 3.5 = 206.84 − 88 − 3.255 = 115.585
    const Readability r = Readability::measureBlock(u"Heb je pijn? Neem 1.5 tablet.");
    CHECK(r.words == 7);
    CHECK(r.sentences == 2);
    CHECK(r.syllables == 8);
    CHECK(r.fleschDouma() == Approx(115.585));
}

TEST_CASE("Counts add up over chapters instead of averaging scores", "[compiler]")
{
    Readability article = Readability::measureBlock(u"Ik loop."); // 2 words, 2 syllables, 1 sentence
    article += Readability::measureBlock(u"Wandelen helpt.");     // 2 words, 4 syllables, 1 sentence
    // 4 words, 6 syllables, 2 sentences: 206.84 − 0.77 × 150 − 0.93 × 2 = 206.84 − 115.5 − 1.86 = 89.48
    CHECK(article.fleschDouma() == Approx(89.48));
}

TEST_CASE("Text without words has no score", "[compiler]")
{
    const Readability r = Readability::measureBlock(u" — … ");
    CHECK(r.words == 0);
    CHECK(r.sentences == 0);
    CHECK(r.fleschDouma() == 0.0);
}
