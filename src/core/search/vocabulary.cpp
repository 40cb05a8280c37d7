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
    // It holds, at the place of each word, the word, its stem and the stems of its parts (dutchtokenizer.cpp): the
    // rows of an index token are at most the sum of the rows of the words that put it there.
    const DutchStemmer stemmer;
    for (const Word &entry : words) {
        QSet<QString> tokens{entry.word, entry.stem};
        for (const CompoundSplitter::Split &split : m_splitter->splits(QByteArrayView(entry.word.toUtf8()))) {
            const QString tail = QString::fromUtf8(stemmer.stem(QByteArrayView(split.tail)));
            m_stems.insert(tail);
            tokens.insert(tail);
            tokens.insert(QString::fromUtf8(stemmer.stem(QByteArrayView(split.head))));
        }
        for (const QString &token : tokens)
            m_tokenRows[token] = std::min(m_mostDocuments, m_tokenRows.value(token) + entry.documents);
    }
}

int Vocabulary::prefixRows(const QString &prefix) const
{
    qint64 rows = 0;
    for (auto it = std::lower_bound(m_sorted.cbegin(), m_sorted.cend(), prefix);
         it != m_sorted.cend() && it->startsWith(prefix) && rows < m_mostDocuments; ++it)
        rows += m_documents.value(*it);
    return static_cast<int>(std::min<qint64>(rows, m_mostDocuments));
}

int Vocabulary::indexRows(const QString &foldedWord, const DutchStemmer &stemmer) const
{
    return m_tokenRows.value(stemmer.stem(foldedWord), 0);
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

bool Vocabulary::hasMoreCompletionsThan(const QString &prefix, int count) const
{
    auto it = std::lower_bound(m_sorted.cbegin(), m_sorted.cend(), prefix);
    for (int seen = 0; it != m_sorted.cend() && it->startsWith(prefix); ++it) {
        if (++seen > count)
            return true;
    }
    return false;
}

QStringList Vocabulary::completions(const QString &prefix, int count) const
{
    QList<std::pair<int, QString>> found; // (-documents, word): the most used first, then alphabetical
    for (auto it = std::lower_bound(m_sorted.cbegin(), m_sorted.cend(), prefix);
         it != m_sorted.cend() && it->startsWith(prefix); ++it)
        found.append({-m_documents.value(*it), *it});
    const qsizetype kept = std::min<qsizetype>(found.size(), std::max(0, count));
    std::partial_sort(found.begin(), found.begin() + kept, found.end());
    QStringList words;
    for (qsizetype i = 0; i < kept; ++i)
        words.append(found[i].second);
    return words;
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
