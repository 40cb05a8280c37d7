#include "core/search/textfold.h"

#include <algorithm>

namespace heupwijzer::core::search {

namespace {

bool isWordCharacter(char32_t codePoint)
{
    if (codePoint < 0x80) // the common case, without a Unicode table look-up
        return (codePoint >= 'a' && codePoint <= 'z') || (codePoint >= 'A' && codePoint <= 'Z') ||
               (codePoint >= '0' && codePoint <= '9');
    switch (QChar::category(codePoint)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
        return true;
    default:
        return QChar::isLetterOrNumber(codePoint);
    }
}

} // namespace

QString foldText(QStringView text)
{
    // Most Dutch words are plain ASCII: skip the Unicode normalisation for them (snippets fold every word).
    if (std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; }))
        return text.toString().toLower();
    // NFKD splits ï into i + combining diaeresis; dropping the marks leaves the bare letter.
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c == u'ß')
            folded += QStringLiteral("ss");
        else
            folded += c;
    }
    return folded.toCaseFolded();
}

QList<WordSpan> wordSpans(QStringView text)
{
    QList<WordSpan> spans;
    qsizetype wordStart = -1;
    qsizetype i = 0;
    while (i < text.size()) {
        char32_t codePoint = text[i].unicode();
        qsizetype width = 1;
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            codePoint = QChar::surrogateToUcs4(text[i], text[i + 1]);
            width = 2;
        }
        const bool inWord = isWordCharacter(codePoint);
        if (inWord && wordStart < 0)
            wordStart = i;
        if (!inWord && wordStart >= 0) {
            spans.append({wordStart, i - wordStart});
            wordStart = -1;
        }
        i += width;
    }
    if (wordStart >= 0)
        spans.append({wordStart, text.size() - wordStart});
    return spans;
}

QStringList foldedWords(QStringView text)
{
    QStringList words;
    for (const WordSpan &span : wordSpans(text)) {
        QString word = foldText(text.mid(span.start, span.length));
        if (!word.isEmpty())
            words.append(std::move(word));
    }
    return words;
}

} // namespace heupwijzer::core::search
