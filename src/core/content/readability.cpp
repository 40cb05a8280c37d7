#include "core/content/readability.h"

#include <array>

namespace heupwijzer::core::content {

namespace {

// Longest first, so "eeu" wins over "ee" and "ooi" over "oo".
constexpr std::array<QStringView, 17> kVowelGroups{u"eeu", u"ieu", u"ooi", u"aai", u"oei", u"aa", u"ee", u"oo", u"uu",
                                                   u"ie",  u"oe",  u"ui",  u"eu",  u"ij",  u"ou", u"au", u"ei"};
constexpr QStringView kVowels = u"aeiouyáàâäéèêëíìîïóòôöúùûü";
constexpr QStringView kDiaereses = u"äëïöü";

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber();
}

bool isJoiner(QChar c)
{
    return c == u'-' || c == u'\'' || c == u'\u2019';
}

qsizetype wordEnd(QStringView text, qsizetype start)
{
    qsizetype i = start;
    while (i < text.size()) {
        if (isWordChar(text[i]))
            ++i;
        else if (isJoiner(text[i]) && i + 1 < text.size() && isWordChar(text[i + 1]))
            i += 2;
        else
            break;
    }
    return i;
}

bool endsSentence(QStringView text, qsizetype i)
{
    const QChar c = text[i];
    return (c == u'.' || c == u'!' || c == u'?') && (i + 1 == text.size() || text[i + 1].isSpace());
}

// Lower-cases one character at a time: this runs for every word of every build, so no string is allocated.
bool groupAt(QStringView word, qsizetype i, QStringView group)
{
    if (i + group.size() > word.size())
        return false;
    for (qsizetype k = 0; k < group.size(); ++k) {
        if (word[i + k].toLower() != group[k])
            return false;
    }
    return true;
}

} // namespace

int dutchSyllables(QStringView word)
{
    int nuclei = 0;
    qsizetype i = 0;
    while (i < word.size()) {
        const QChar c = word[i].toLower();
        if (!kVowels.contains(c)) {
            ++i;
            continue;
        }
        ++nuclei;
        if (kDiaereses.contains(c)) {
            ++i; // a diaeresis always starts a nucleus of its own: ideeën = i-dee-ën
            continue;
        }
        qsizetype length = 1;
        for (QStringView group : kVowelGroups) {
            if (groupAt(word, i, group)) {
                length = group.size();
                break;
            }
        }
        i += length;
    }
    return std::max(1, nuclei);
}

QList<QStringView> dutchWords(QStringView text)
{
    QList<QStringView> out;
    qsizetype i = 0;
    while (i < text.size()) {
        if (!isWordChar(text[i])) {
            ++i;
            continue;
        }
        const qsizetype end = wordEnd(text, i);
        out.append(text.sliced(i, end - i));
        i = end;
    }
    return out;
}

Readability Readability::measureBlock(QStringView block)
{
    Readability result;
    int wordsInSentence = 0;
    qsizetype i = 0;
    while (i < block.size()) {
        if (isWordChar(block[i])) {
            const qsizetype end = wordEnd(block, i);
            ++result.words;
            ++wordsInSentence;
            result.syllables += dutchSyllables(block.sliced(i, end - i));
            i = end;
            continue;
        }
        if (endsSentence(block, i) && wordsInSentence > 0) {
            ++result.sentences;
            wordsInSentence = 0;
        }
        ++i;
    }
    if (wordsInSentence > 0)
        ++result.sentences; // the end of a block ends its last sentence, with or without a full stop
    return result;
}

Readability Readability::measure(const QStringList &blocks)
{
    Readability total;
    for (const QString &block : blocks)
        total += measureBlock(block);
    return total;
}

double Readability::fleschDouma() const
{
    if (words == 0 || sentences == 0)
        return 0.0;
    const double syllablesPer100Words = 100.0 * syllables / words;
    return 206.84 - 0.77 * syllablesPer100Words - 0.93 * averageSentenceLength();
}

double Readability::averageSentenceLength() const
{
    return sentences == 0 ? 0.0 : static_cast<double>(words) / sentences;
}

Readability &Readability::operator+=(const Readability &other)
{
    words += other.words;
    sentences += other.sentences;
    syllables += other.syllables;
    return *this;
}

} // namespace heupwijzer::core::content
