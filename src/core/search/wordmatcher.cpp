#include "core/search/wordmatcher.h"

#include "core/search/compoundsplitter.h"
#include "core/search/dutchstemmer.h"
#include "core/search/searchquery.h"
#include "core/search/stopwords.h"
#include "core/search/tokenizedtext.h"

#include <QMap>

namespace heupwijzer::core::search {

namespace {

constexpr qsizetype kShortestCompound = 6;
constexpr qsizetype kShortestTailStart = 4;
constexpr qsizetype kShortestStart = 3;
constexpr int kMostConcepts = 64;

} // namespace

WordMatcher::WordMatcher(const SearchQuery &query, const CompoundSplitter &splitter, const DutchStemmer &stemmer,
                         const WordTable &wordTable)
    : m_splitter(splitter), m_words(wordTable)
{
    QMap<QString, Concepts> starts; // ordered, so the matcher does not depend on hash order
    for (qsizetype c = 0; c < std::min<qsizetype>(query.concepts.size(), kMostConcepts); ++c) {
        for (const SearchQuery::Alternative &alternative : query.concepts[c].alternatives) {
            const QStringList words = alternative.phrase.split(u' ', Qt::SkipEmptyParts);
            for (qsizetype i = 0; i < words.size(); ++i) {
                if (isStopWord(words[i]))
                    continue;
                const bool prefix = alternative.prefix && i == words.size() - 1;
                starts[prefix ? words[i] : stemmer.stem(words[i])] |= Concepts(1) << c;
            }
        }
    }
    for (auto it = starts.cbegin(); it != starts.cend(); ++it)
        m_starts.append({it.key(), it.value()});
}

WordMatcher::Concepts WordMatcher::match(int wordId) const
{
    if (wordId >= m_decided.size()) { // the table grows while a search tokenizes texts it had not seen
        m_decided.resize(m_words.size(), 0);
        m_isDecided.resize(m_words.size(), false);
    }
    if (!m_isDecided[wordId]) {
        m_decided[wordId] = decide(m_words.folded(wordId));
        m_isDecided[wordId] = true;
    }
    return m_decided[wordId];
}

WordMatcher::Concepts WordMatcher::startsWithQueryWord(QStringView foldedWord) const
{
    Concepts concepts = 0;
    for (const auto &[start, startConcepts] : m_starts) {
        if (foldedWord.startsWith(start) && (start.size() >= kShortestStart || foldedWord.size() == start.size()))
            concepts |= startConcepts;
    }
    return concepts;
}

WordMatcher::Concepts WordMatcher::decide(const QString &foldedWord) const
{
    Concepts concepts = startsWithQueryWord(foldedWord);
    if (foldedWord.size() < kShortestCompound)
        return concepts;
    // Splitting is the slow part; a word that contains no query word after its first letter cannot end in one.
    const bool containsAny = std::any_of(m_starts.cbegin(), m_starts.cend(), [&](const auto &entry) {
        return entry.first.size() >= kShortestTailStart && foldedWord.indexOf(entry.first, 1) > 0;
    });
    if (!containsAny)
        return concepts;
    for (const CompoundSplitter::Split &split : m_splitter.splits(QByteArrayView(foldedWord.toUtf8()))) {
        const QString tail = QString::fromUtf8(split.tail);
        if (tail.size() >= kShortestTailStart)
            concepts |= startsWithQueryWord(tail);
    }
    return concepts;
}

} // namespace heupwijzer::core::search
