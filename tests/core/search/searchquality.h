#pragma once

// Search quality on the real texts: the patient queries of tests/data/search-eval.tsv, recall@3 and MRR.
// Shared by the quality test (tests/core/search/searchquality_test.cpp) and the benchmark (tests/bench).

#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace heupwijzer::core::search {
class SearchEngine;
}

namespace heupwijzer::tests {

struct EvalQuery {
    QString text;
    QStringList answers; // chapter ids that answer the query
    QString kind;        // factbase, typo, lay, compound, question
};

struct EvalOutcome {
    EvalQuery query;
    QStringList ranked;      // chapter ids, best first (the first 10)
    int firstAnswerRank = 0; // 1-based; 0 when no answer is among the hits
};

struct QualityReport {
    QList<EvalOutcome> outcomes;
    // Share of queries with an answering chapter among the first 3 hits: what a patient sees without scrolling.
    double recallAt3 = 0;
    // Mean over queries of 1 / rank of the first answering chapter (0 when none is found).
    double meanReciprocalRank = 0;
    // Share of all answering chapters (at most 3 per query) found in the first 3: the stricter, per-chapter view.
    double chapterRecallAt3 = 0;
};

core::Result<QList<EvalQuery>> loadEvalSet(const QString &path);

// Every query as typed in full (not while typing: the person pressed Enter).
core::Result<QualityReport> measureQuality(core::search::SearchEngine &engine, const QList<EvalQuery> &queries);

// The real content/ folder compiled into a database image, as the build does. Error when it does not compile.
core::Result<QByteArray> compileContentImage(const QString &contentDir);

// One line per query that missed the first 3, for the log of a failing test or the benchmark.
QString describeMisses(const QualityReport &report);

} // namespace heupwijzer::tests
