// Search benchmark: quality (recall@3, MRR) on the real texts, and latency per keystroke for the real content and a
// synthetic corpus, next to a plain FTS5 MATCH on the same index (the floor). Not a test: it prints numbers.
//   search_bench [--chapters N] [--no-synthetic] [--quality-only] [--no-compounds] [--repeat QUERY]
#include "../core/search/searchquality.h"
#include "syntheticcorpus.h"

#include "core/search/indexbuilder.h"
#include "core/search/searchengine.h"
#include "core/search/textfold.h"
#include "core/store/database.h"
#include "core/store/statement.h"

#include <sqlite3.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <cstring>

using namespace heupwijzer;

namespace {

QTextStream out(stdout);

struct Timings {
    QList<double> engine; // milliseconds per keystroke
    QList<double> floor;
    QList<std::pair<double, QString>> slowest; // the engine's slowest keystrokes, for whoever tunes it
};

double percentile(QList<double> values, double share)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = static_cast<qsizetype>(std::ceil(share * static_cast<double>(values.size()))) - 1;
    return values[std::clamp<qsizetype>(index, 0, values.size() - 1)];
}

// What a plain search field would send: every typed word quoted, the last one as a prefix, all required.
QString plainExpression(const QString &typed)
{
    QStringList words;
    for (const core::search::WordSpan &span : core::search::wordSpans(typed))
        words.append(u'"' + typed.mid(span.start, span.length) + u'"');
    if (!words.isEmpty() && !typed.back().isSpace())
        words.last() += u'*';
    return words.join(u' ');
}

