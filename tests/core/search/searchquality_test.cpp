#include "common/catch_qt.h"
#include "searchquality.h"

#include "core/search/searchengine.h"
#include "core/store/database.h"

using namespace heupwijzer;

// The patient queries of tests/data/search-eval.tsv on the real texts of content/, compiled as the build does and
// opened as the app opens them (a read-only image). Recall@3: an answering chapter among the first 3 hits.
TEST_CASE("Patients' own words find the chapter that answers them", "[search]")
{
    auto queries = tests::loadEvalSet(QStringLiteral(HEUPWIJZER_TEST_DATA "/search-eval.tsv"));
    REQUIRE(queries.ok());
    REQUIRE(queries->size() >= 60);

    auto image = tests::compileContentImage(QStringLiteral(HEUPWIJZER_CONTENT_DIR));
    if (!image) {
        WARN("search quality NOT measured, the content database is not available: "
             << image.error().message.toStdString());
        return;
    }
    auto db = core::Database::openImage(image.value());
    REQUIRE(db.ok());
    core::search::SearchEngine engine(*db.value());
    auto report = tests::measureQuality(engine, queries.value());
    REQUIRE(report.ok());

    INFO("recall@3 " << report->recallAt3 << ", MRR " << report->meanReciprocalRank << ", chapter recall@3 "
                     << report->chapterRecallAt3 << "\nmissed:\n"
                     << tests::describeMisses(report.value()).toStdString());
    CHECK(report->recallAt3 >= 0.95);
    CHECK(report->meanReciprocalRank >= 0.85);
}
