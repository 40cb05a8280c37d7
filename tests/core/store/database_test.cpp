#include "core/store/database.h"
#include "core/store/statement.h"
#include "core/store/transaction.h"

#include "common/catch_qt.h"

#include <QFile>
#include <QTemporaryDir>

#include <sqlite3.h>

using namespace heupwijzer::core;

namespace {

std::unique_ptr<Database> memoryDb()
{
    auto opened = Database::openInMemory();
    REQUIRE(opened.ok());
    return std::move(opened).value();
}

int countRows(Database &db, QStringView table)
{
    const QString sql = QStringLiteral("SELECT count(*) FROM ") + table;
    Statement count(db, sql);
    auto stepped = count.step();
    REQUIRE(stepped.ok());
    REQUIRE(stepped.value());
    return count.columnInt(0);
}

} // namespace

TEST_CASE("Bound values come back unchanged from a round trip", "[store]")
{
    auto db = memoryDb();
    REQUIRE(db->execute(u"CREATE TABLE t(i INTEGER, d REAL, s TEXT, b BLOB, n)").ok());
    Statement insert(*db, u"INSERT INTO t VALUES (?1, ?2, ?3, ?4, ?5)");
    REQUIRE(insert.isValid());
    const QByteArray blob("\x00\x01\xff", 3);
    insert.bind(1, std::int64_t{9'000'000'000})
        .bind(2, 2.5)
        .bind(3, QStringLiteral("geïrriteerde pees 🦴"))
        .bind(4, blob);
    insert.bindNull(5);
    REQUIRE(insert.run().ok());

    Statement select(*db, u"SELECT i, d, s, b, n FROM t");
    auto row = select.step();
    REQUIRE(row.ok());
    REQUIRE(row.value());
    CHECK(select.columnInt64(0) == 9'000'000'000);
    CHECK(select.columnDouble(1) == 2.5);
    CHECK(select.columnText(2) == QStringLiteral("geïrriteerde pees 🦴"));
    CHECK(select.columnBlob(3) == blob);
    CHECK(select.isNull(4));
    auto done = select.step();
    REQUIRE(done.ok());
    CHECK_FALSE(done.value());
}

TEST_CASE("A statement can be reset and reused with new bindings", "[store]")
{
    auto db = memoryDb();
    REQUIRE(db->execute(u"CREATE TABLE t(x INTEGER)").ok());
    Statement insert(*db, u"INSERT INTO t VALUES (?)");
    for (int i = 1; i <= 3; ++i) {
        insert.bind(1, i);
        REQUIRE(insert.run().ok());
        insert.reset();
    }
    CHECK(countRows(*db, u"t") == 3);
}

TEST_CASE("A failing statement reports SQLite's own message", "[store]")
{
    auto db = memoryDb();
    Statement broken(*db, u"SELECT * FROM no_such_table");
    CHECK_FALSE(broken.isValid());
    CHECK(broken.prepareError().message.contains(QStringLiteral("no such table: no_such_table")));
    auto stepped = broken.step();
    REQUIRE_FALSE(stepped.ok());
    CHECK(stepped.error().message == broken.prepareError().message);
}

TEST_CASE("A constraint violation while stepping carries SQLite's message", "[store]")
{
    auto db = memoryDb();
    REQUIRE(db->execute(u"CREATE TABLE t(x INTEGER PRIMARY KEY)").ok());
    REQUIRE(db->execute(u"INSERT INTO t VALUES (1)").ok());
    auto again = db->execute(u"INSERT INTO t VALUES (1)");
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().message.contains(QStringLiteral("UNIQUE constraint failed")));
    CHECK((again.error().code & 0xff) == SQLITE_CONSTRAINT);
}

TEST_CASE("Only one statement is accepted per prepare", "[store]")
{
    auto db = memoryDb();
    REQUIRE(db->execute(u"CREATE TABLE t(x)").ok());
    Statement twoStatements(*db, u"INSERT INTO t VALUES (1); DROP TABLE t");
    CHECK_FALSE(twoStatements.isValid());
    CHECK(twoStatements.prepareError().message.contains(QStringLiteral("more than one")));
    CHECK(countRows(*db, u"t") == 0); // nothing ran, the table still exists

    Statement trailingComment(*db, u"SELECT 1; -- why not\n");
    CHECK(trailingComment.isValid());
}

TEST_CASE("A transaction rolls back when it goes out of scope uncommitted", "[store]")
{
    auto db = memoryDb();
    REQUIRE(db->execute(u"CREATE TABLE t(x)").ok());
    {
        Transaction transaction(*db);
        REQUIRE(transaction.isActive());
        REQUIRE(db->execute(u"INSERT INTO t VALUES (1)").ok());
        CHECK(countRows(*db, u"t") == 1);
    }
    CHECK(countRows(*db, u"t") == 0);
}

TEST_CASE("A committed transaction keeps its rows", "[store]")
{
    auto db = memoryDb();
    REQUIRE(db->execute(u"CREATE TABLE t(x)").ok());
    {
        Transaction transaction(*db);
        REQUIRE(db->execute(u"INSERT INTO t VALUES (1)").ok());
        REQUIRE(transaction.commit().ok());
        CHECK_FALSE(transaction.isActive());
    }
    CHECK(countRows(*db, u"t") == 1);
}

TEST_CASE("A nested transaction reports why it could not begin", "[store]")
{
    auto db = memoryDb();
    Transaction outer(*db);
    Transaction inner(*db);
    CHECK_FALSE(inner.isActive());
    auto committed = inner.commit();
    REQUIRE_FALSE(committed.ok());
    CHECK(committed.error().message.contains(QStringLiteral("within a transaction")));
}

TEST_CASE("Opening a file that is not a database fails cleanly with a message", "[store]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("notes.txt"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();

    auto opened = Database::open(path, Database::Mode::ReadOnly);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().message.contains(QStringLiteral("file is not a database")));
    CHECK(opened.error().message.contains(path));
}

TEST_CASE("Opening a missing file read-only fails instead of creating it", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing.db"));
    auto opened = Database::open(path, Database::Mode::ReadOnly);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().message.contains(QStringLiteral("unable to open")));
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("A serialized image opens read-only and keeps its data", "[store]")
{
    auto db = memoryDb();
    REQUIRE(db->executeScript(u"CREATE TABLE t(x TEXT); INSERT INTO t VALUES ('heup');").ok());
    auto serialized = db->serialize();
    REQUIRE(serialized.ok());
    const QByteArray image = serialized.value();
    CHECK(image.startsWith("SQLite format 3"));

    auto opened = Database::openImage(image);
    REQUIRE(opened.ok());
    Statement select(*opened.value(), u"SELECT x FROM t");
    REQUIRE(select.step().value());
    CHECK(select.columnText(0) == QStringLiteral("heup"));
    auto write = opened.value()->execute(u"INSERT INTO t VALUES ('lies')");
    REQUIRE_FALSE(write.ok());
    CHECK(write.error().message.contains(QStringLiteral("readonly")));
}

TEST_CASE("A garbage image is refused", "[store]")
{
    const QByteArray garbage(8192, '\x5a');
    auto opened = Database::openImage(garbage);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().message.contains(QStringLiteral("not a database")));
}
