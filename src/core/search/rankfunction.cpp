#include "core/search/rankfunction.h"

#include "core/search/fts5api.h"

#include <QVarLengthArray>

#include <sqlite3.h>

#include <array>
#include <cmath>
#include <limits>
#include <memory>

namespace heupwijzer::core::search {

namespace {

constexpr std::array<double, kIndexColumnCount> kColumnWeight = {8.0, 4.0, 3.0, 1.0};
// Within the usual 1.2–2.0: a chapter that keeps coming back to a word is more about it than one that mentions it
// once in passing (at 1.2 a common word in a heading outweighed a rare word said six times).
constexpr double kK1 = 1.6;
constexpr double kB = 0.5;
// The title covering every c multiplies the score by this plus the share of the title that matched, so a
// title that says exactly what was typed ("Knappende heup") beats a longer one that also contains the words.
constexpr double kTitleCoverageBoost = 2.0;
constexpr double kHeadingCoverageBoost = 1.3;
// A chapter where the typed words stand close together ("liespijn bij hoesten, niezen of persen") answers the
// question better than one that mentions them far apart: up to this much extra, for all concepts within a window
// of kProximityWindow words of one column.
constexpr double kProximityBoost = 1.0;
constexpr int kProximityWindow = 12;

// Computed once per query (FTS5 keeps it as auxiliary data between rows).
struct QueryStatistics {
    RankPlan plan;
    QList<double> idf;
    QList<double> conceptIdf; // per concept: the idf of the word itself (its broadest weight-1 phrase)
    std::array<double, kIndexColumnCount> averageColumnSize{};
};

int countRow(const Fts5ExtensionApi *, Fts5Context *, void *counter)
{
    ++*static_cast<qint64 *>(counter);
    return SQLITE_OK;
}

int computeStatistics(const Fts5ExtensionApi *api, Fts5Context *context, QByteArrayView encodedPlan,
                      QueryStatistics &statistics)
{
    statistics.plan = RankPlan::decode(encodedPlan);
    sqlite3_int64 rowCount = 0;
    int rc = api->xRowCount(context, &rowCount);
    for (int column = 0; rc == SQLITE_OK && column < kIndexColumnCount; ++column) {
        sqlite3_int64 total = 0;
        rc = api->xColumnTotalSize(context, column, &total);
        statistics.averageColumnSize[static_cast<size_t>(column)] =
            rowCount > 0 ? static_cast<double>(total) / static_cast<double>(rowCount) : 0;
    }
    const int phraseCount = api->xPhraseCount(context);
    statistics.plan.phrases.resize(phraseCount); // a plan that does not fit the expression scores those phrases 0
    for (int phrase = 0; rc == SQLITE_OK && phrase < phraseCount; ++phrase) {
        qint64 containing = statistics.plan.knownRows.value(phrase, -1);
        if (containing < 0) {
            containing = 0;
            rc = api->xQueryPhrase(context, phrase, &containing, &countRow);
        }
        const double n = static_cast<double>(containing);
        // Lucene's form of the BM25 weight: never negative, so a word in most chapters still counts a little.
        statistics.idf.append(std::log1p((static_cast<double>(rowCount) - n + 0.5) / (n + 0.5)));
    }
    // A synonym or another form of a typed word is no rarer in meaning than the word: "pijn in de lies" is in few
    // chapters as a phrase, but means liespijn, which many chapters have. Its idf is capped at the word's.
    statistics.conceptIdf.fill(std::numeric_limits<double>::infinity(), statistics.plan.conceptCount);
    for (int phrase = 0; rc == SQLITE_OK && phrase < phraseCount; ++phrase) {
        for (const RankPlan::Meaning &meaning : statistics.plan.phrases[phrase]) {
            if (meaning.weight >= 1 && meaning.conceptIndex >= 0 && meaning.conceptIndex < statistics.plan.conceptCount)
                statistics.conceptIdf[meaning.conceptIndex] =
                    std::min(statistics.conceptIdf[meaning.conceptIndex], statistics.idf[phrase]);
        }
    }
    return rc;
}

struct Instance {
    int phrase = 0;
    int column = 0;
    int offset = 0;
};

struct RowMatch {
    QVarLengthArray<std::array<int, kIndexColumnCount>, 16> frequency; // per phrase, per column
    std::array<double, kIndexColumnCount> columnSize{};
    QVarLengthArray<Instance, 64> instances; // in column and position order, as FTS5 reports them
};

int readRow(const Fts5ExtensionApi *api, Fts5Context *context, int phraseCount, RowMatch &row)
{
    row.frequency.resize(phraseCount);
    for (auto &perColumn : row.frequency)
        perColumn.fill(0);
    int instances = 0;
    int rc = api->xInstCount(context, &instances);
    for (int i = 0; rc == SQLITE_OK && i < instances; ++i) {
        int phrase = 0;
        int column = 0;
        int offset = 0;
        rc = api->xInst(context, i, &phrase, &column, &offset);
        if (rc == SQLITE_OK && phrase < phraseCount && column < kIndexColumnCount) {
            ++row.frequency[phrase][static_cast<size_t>(column)];
            row.instances.append({phrase, column, offset});
        }
    }
    for (int column = 0; rc == SQLITE_OK && column < kIndexColumnCount; ++column) {
        int size = 0;
        rc = api->xColumnSize(context, column, &size);
        row.columnSize[static_cast<size_t>(column)] = size;
    }
    return rc;
}

double phraseScore(const QueryStatistics &statistics, const RowMatch &row, int phrase)
{
    double weightedFrequency = 0;
    for (size_t column = 0; column < kIndexColumnCount; ++column) {
        const int frequency = row.frequency[phrase][column];
        if (frequency == 0)
            continue;
        const double average = statistics.averageColumnSize[column];
        const double lengthRatio = average > 0 ? row.columnSize[column] / average : 1;
        weightedFrequency += kColumnWeight[column] * frequency / (1 - kB + kB * lengthRatio);
    }
    return statistics.idf[phrase] * weightedFrequency * (kK1 + 1) / (weightedFrequency + kK1);
}

// The most concepts that occur together within kProximityWindow words of one column.
int closestConcepts(const QueryStatistics &statistics, const RowMatch &row)
{
    const int conceptCount = statistics.plan.conceptCount;
    QVarLengthArray<int, 16> inWindow(conceptCount, 0);
    int distinct = 0;
    int best = 0;
    qsizetype first = 0;
    const auto each = [&](const Instance &instance, int delta) {
        for (const RankPlan::Meaning &meaning : statistics.plan.phrases[instance.phrase]) {
            if (meaning.conceptIndex < 0 || meaning.conceptIndex >= conceptCount)
                continue;
            int &count = inWindow[meaning.conceptIndex];
            distinct += (delta > 0 && count == 0) ? 1 : (delta < 0 && count == 1) ? -1 : 0;
            count += delta;
        }
    };
    for (qsizetype last = 0; last < row.instances.size(); ++last) {
        const Instance &added = row.instances[last];
        while (row.instances[first].column != added.column ||
               added.offset - row.instances[first].offset >= kProximityWindow)
            each(row.instances[first++], -1);
        each(added, +1);
        best = std::max(best, distinct);
    }
    return best;
}

double rowScore(const QueryStatistics &statistics, const RowMatch &row)
{
    const int conceptCount = statistics.plan.conceptCount;
    QVarLengthArray<double, 16> conceptScore(conceptCount, 0.0);
    QVarLengthArray<bool, 16> inTitle(conceptCount, false);
    QVarLengthArray<bool, 16> inHeading(conceptCount, false);
    int titleInstances = 0;
    for (int phrase = 0; phrase < row.frequency.size(); ++phrase) {
        const double score = phraseScore(statistics, row, phrase);
        if (score <= 0)
            continue;
        const int titleFrequency = row.frequency[phrase][static_cast<size_t>(IndexColumn::Title)];
        titleInstances += titleFrequency;
        for (const RankPlan::Meaning &meaning : statistics.plan.phrases[phrase]) {
            if (meaning.conceptIndex < 0 || meaning.conceptIndex >= conceptCount)
                continue;
            const double idfCap =
                std::min(1.0, statistics.conceptIdf[meaning.conceptIndex] / std::max(statistics.idf[phrase], 1e-9));
            conceptScore[meaning.conceptIndex] =
                std::max(conceptScore[meaning.conceptIndex], meaning.weight * score * idfCap);
            inTitle[meaning.conceptIndex] = inTitle[meaning.conceptIndex] || titleFrequency > 0;
            inHeading[meaning.conceptIndex] =
                inHeading[meaning.conceptIndex] || row.frequency[phrase][static_cast<size_t>(IndexColumn::Heading)] > 0;
        }
    }
    double total = 0;
    int covered = 0;
    bool titleCoversAll = conceptCount > 0;
    bool headingsCoverAll = conceptCount > 0;
    for (int c = 0; c < conceptCount; ++c) {
        total += conceptScore[c];
        covered += conceptScore[c] > 0 ? 1 : 0;
        titleCoversAll = titleCoversAll && inTitle[c];
        headingsCoverAll = headingsCoverAll && (inTitle[c] || inHeading[c]);
    }
    if (conceptCount == 0)
        return 0;
    const double coverage = static_cast<double>(covered) / conceptCount;
    total *= coverage * coverage;
    if (conceptCount > 1)
        total *= 1 + kProximityBoost * (closestConcepts(statistics, row) - 1) / (conceptCount - 1);
    const double titleSize = row.columnSize[static_cast<size_t>(IndexColumn::Title)];
    if (titleCoversAll && titleSize > 0)
        total *= kTitleCoverageBoost + std::min(1.0, titleInstances / titleSize);
    else if (headingsCoverAll)
        total *= kHeadingCoverageBoost;
    return total;
}

void deleteStatistics(void *statistics)
{
    delete static_cast<QueryStatistics *>(statistics); // NOLINT(cppcoreguidelines-owning-memory): FTS5's ownership
}

void rankFunction(const Fts5ExtensionApi *api, Fts5Context *context, sqlite3_context *result, int argumentCount,
                  sqlite3_value **arguments)
{
    auto *statistics = static_cast<QueryStatistics *>(api->xGetAuxdata(context, 0));
    if (statistics == nullptr) {
        auto fresh = std::make_unique<QueryStatistics>();
        const auto *plan = argumentCount > 0 ? sqlite3_value_text(arguments[0]) : nullptr;
        const QByteArrayView encoded(reinterpret_cast<const char *>(plan),
                                     plan ? sqlite3_value_bytes(arguments[0]) : 0);
        int rc = computeStatistics(api, context, encoded, *fresh);
        if (rc == SQLITE_OK)
            rc = api->xSetAuxdata(context, fresh.get(), &deleteStatistics);
        if (rc != SQLITE_OK) {
            sqlite3_result_error_code(result, rc);
            return;
        }
        statistics = fresh.release(); // owned by FTS5 from here on
    }
    if (!statistics->plan.isCandidate(api->xRowid(context))) {
        sqlite3_result_double(result, 0);
        return;
    }
    RowMatch row;
    const int rc = readRow(api, context, static_cast<int>(statistics->plan.phrases.size()), row);
    if (rc != SQLITE_OK) {
        sqlite3_result_error_code(result, rc);
        return;
    }
    sqlite3_result_double(result, rowScore(*statistics, row));
}

} // namespace

void RankPlan::addCandidate(qint64 rowId)
{
    if (rowId < 0)
        return;
    const auto byte = static_cast<qsizetype>(rowId / 8);
    if (candidates.size() <= byte)
        candidates.append(byte + 1 - candidates.size(), '\0');
    candidates[byte] = static_cast<char>(static_cast<unsigned char>(candidates[byte]) | (1U << (rowId % 8)));
}

bool RankPlan::isCandidate(qint64 rowId) const
{
    if (candidates.isEmpty())
        return true;
    const auto byte = static_cast<qsizetype>(rowId / 8);
    return rowId >= 0 && byte < candidates.size() &&
           (static_cast<unsigned char>(candidates[byte]) & (1U << (rowId % 8))) != 0;
}

QByteArray RankPlan::encode() const
{
    // "concepts;c:w,c:w;rows=c:w|candidates" — one group per phrase (with its known row count, when known), then the
    // candidate bits in hex when there are any.
    // Plain text, because it travels as an SQL parameter.
    QByteArray encoded = QByteArray::number(conceptCount);
    for (qsizetype p = 0; p < phrases.size(); ++p) {
        const QList<Meaning> &meanings = phrases[p];
        encoded += ';';
        if (knownRows.value(p, -1) >= 0)
            encoded += QByteArray::number(knownRows[p]) + '=';
        for (qsizetype i = 0; i < meanings.size(); ++i) {
            if (i > 0)
                encoded += ',';
            encoded +=
                QByteArray::number(meanings[i].conceptIndex) + ':' + QByteArray::number(meanings[i].weight, 'g', 4);
        }
    }
    if (!candidates.isEmpty())
        encoded += '|' + candidates.toHex();
    return encoded;
}

RankPlan RankPlan::decode(QByteArrayView encoded)
{
    RankPlan plan;
    const qsizetype bar = encoded.indexOf('|');
    const QList<QByteArray> groups = encoded.first(bar >= 0 ? bar : encoded.size()).toByteArray().split(';');
    plan.conceptCount = std::max(0, groups.value(0).toInt());
    for (qsizetype g = 1; g < groups.size(); ++g) {
        QList<Meaning> meanings;
        const qsizetype equals = groups[g].indexOf('=');
        plan.knownRows.append(equals > 0 ? groups[g].left(equals).toLongLong() : -1);
        for (const QByteArray &pair : groups[g].sliced(equals + 1).split(',')) {
            const qsizetype colon = pair.indexOf(':');
            if (colon > 0)
                meanings.append({pair.left(colon).toInt(), pair.mid(colon + 1).toDouble()});
        }
        plan.phrases.append(meanings);
    }
    if (bar >= 0)
        plan.candidates = QByteArray::fromHex(encoded.sliced(bar + 1).toByteArray());
    return plan;
}

Result<void> registerRankFunction(Database &db)
{
    auto api = fts5Api(db);
    if (!api)
        return api.error();
    const int rc = api.value()->xCreateFunction(api.value(), kRankFunctionName, nullptr, &rankFunction, nullptr);
    if (rc != SQLITE_OK)
        return Error{QStringLiteral("cannot register the search ranking function"), rc};
    return {};
}

} // namespace heupwijzer::core::search
