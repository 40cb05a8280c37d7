#include "core/search/scoringplan.h"

#include "core/search/dutchstemmer.h"
#include "core/search/vocabulary.h"
#include "core/store/statement.h"

#include <algorithm>
#include <numeric>

namespace heupwijzer::core::search {

namespace {

// About how many rows a phrase matches, from the vocabulary's counts: a phrase is in no more rows than its rarest
// word; a prefix in about as many as the words it starts.
int estimatedRows(const SearchQuery::Phrase &phrase, const Vocabulary &vocabulary, const DutchStemmer &stemmer)
{
    int rows = vocabulary.rowCount();
    if (phrase.prefix) // a prefix phrase has one word (querybuilder.h)
        return std::max(vocabulary.prefixRows(phrase.text), 1);
    for (const QString &word : phrase.text.split(u' '))
        rows = std::min(rows, std::max(vocabulary.indexRows(word, stemmer), 1));
    return rows;
}

// Adds the rows that match expression, at most limit of them, in reading order.
Result<void> addRows(Statement &candidateRows, const QString &expression, const QString &region, int limit,
                     RankPlan &plan, int &added)
{
    if (expression.isEmpty() || limit <= 0)
        return {};
    candidateRows.reset();
    candidateRows.bind(1, expression).bind(2, limit);
    bindRegion(candidateRows, 3, region);
    for (;;) {
        auto stepped = candidateRows.step();
        if (!stepped)
            return Error{QStringLiteral("search: candidates: ") + stepped.error().message, stepped.error().code};
        if (!stepped.value())
            return {};
        const qint64 rowId = candidateRows.columnInt64(0);
        if (plan.candidates.isEmpty() || !plan.isCandidate(rowId)) { // not counted twice
            plan.addCandidate(rowId);
            ++added;
        }
    }
}

QString inColumns(const QString &columns, const QList<SearchQuery::Phrase> &phrases)
{
    return phrases.isEmpty() ? QString()
                             : u'{' + columns + QStringLiteral("} : (") + SearchQuery::matchExpression(phrases) + u')';
}

} // namespace

void bindRegion(Statement &statement, int index, const QString &region)
{
    if (region.isEmpty())
        statement.bindNull(index);
    else
        statement.bind(index, region);
}

Result<ScoringPlan> planScoring(const SearchQuery &query, const Vocabulary &vocabulary, const DutchStemmer &stemmer,
                                const SearchScope &scope, Statement &candidateRows)
{
    const QList<SearchQuery::Phrase> phrases = query.phrases();
    QList<int> estimates;
    for (const SearchQuery::Phrase &phrase : phrases)
        estimates.append(estimatedRows(phrase, vocabulary, stemmer));
    const qint64 expected = std::accumulate(estimates.cbegin(), estimates.cend(), qint64{0});
    if (std::min<qint64>(expected, scope.chapters) <= kMostScoredChapters)
        return ScoringPlan{SearchQuery::matchExpression(phrases), query.rankPlan(phrases)};

    // The rarest phrases, as many as fit in the cap together, find candidates anywhere; the others only where the
    // title or the headings name them.
    QList<qsizetype> order(phrases.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) { return estimates[a] < estimates[b]; });
    QList<SearchQuery::Phrase> rare;
    QList<SearchQuery::Phrase> common;
    QList<SearchQuery::Phrase> scored;
    // Counting a common word's rows in the index would read them all; the vocabulary's count is close enough for a
    // word whose idf is near 0 anyway. A rare phrase is counted exactly (-1).
    QList<qint64> knownRows;
    qint64 rareRows = 0;
    for (const qsizetype i : order) {
        const SearchQuery::Phrase &phrase = phrases[i];
        const bool isRare = rareRows + estimates[i] <= kMostScoredChapters;
        rareRows += isRare ? estimates[i] : 0;
        if (isRare)
            rare.append(phrase);
        else if (!phrase.prefix && !phrase.text.contains(u' '))
            common.append(phrase);
        else
            continue; // a costly phrase of common words: left out (see kMostScoredChapters)
        scored.append(phrase);
        knownRows.append(isRare ? -1 : estimates[i]);
    }
    ScoringPlan result{SearchQuery::matchExpression(scored), query.rankPlan(scored)};
    result.plan.knownRows = knownRows;
    int added = 0;
    for (const auto &expression : {SearchQuery::matchExpression(rare), inColumns(QStringLiteral("title"), common),
                                   inColumns(QStringLiteral("heading terms"), common)}) {
        if (auto done =
                addRows(candidateRows, expression, scope.region, kMostScoredChapters - added, result.plan, added);
            !done)
            return done.error();
    }
    if (result.plan.candidates.isEmpty())
        result.plan.addCandidate(0); // rowids start at 1: no row is a candidate
    return result;
}

} // namespace heupwijzer::core::search
