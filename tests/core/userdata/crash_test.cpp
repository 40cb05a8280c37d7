#include "core/store/database.h"
#include "core/userdata/corruptcopies.h"
#include "core/userdata/userstore.h"

#include "userdatatesting.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

using namespace heupwijzer::core;
using namespace userdatatesting;

namespace {

// Starts the writer helper, kills it with SIGKILL at a random moment and returns what it printed: one
// "<id> <anchor>" line per committed bookmark. `whileOpening` kills it while it starts and opens (and perhaps
// recovers) the file; otherwise it dies after its first commit, in the middle of a stream of write transactions.
QByteArray runAndKill(const QString &path, bool whileOpening, QRandomGenerator &random)
{
    QDeadlineTimer deadline(random.bounded(0, 40));
    QProcess writer;
    writer.start(QStringLiteral(HEUPWIJZER_USERDATA_WRITER), {path});
    REQUIRE(writer.waitForStarted(5000));
    if (!whileOpening) {
        while (writer.bytesAvailable() == 0 && writer.waitForReadyRead(10'000))
            continue;
        deadline = QDeadlineTimer(random.bounded(0, 60)); // counted from the first commit
    }
    while (!deadline.hasExpired() && writer.state() == QProcess::Running)
        writer.waitForReadyRead(static_cast<int>(deadline.remainingTime()));
    INFO("writer stopped by itself: " << writer.readAllStandardError().toStdString());
    REQUIRE(writer.state() == QProcess::Running);
    writer.kill(); // SIGKILL: no destructor, no atexit, no flush — as when the power button is held
    REQUIRE(writer.waitForFinished(5000));
    CHECK(writer.exitStatus() == QProcess::CrashExit);
    return writer.readAllStandardOutput();
}

// Only whole lines count: a line is printed in one write after its commit.
void collectCommitted(const QByteArray &output, QHash<qint64, QString> &committed)
{
    for (const QByteArray &line : output.split('\n')) {
        const QList<QByteArray> fields = line.split(' ');
        if (fields.size() == 2)
            committed.insert(fields[0].toLongLong(), QString::fromUtf8(fields[1]));
    }
}

QHash<qint64, QString> bookmarksOnDisk(Database &db)
{
    QHash<qint64, QString> found;
    Statement select(db, u"SELECT id, anchor FROM bookmarks");
    for (auto row = select.step(); row.ok() && row.value(); row = select.step())
        found.insert(select.columnInt64(0), select.columnText(1));
    return found;
}

} // namespace

TEST_CASE("Killing the reader at any moment never damages user.db or loses a saved bookmark", "[userdata]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("user.db"));
    const quint32 seed = QRandomGenerator::global()->generate();
    INFO("random seed " << seed);
    QRandomGenerator random(seed);

    constexpr int kRuns = 25;
    int runsAfterCommits = 0;
    int runsWithCommits = 0;
    QHash<qint64, QString> committed;
    for (int run = 0; run < kRuns; ++run) {
        const bool whileOpening = run % 4 == 0;
        runsAfterCommits += whileOpening ? 0 : 1;
        const qsizetype before = committed.size();
        collectCommitted(runAndKill(path, whileOpening, random), committed);
        if (committed.size() > before)
            ++runsWithCommits;
    }
    INFO(committed.size() << " bookmarks committed in " << runsWithCommits << " of " << kRuns << " runs");
    CHECK(runsWithCommits >= runsAfterCommits);

    auto opened = Database::open(path, Database::Mode::ReadWrite);
    REQUIRE(opened.ok());
    CHECK(firstValue(*opened.value(), u"PRAGMA integrity_check") == QStringLiteral("ok"));
    const QHash<qint64, QString> onDisk = bookmarksOnDisk(*opened.value());
    int missing = 0;
    for (auto it = committed.cbegin(); it != committed.cend(); ++it) {
        if (onDisk.value(it.key()) != it.value())
            ++missing;
    }
    CHECK(missing == 0);
    CHECK(onDisk.size() >= committed.size());
    CHECK(corruptcopies::list(path).isEmpty());
}
