#include "core/store/database.h"
#include "core/userdata/corruptcopies.h"
#include "core/userdata/userstore.h"

#include "userdatatesting.h"

#include <QTemporaryDir>

using namespace heupwijzer::core;
using namespace userdatatesting;

namespace {

// The name the copy must get from FakeClock's 21 November 2026, 09:30:15.
const QString kCopySuffix = QStringLiteral(".corrupt-20261121-093015");

QByteArray garbage()
{
    QByteArray bytes;
    for (int i = 0; bytes.size() < 10'000; ++i)
        bytes += "Dit is geen database " + QByteArray::number(i * 7919 % 104729) + '\n';
    return bytes;
}

// A real user.db with one bookmark, closed cleanly (so its WAL has been folded into the file).
QByteArray userDatabaseWithBookmark(const QString &path, FakeClock &clock)
{
    auto store = openStore(path, clock);
    REQUIRE(store->addBookmark(QStringLiteral("heup"), {}, QStringLiteral("belangrijk")).ok());
    store.reset();
    REQUIRE_FALSE(QFile::exists(path + QStringLiteral("-wal")));
    return fileBytes(path);
}

void writeForeignDatabase(const QString &path, int applicationId)
{
    auto opened = Database::open(path, Database::Mode::ReadWriteCreate);
    REQUIRE(opened.ok());
    REQUIRE(opened.value()->execute(QStringLiteral("PRAGMA application_id = %1").arg(applicationId)).ok());
    REQUIRE(opened.value()->execute(u"CREATE TABLE recipes(name TEXT)").ok());
    REQUIRE(opened.value()->execute(u"INSERT INTO recipes VALUES('erwtensoep')").ok());
}

// Opens a damaged user.db: it must end up aside under the clock's name, with a fresh, working store in its place,
// and the reader must be told once.
void requireMovedAsideAndFresh(const QString &path, const QByteArray &damaged, FakeClock &clock)
{
    auto opened = UserStore::open(path, clock.clock());
    INFO((opened ? QString() : opened.error().message).toStdString());
    REQUIRE(opened.ok());
    CHECK(opened->corruptCopy == path + kCopySuffix);
    CHECK(fileBytes(path + kCopySuffix) == damaged);
    CHECK(opened->notice.contains(QStringLiteral("beschadigd")));
    CHECK(opened->notice.contains(QDir::toNativeSeparators(path + kCopySuffix)));

    UserStore &fresh = *opened->store;
    auto bookmarks = fresh.bookmarks();
    REQUIRE(bookmarks.ok());
    CHECK(bookmarks->isEmpty());
    REQUIRE(fresh.addBookmark(QStringLiteral("lies")).ok());
    opened->store.reset();

    auto again = UserStore::open(path, clock.clock()); // told once: the next start is quiet
    REQUIRE(again.ok());
    CHECK(again->notice.isEmpty());
    CHECK(again->corruptCopy.isEmpty());
    auto kept = again->store->bookmarks();
    REQUIRE(kept.ok());
    CHECK(kept->size() == 1);
}

} // namespace

TEST_CASE("A user.db full of garbage is moved aside and the reader starts afresh", "[userdata]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("user.db"));
    writeFile(path, garbage());
    FakeClock clock;
    requireMovedAsideAndFresh(path, garbage(), clock);
}

TEST_CASE("A truncated user.db is moved aside and the reader starts afresh", "[userdata]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("user.db"));
    FakeClock clock;
    const QByteArray whole = userDatabaseWithBookmark(path, clock);
    const auto cut = GENERATE(as<qsizetype>{}, 100, 4096, 5000);
    REQUIRE(cut < whole.size());
    const QByteArray truncated = whole.left(cut);
    writeFile(path, truncated);
    requireMovedAsideAndFresh(path, truncated, clock);
}

TEST_CASE("Another program's SQLite database is moved aside unchanged", "[userdata]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("user.db"));
    const int foreignId = GENERATE(0x12345678, 0); // another id, or none at all but with tables of its own
    writeForeignDatabase(path, foreignId);
    const QByteArray foreign = fileBytes(path);
    FakeClock clock;
    requireMovedAsideAndFresh(path, foreign, clock);

    auto copy = Database::open(path + kCopySuffix, Database::Mode::ReadOnly);
    REQUIRE(copy.ok());
    CHECK(firstValue(*copy.value(), u"SELECT name FROM recipes") == QStringLiteral("erwtensoep"));
}

TEST_CASE("Two damaged files in the same second get a copy each", "[userdata]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("user.db"));
    FakeClock clock;
    writeFile(path, QByteArrayLiteral("first damaged file, not a database at all"));
    REQUIRE(UserStore::open(path, clock.clock()).ok());
    writeFile(path, QByteArrayLiteral("second damaged file, not a database either"));
    auto second = UserStore::open(path, clock.clock());
    REQUIRE(second.ok());

    CHECK(second->corruptCopy == path + kCopySuffix + QStringLiteral("-2"));
    CHECK(fileBytes(path + kCopySuffix).startsWith("first"));
    CHECK(fileBytes(path + kCopySuffix + QStringLiteral("-2")).startsWith("second"));
    CHECK(corruptcopies::list(path).size() == 2);
}

TEST_CASE("A zero-byte user.db is simply used, with nothing to report", "[userdata]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("user.db"));
    writeFile(path, QByteArray());
    FakeClock clock;
    auto store = openStore(path, clock);
    CHECK(store->addBookmark(QStringLiteral("heup")).ok());
    CHECK(corruptcopies::list(path).isEmpty());
}
