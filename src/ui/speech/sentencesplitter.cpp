#include "ui/speech/sentencesplitter.h"

#include <QTextBoundaryFinder>

#include <algorithm>
#include <array>
#include <string_view>

namespace heupwijzer::ui {

namespace {

// Characters after which no sentence goes on: paragraph and line separators, the start and end markers of a
// table or frame, and the placeholder of a picture, as QTextCursor::selectedText() hands them over.
bool isHardBreak(QChar c)
{
    switch (c.unicode()) {
    case u'\n':
    case u'\r':
    case 0x2028: // QChar::LineSeparator (<br>)
    case 0x2029: // QChar::ParagraphSeparator (end of a block)
    case 0xFDD0: // QTextBeginningOfFrame
    case 0xFDD1: // QTextEndOfFrame
    case 0xFFFC: // QChar::ObjectReplacementCharacter (an image)
        return true;
    default:
        return false;
    }
}

// Dutch abbreviations whose full stop does not end a sentence, without that last stop. The Unicode sentence
// rules already keep "bijv. de heup" together (a lower-case word follows); these matter before a capital,
// a number or a name: "dr. Jansen", "o.a. MRI", "ca. 10 minuten".
constexpr std::array<std::u16string_view, 38> kAbbreviations{
    u"bijv",  u"bv",   u"b.v",   u"o.a",   u"d.w.z", u"enz",   u"etc", u"ca",  u"m.a.w", u"z.s.m",
    u"i.p.v", u"incl", u"excl",  u"evt",   u"nr",    u"blz",   u"dr",  u"drs", u"mr",    u"mevr",
    u"dhr",   u"prof", u"ir",    u"ing",   u"st",    u"min",   u"max", u"sec", u"cm",    u"mm",
    u"kg",    u"e.d",  u"a.u.b", u"t.o.v", u"m.b.v", u"n.a.v", u"vs",  u"resp"};

bool endsWithAbbreviation(QStringView piece)
{
    const QStringView trimmed = piece.trimmed();
    if (!trimmed.endsWith(u'.'))
        return false;
    qsizetype wordStart = trimmed.size() - 1;
    while (wordStart > 0 && !trimmed[wordStart - 1].isSpace() && trimmed[wordStart - 1] != u'(')
        --wordStart;
    const QStringView word = trimmed.sliced(wordStart, trimmed.size() - 1 - wordStart);
    return std::any_of(kAbbreviations.begin(), kAbbreviations.end(), [word](std::u16string_view abbreviation) {
        return word.compare(QStringView(abbreviation), Qt::CaseInsensitive) == 0;
    });
}

bool hasLetterOrDigit(QStringView text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.isLetterOrNumber(); });
}

void appendTrimmed(QList<SentenceSpan> &sentences, QStringView text, qsizetype start, qsizetype end)
{
    while (start < end && text[start].isSpace())
        ++start;
    while (end > start && text[end - 1].isSpace())
        --end;
    if (hasLetterOrDigit(text.sliced(start, end - start)))
        sentences.append({start, end - start});
}

// Splits text[from, to), which holds no hard break, at the Unicode (UAX #29) sentence boundaries.
void splitSegment(QStringView text, qsizetype from, qsizetype to, QList<SentenceSpan> &sentences)
{
    const QStringView segment = text.sliced(from, to - from);
    QTextBoundaryFinder finder(QTextBoundaryFinder::Sentence, segment.data(), segment.size());
    qsizetype pieceStart = 0;
    for (qsizetype boundary = finder.toNextBoundary(); boundary != -1; boundary = finder.toNextBoundary()) {
        if (boundary < segment.size() && endsWithAbbreviation(segment.sliced(pieceStart, boundary - pieceStart)))
            continue;
        appendTrimmed(sentences, text, from + pieceStart, from + boundary);
        pieceStart = boundary;
    }
}

} // namespace

QList<SentenceSpan> splitSentences(QStringView text)
{
    QList<SentenceSpan> sentences;
    qsizetype segmentStart = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i < text.size() && !isHardBreak(text[i]))
            continue;
        if (i > segmentStart)
            splitSegment(text, segmentStart, i, sentences);
        segmentStart = i + 1;
    }
    return sentences;
}

QString speakableText(QStringView sentence)
{
    QString speakable;
    speakable.reserve(sentence.size());
    for (const QChar c : sentence) {
        if (c == QChar::SoftHyphen || c.unicode() == 0x200B) // invisible: would be read as a pause
            continue;
        speakable.append(isHardBreak(c) ? QChar(u' ') : c);
    }
    return speakable.simplified();
}

} // namespace heupwijzer::ui
