#include "core/search/snippet.h"

#include "core/search/textfold.h"

#include <bit>

namespace heupwijzer::core::search {

namespace {

const QString kEllipsis = QStringLiteral("…");
constexpr qsizetype kLongestUnmatchedSnippet = 200;
constexpr qsizetype kLongestClosing = 3; // "?)." after the last word

void appendEscaped(QString &html, QStringView text)
{
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'<':
            html += QStringLiteral("&lt;");
            break;
        case u'>':
            html += QStringLiteral("&gt;");
            break;
        case u'&':
            html += QStringLiteral("&amp;");
            break;
        case u'"':
            html += QStringLiteral("&quot;");
            break;
        default:
            html += c;
        }
    }
}

// The start of the window with the most concepts, then the most found words; the earliest on a tie.
qsizetype bestWindow(const QList<WordMatcher::Concepts> &found, int wordCount)
{
    qsizetype bestStart = 0;
    int bestConcepts = -1;
    int bestTotal = -1;
    for (qsizetype start = 0; start < found.size(); ++start) {
        if (found[start] == 0 && start != 0)
            continue; // a window worth showing starts at a found word (or at the very beginning)
        WordMatcher::Concepts concepts = 0;
        int total = 0;
        for (qsizetype i = start; i < std::min(found.size(), start + wordCount); ++i) {
            concepts |= found[i];
            total += found[i] != 0 ? 1 : 0;
        }
        const int conceptCount = std::popcount(concepts);
        if (conceptCount > bestConcepts || (conceptCount == bestConcepts && total > bestTotal)) {
            bestStart = start;
            bestConcepts = conceptCount;
            bestTotal = total;
        }
    }
    return bestStart;
}

} // namespace

PassageMatch matchPassage(const TokenizedText &text, const WordMatcher &matcher)
{
    PassageMatch match;
    for (const int wordId : text.wordIds) {
        const WordMatcher::Concepts concepts = matcher.match(wordId);
        match.concepts |= concepts;
        match.foundWords += concepts != 0 ? 1 : 0;
    }
    return match;
}

Snippet makeSnippet(const TokenizedText &tokenized, const WordMatcher &matcher, int wordCount)
{
    const QStringView text = tokenized.text;
    const QList<WordSpan> &spans = tokenized.spans;
    if (spans.isEmpty())
        return {text.first(std::min(text.size(), kLongestUnmatchedSnippet)).toString().toHtmlEscaped(), {}};
    QList<WordMatcher::Concepts> found(spans.size(), 0);
    for (qsizetype i = 0; i < spans.size(); ++i)
        found[i] = matcher.match(tokenized.wordIds[i]);
    const qsizetype bestStart = bestWindow(found, wordCount);
    // Two words of context before the first found word.
    const qsizetype first = bestStart == 0 ? 0 : std::max<qsizetype>(0, bestStart - 2);
    const qsizetype last = std::min(spans.size(), first + wordCount) - 1;
    QString html = first > 0 ? kEllipsis : QString();
    QStringList foundWords;
    for (qsizetype i = first; i <= last; ++i) {
        if (i > first) {
            const qsizetype gapStart = spans[i - 1].start + spans[i - 1].length;
            appendEscaped(html, text.mid(gapStart, spans[i].start - gapStart));
        }
        const QStringView word = text.mid(spans[i].start, spans[i].length);
        if (found[i] == 0) {
            appendEscaped(html, word);
            continue;
        }
        html += QStringLiteral("<b>");
        appendEscaped(html, word);
        html += QStringLiteral("</b>");
        if (!foundWords.contains(word, Qt::CaseInsensitive))
            foundWords.append(word.toString());
    }
    const QStringView rest = text.sliced(spans[last].start + spans[last].length).trimmed();
    if (last + 1 < spans.size() || rest.size() > kLongestClosing)
        html += kEllipsis;
    else
        appendEscaped(html, rest); // the closing full stop or question mark
    return {html.simplified(), foundWords};
}

} // namespace heupwijzer::core::search
