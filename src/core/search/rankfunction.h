#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QList>

namespace heupwijzer::core {
class Database;
}

namespace heupwijzer::core::search {

// SQL name of the ranking function: heupwijzer_rank(search_index, plan) in a query on search_index.
inline constexpr char kRankFunctionName[] = "heupwijzer_rank";

// The columns of search_index, in order, and how much a match in each counts (title > headings > glossary > body).
enum class IndexColumn { Title = 0, Heading = 1, Terms = 2, Body = 3 };
inline constexpr int kIndexColumnCount = 4;

// What the ranking function must know about a query. A query is a list of concepts (one per word the person
// typed); each FTS5 phrase of the MATCH expression, in order, stands for one or more concepts with a weight
// (1 for the word itself, less for a synonym, a correction or a compound part).
struct RankPlan {
    struct Meaning {
        int conceptIndex = 0;
        double weight = 1;
    };
    int conceptCount = 0;
    QList<QList<Meaning>> phrases;
    // Per phrase, how many rows it is known to match, or -1: counted in the index when the query starts (exact, but
    // a pass over the phrase's rows).
    QList<qint64> knownRows;
    // The rows worth scoring, one bit per rowid (bit 0 of byte 0 is rowid 0); empty: every row. The others score 0
    // without being read, which keeps a query that matches most of a very large index within a keystroke.
    QByteArray candidates;

    void addCandidate(qint64 rowId);
    bool isCandidate(qint64 rowId) const;

    QByteArray encode() const;
    static RankPlan decode(QByteArrayView encoded);
};

// A BM25F-like score per row: per phrase BM25 with column weights and per-column length normalisation; per concept
// the best of its phrases; summed over concepts, multiplied by the squared share of concepts the row covers (a
// row with both "lies" and "hoesten" beats one that only says "lies" often), and raised when the title alone
// covers every concept (an exact title match comes first). Higher is better.
Result<void> registerRankFunction(Database &db);

} // namespace heupwijzer::core::search