double timeFloor(core::Database &db, const QString &typed)
{
    const QString expression = plainExpression(typed);
    if (expression.isEmpty())
        return -1;
    QElapsedTimer timer;
    timer.start();
    core::Statement query(db, u"SELECT rowid FROM search_index WHERE search_index MATCH ?1 ORDER BY rank LIMIT 20");
    query.bind(1, expression);
    for (auto stepped = query.step(); stepped && stepped.value(); stepped = query.step()) {
    }
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

// The machine a benchmark runs on may be busy with other work (a build, a second benchmark): each keystroke counts
// its fastest of kPasses passes over the whole set, each pass with a fresh engine typing every query from the first
// letter, as a person would. A preempted keystroke then shows as the work it is, not as the neighbours' work.
constexpr int kPasses = 3;

core::Result<QList<double>> timeEnginePass(core::Database &db, const QList<tests::EvalQuery> &queries)
{
    core::search::SearchEngine engine(db);
    core::search::SearchOptions options;
    options.asYouType = true;
    if (auto warm = engine.search(u"heup", options); !warm) // loads the vocabulary: start-up, not a keystroke
        return warm.error();
    QList<double> milliseconds;
    for (const tests::EvalQuery &query : queries) {
        for (qsizetype length = 1; length <= query.text.size(); ++length) {
            QElapsedTimer timer;
            timer.start();
            auto results = engine.search(query.text.left(length), options);
            if (!results)
                return results.error();
            milliseconds.append(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        }
    }
    return milliseconds;
}

core::Result<Timings> timeKeystrokes(core::Database &db, const QList<tests::EvalQuery> &queries)
{
    QList<double> fastest;
    QList<double> floorFastest;
    for (int pass = 0; pass < kPasses; ++pass) {
        auto engine = timeEnginePass(db, queries);
        if (!engine)
            return engine.error();
        QList<double> floor;
        for (const tests::EvalQuery &query : queries) {
            for (qsizetype length = 1; length <= query.text.size(); ++length) {
                if (const double time = timeFloor(db, query.text.left(length)); time >= 0)
                    floor.append(time);
            }
        }
        fastest = pass == 0 ? engine.value() : fastest;
        floorFastest = pass == 0 ? floor : floorFastest;
        for (qsizetype i = 0; i < fastest.size(); ++i)
            fastest[i] = std::min(fastest[i], engine.value()[i]);
        for (qsizetype i = 0; i < floorFastest.size(); ++i)
            floorFastest[i] = std::min(floorFastest[i], floor[i]);
    }
    Timings timings{fastest, floorFastest, {}};
    qsizetype keystroke = 0;
    for (const tests::EvalQuery &query : queries) {
        for (qsizetype length = 1; length <= query.text.size(); ++length)
            timings.slowest.append({fastest[keystroke++], query.text.left(length)});
    }
    return timings;
}

// The goals of the search issue: p99 per keystroke ≤ 5 ms on the real content and ≤ 30 ms on 10,000 chapters, at
// most 3 times the plain FTS5 MATCH.
constexpr double kRealGoalMs = 5;
constexpr double kTenThousandGoalMs = 30;
constexpr int kGoalChapters = 10000;
constexpr double kFloorRatioGoal = 3;

// Prints the figures; false when a goal (goalMs > 0) was missed.
bool printTimings(const QString &corpus, const Timings &timings, double goalMs)
{
    const double engine50 = percentile(timings.engine, 0.5);
    const double engine99 = percentile(timings.engine, 0.99);
    const double floor50 = percentile(timings.floor, 0.5);
    const double floor99 = percentile(timings.floor, 0.99);
    out << corpus << ": " << timings.engine.size() << " keystrokes (each the fastest of " << kPasses << " passes)\n"
        << QStringLiteral("  engine      p50 %1 ms   p99 %2 ms\n").arg(engine50, 0, 'f', 3).arg(engine99, 0, 'f', 3)
        << QStringLiteral("  plain FTS5  p50 %1 ms   p99 %2 ms\n").arg(floor50, 0, 'f', 3).arg(floor99, 0, 'f', 3)
        << QStringLiteral("  ratio       p50 %1      p99 %2\n")
               .arg(floor50 > 0 ? engine50 / floor50 : 0, 0, 'f', 2)
               .arg(floor99 > 0 ? engine99 / floor99 : 0, 0, 'f', 2)
        << "  slowest keystrokes:";
    QList<std::pair<double, QString>> slowest = timings.slowest;
    std::sort(slowest.begin(), slowest.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    for (qsizetype i = 0; i < std::min<qsizetype>(5, slowest.size()); ++i)
        out << QStringLiteral(" \"%1\" %2 ms").arg(slowest[i].second).arg(slowest[i].first, 0, 'f', 1);
    out << '\n';
    const bool met = goalMs <= 0 || (engine99 <= goalMs && (floor99 <= 0 || engine99 / floor99 <= kFloorRatioGoal));
    if (goalMs > 0)
        out << QStringLiteral("  goal p99 <= %1 ms and ratio <= %2: %3\n")
                   .arg(goalMs)
                   .arg(kFloorRatioGoal)
                   .arg(met ? QStringLiteral("met") : QStringLiteral("MISSED"));
    out.flush();
    return met;
}

int fail(const QString &what, const core::Error &error)
{
    QTextStream(stderr) << what << ": " << error.message << '\n';
    return 1;
}

// --repeat QUERY: one keystroke state many times, to look at under a profiler.
int repeat(core::search::SearchEngine &engine, const QString &typed)
{
    constexpr int kTimes = 300;
    if (auto warm = engine.search(typed); !warm)
        return fail(QStringLiteral("search"), warm.error());
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < kTimes; ++i) {
        if (auto results = engine.search(typed); !results)
            return fail(QStringLiteral("search"), results.error());
    }
    out << typed << ": " << static_cast<double>(timer.nsecsElapsed()) / kTimes / 1e6 << " ms per search\n";
    return 0;
}

// --no-compounds: the real content re-indexed without compound splitting, to measure what splitting brings.
core::Result<std::unique_ptr<core::Database>> withoutCompoundSplitting(const QByteArray &image)
{
    auto opened = core::Database::openInMemory();
    if (!opened)
        return opened.error();
    auto *copy = static_cast<unsigned char *>(sqlite3_malloc64(static_cast<sqlite3_uint64>(image.size())));
    if (copy == nullptr)
        return core::Error{QStringLiteral("out of memory")};
    std::memcpy(copy, image.constData(), static_cast<size_t>(image.size()));
    const int rc = sqlite3_deserialize(opened.value()->handle(), "main", copy, image.size(), image.size(),
                                       SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE);
    if (rc != SQLITE_OK)
        return core::Error{QStringLiteral("cannot copy the content image"), rc};
    core::search::IndexOptions options;
    options.splitCompounds = false;
    if (auto built = core::search::buildIndex(*opened.value(), options); !built)
        return built.error();
    return opened;
}

// Quality and keystroke latency on the real texts.
int measureReal(core::Database &db, core::search::SearchEngine &engine, const QList<tests::EvalQuery> &queries)
{
    auto quality = tests::measureQuality(engine, queries);
    if (!quality)
        return fail(QStringLiteral("quality"), quality.error());
    out << "quality on the real content, " << queries.size() << " queries\n"
        << QStringLiteral("  recall@3 %1   MRR %2   chapter recall@3 %3\n")
               .arg(quality->recallAt3, 0, 'f', 3)
               .arg(quality->meanReciprocalRank, 0, 'f', 3)
               .arg(quality->chapterRecallAt3, 0, 'f', 3)
        << tests::describeMisses(quality.value());
    out.flush();
    if (QCoreApplication::arguments().contains(QStringLiteral("--quality-only")))
        return 0;
    auto timings = timeKeystrokes(db, queries);
    if (!timings)
        return fail(QStringLiteral("real latency"), timings.error());
    return printTimings(QStringLiteral("real content"), timings.value(), kRealGoalMs) ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    const qsizetype chaptersAt = arguments.indexOf(QStringLiteral("--chapters"));
    bench::SyntheticCorpusOptions synthetic;
    if (chaptersAt > 0 && chaptersAt + 1 < arguments.size())
        synthetic.chapters = std::max(1, arguments[chaptersAt + 1].toInt());

    auto queries = tests::loadEvalSet(QStringLiteral(HEUPWIJZER_TEST_DATA "/search-eval.tsv"));
    if (!queries)
        return fail(QStringLiteral("eval set"), queries.error());
    auto image = tests::compileContentImage(QStringLiteral(HEUPWIJZER_CONTENT_DIR));
    if (!image)
        return fail(QStringLiteral("content"), image.error());
    auto real = arguments.contains(QStringLiteral("--no-compounds")) ? withoutCompoundSplitting(image.value())
                                                                     : core::Database::openImage(image.value());
    if (!real)
        return fail(QStringLiteral("content image"), real.error());
    core::search::SearchEngine engine(*real.value());
    const qsizetype repeatAt = arguments.indexOf(QStringLiteral("--repeat"));
    if (repeatAt > 0 && chaptersAt < 0)
        return repeat(engine, arguments.value(repeatAt + 1));

    int missed = 0; // every figure is printed before a missed goal fails the run
    if (repeatAt < 0) {
        missed = measureReal(*real.value(), engine, queries.value());
        if (arguments.contains(QStringLiteral("--no-synthetic")) ||
            arguments.contains(QStringLiteral("--quality-only")))
            return missed;
    }

    QElapsedTimer buildTimer;
    buildTimer.start();
    auto corpus = bench::makeSyntheticCorpus(*real.value(), synthetic);
    if (!corpus)
        return fail(QStringLiteral("synthetic corpus"), corpus.error());
    out << "synthetic corpus of " << synthetic.chapters << " chapters built in " << buildTimer.elapsed() << " ms\n";
    if (repeatAt > 0) {
        core::search::SearchEngine syntheticEngine(*corpus.value());
        return repeat(syntheticEngine, arguments.value(repeatAt + 1));
    }
    auto syntheticTimings = timeKeystrokes(*corpus.value(), queries.value());
    if (!syntheticTimings)
        return fail(QStringLiteral("synthetic latency"), syntheticTimings.error());
    const double goal = synthetic.chapters == kGoalChapters ? kTenThousandGoalMs : 0;
    if (!printTimings(QStringLiteral("synthetic %1 chapters").arg(synthetic.chapters), syntheticTimings.value(), goal))
        missed = 1;
    return missed;
}
