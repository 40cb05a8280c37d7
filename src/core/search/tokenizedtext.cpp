#include "core/search/tokenizedtext.h"

namespace heupwijzer::core::search {

int WordTable::idOf(QStringView writtenWord)
{
    const QString written = writtenWord.toString();
    const auto known = m_ids.constFind(written);
    if (known != m_ids.cend())
        return known.value();
    const int id = size();
    m_ids.insert(written, id);
    m_folded.append(foldText(writtenWord));
    return id;
}

TokenizedText tokenizeText(const QString &text, WordTable &words)
{
    qsizetype cut = std::min(text.size(), kSnippetSearchLength);
    while (cut < text.size() && !text[cut].isSpace()) // end on a whole word
        ++cut;
    TokenizedText tokenized{text, wordSpans(QStringView(text).first(cut)), {}};
    tokenized.wordIds.reserve(tokenized.spans.size());
    for (const WordSpan &span : tokenized.spans)
        tokenized.wordIds.append(words.idOf(QStringView(text).mid(span.start, span.length)));
    return tokenized;
}

} // namespace heupwijzer::core::search
