#include "core/search/vocabulary.h"

#include "core/search/dutchstemmer.h"
#include "core/search/editdistance.h"
#include "core/search/stopwords.h"
#include "core/store/database.h"
#include "core/store/statement.h"

#include <algorithm>

namespace heupwijzer::core::search {

namespace {

// Shorter words have too many neighbours: "bil" is one slip away from "bij", "bal", "bol"…
constexpr int kShortestCorrectedWord = 4;
constexpr int kLongestCorrectedWord = 40;
constexpr double kCommonShare = 0.4;

int allowedEdits(qsizetype length)
{
    return length >= 8 ? 2 : 1;
}

} // namespace

Vocabulary::Vocabulary(const QList<Word> &words)
{
    QStringList plain;
    plain.reserve(words.size());
    for (const Word &entry : words) {
        m_documents.insert(entry.word, entry.documents);
        m_mostDocuments = std::max(m_mostDocuments, entry.documents);
        m_stems.insert(entry.stem);
        if (!isStopWord(entry.word)) // "bij" is never what someone meant by "bil"
            m_byLength[static_cast<int>(entry.word.size())].append(entry.word);
        plain.append(entry.word);
    }
    m_sorted = plain;
    std::sort(m_sorted.begin(), m_sorted.end());
    m_splitter = std::make_unique<CompoundSplitter>(compoundDictionary(plain));
    // The index also holds the second parts of compounds (heupbuigers → buiger): a typed "buigers" is known.
    const DutchStemmer stemmer;
    for (const Word &entry : words) {
        for (const CompoundSplitter::Split &split : m_splitter->splits(QByteArrayView(entry.word.toUtf8())))
            m_stems.insert(QString::fromUtf8(stemmer.stem(QByteArrayView(split.tail))));
    }
}

Result<std::unique_ptr<Vocabulary>> Vocabulary::load(Database &contentDb)
{
    Statement query(contentDb, u"SELECT word, stem, documents FROM search_vocabulary");
    QList<Word> words;
    for (;;) {
        auto stepped = query.step();
        if (!stepped)
            return Error{QStringLiteral("search vocabulary: ") + stepped.error().message, stepped.error().code};
        if (!stepped.value())
            break;
        words.append({query.columnText(0), query.columnText(1), query.columnInt(2)});
    }
    return std::make_unique<Vocabulary>(words);
}

QSet<QByteArray> Vocabulary::compoundDictionary(const QStringList &words)
{
    QSet<QByteArray> dictionary;
    for (const QString &word : words) {
        // "onder" and "voor" start real compounds (onderrug, voorkant); "hoe" and "aan" mostly do not (hoesten).
        const bool threeLetters = word.size() == CompoundSplitter::kMinimumPart;
        if (word.size() > CompoundSplitter::kMinimumPart || (threeLetters && !isStopWord(word)))
            dictionary.insert(word.toUtf8());
    }
    return dictionary;
}

bool Vocabulary::hasWordStartingWith(const QString &prefix) const
{
    const auto it = std::lower_bound(m_sorted.cbegin(), m_sorted.cend(), prefix);
    return it != m_sorted.cend() && it->startsWith(prefix);
}

bool Vocabulary::isCommon(const QString &word) const
{
    return documents(word) > kCommonShare * m_mostDocuments;
}

QString Vocabulary::closestWord(const QString &word) const
{
    if (word.size() < kShortestCorrectedWord || word.size() > kLongestCorrectedWord)
        return {};
    const int limit = allowedEdits(word.size());
    QString best;
    int bestDistance = limit + 1;
    int bestDocuments = -1;
    for (qsizetype length = word.size() - limit; length <= word.size() + limit; ++length) {
        for (const QString &candidate : m_byLength.value(static_cast<int>(length))) {
            const int distance = editDistance(word, candidate, limit);
            const int used = m_documents.value(candidate);
            // Fewer edits first; then the word the texts use most; then alphabetical, so the answer is stable.
            if (distance < bestDistance || (distance == bestDistance && used > bestDocuments) ||
                (distance == bestDistance && used == bestDocuments && candidate < best)) {
                best = candidate;
                bestDistance = distance;
                bestDocuments = used;
            }
        }
    }
    return bestDistance <= limit ? best : QString();
}

} // namespace heupwijzer::core::search
