#include "core/store/connectionsource.h"
#include "core/store/database.h"
#include "core/store/statement.h"

#include "common/catch_qt.h"

#include <QTemporaryDir>

#include <thread>

using namespace heupwijzer::core;

namespace {

std::unique_ptr<Database> opened(Result<std::unique_ptr<Database>> result)
{
    REQUIRE(result.ok());
    return std::move(result).value();
}

void fill(Database &db)
{
    REQUIRE(db.executeScript(u"CREATE TABLE word(w TEXT); INSERT INTO word VALUES ('heup'), ('lies');").ok());
}

// Opens a connection from `source` on another thread, as the search thread does, and reads every word.
QStringList wordsReadOnAnotherThread(const ConnectionSource &source)
{
    QStringList words;
    QString failure;
    std::thread reader([&] {
        auto connection = source.open();
        if (!connection) {
            failure = connection.error().message;
            return;
        }
        Statement select(*connection.value(), u"SELECT w FROM word ORDER BY w");
        while (select.step().value())
            words << select.columnText(0);
    });
    reader.join();
    INFO(failure.toStdString());
    CHECK(failure.isEmpty());
    return words;
}

} // namespace

TEST_CASE("Another thread reads the same content on a connection of its own, from an image, a file or memory",
          "[store]")
{
    const QStringList expected{QStringLiteral("heup"), QStringLiteral("lies")};

    SECTION("an image, as the embedded edition is opened")
    {
        auto original = opened(Database::openInMemory());
        fill(*original);
        const QByteArray image = original->serialize().value();
        auto db = opened(Database::openImage(image));
        auto source = ConnectionSource::of(*db);
        REQUIRE(source.ok());
        CHECK(wordsReadOnAnotherThread(source.value()) == expected);
    }
    SECTION("a database file, as with --content FILE")
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("content.db"));
        fill(*opened(Database::open(path, Database::Mode::ReadWriteCreate)));
        auto db = opened(Database::open(path, Database::Mode::ReadOnly));
        auto source = ConnectionSource::of(*db);
        REQUIRE(source.ok());
        CHECK(wordsReadOnAnotherThread(source.value()) == expected);
    }
    SECTION("an ordinary in-memory database gets a private copy, which is read-only")
    {
        auto db = opened(Database::openInMemory());
        fill(*db);
        auto source = ConnectionSource::of(*db);
        REQUIRE(source.ok());
        REQUIRE(db->execute(u"INSERT INTO word VALUES ('bil')").ok()); // after the copy: not seen
        CHECK(wordsReadOnAnotherThread(source.value()) == expected);
        auto second = source.value().open();
        REQUIRE(second.ok());
        CHECK_FALSE(second.value()->execute(u"INSERT INTO word VALUES ('rug')").ok());
    }
}
