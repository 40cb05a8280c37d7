#include "core/store/database.h"
#include "core/userdata/corruptcopies.h"
#include "core/userdata/migration.h"
#include "core/userdata/userdatabase.h"
#include "core/userdata/userschema.h"
#include "core/userdata/userstore.h"

#include "userdatatesting.h"

#include <QTemporaryDir>

#include <array>

using namespace heupwijzer::core;
using namespace userdatatesting;

namespace {

// A user.db as the first schema version left it: bookmarks without notes, one position, one history entry.
void writeVersion1File(const QString &path, const QDateTime &created)
{
    auto opened = Database::open(path, Database::Mode::ReadWriteCreate);
    REQUIRE(opened.ok());
    Database &db = *opened.value();
    REQUIRE(userdatabase::migrate(db, 1).ok());
    Statement bookmark(db, u"INSERT INTO bookmarks(chapter_id, anchor, created_ms) VALUES('heup', 'rust', ?1)");
    bookmark.bind(1, std::int64_t{created.toMSecsSinceEpoch()});
    REQUIRE(bookmark.run().ok());
    REQUIRE(db.execute(u"INSERT INTO reading_positions VALUES('heup', 0.25, 0)").ok());
    REQUIRE(db.execute(u"INSERT INTO history(chapter_id, visited_ms) VALUES('lies', 0)").ok());
    REQUIRE(firstValue(db, u"PRAGMA user_version") == QStringLiteral("1"));
}

} // namespace

TEST_CASE("A version 1 user.db is migrated and the reader keeps everything in it", "[userdata]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("user.db"));
    FakeClock clock;
    const QDateTime created = clock.now.addDays(-30);
    writeVersion1File(path, created);

    auto store = openStore(path, clock); // no notice: migrating is not damage
    auto bookmarks = store->bookmarks();
    REQUIRE(bookmarks.ok());
    REQUIRE(bookmarks->size() == 1);
    CHECK(bookmarks->first().chapterId == QStringLiteral("heup"));
    CHECK(bookmarks->first().anchor == QStringLiteral("rust"));
    CHECK(bookmarks->first().note.isEmpty());
    CHECK(bookmarks->first().created == created);
    auto position = store->readingPosition(QStringLiteral("heup"));
    REQUIRE(position.ok());
    CHECK(position->value_or(ReadingPosition{}).fraction == 0.25);
    auto last = store->lastOpenedChapter();
    REQUIRE(last.ok());
    CHECK(last->value_or(QString()) == QStringLiteral("lies"));

    // What version 2 brought works on the migrated file.
    REQUIRE(store->setBookmarkNote(bookmarks->first().id, QStringLiteral("Nu met notitie")).ok());
    Database &db = store->database();
    CHECK(firstValue(db, u"PRAGMA user_version").toInt() == userschema::kSchemaVersion);
    CHECK(firstValue(db, u"PRAGMA application_id").toInt() == userschema::kApplicationId);
    CHECK(firstValue(db, u"PRAGMA journal_mode") == QStringLiteral("wal"));
}

TEST_CASE("A migration step that fails leaves the database at its last complete version", "[userdata]")
{
    auto opened = Database::openInMemory();
    REQUIRE(opened.ok());
    Database &db = *opened.value();
    const std::array<QStringView, 2> steps = {
        u"CREATE TABLE notes(text TEXT);",
        u"CREATE TABLE tags(name TEXT); INSERT INTO no_such_table VALUES(1);",
    };

    auto migrated = migrateSchema(db, steps, userschema::kApplicationId, 2);
    REQUIRE_FALSE(migrated.ok());
    CHECK(migrated.error().message.contains(QStringLiteral("no_such_table")));
    CHECK(firstValue(db, u"PRAGMA user_version") == QStringLiteral("1"));
    CHECK(firstValue(db, u"SELECT count(*) FROM sqlite_schema WHERE name = 'notes'") == QStringLiteral("1"));
    CHECK(firstValue(db, u"SELECT count(*) FROM sqlite_schema WHERE name = 'tags'") == QStringLiteral("0"));
}

TEST_CASE("A user.db from a newer Heupwijzer is left alone and the reader goes on without saving", "[userdata]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("user.db"));
    {
        auto opened = Database::open(path, Database::Mode::ReadWriteCreate);
        REQUIRE(opened.ok());
        REQUIRE(userdatabase::migrate(*opened.value(), userschema::kSchemaVersion).ok());
        REQUIRE(opened.value()->execute(u"PRAGMA user_version = 99").ok());
    }
    const QByteArray before = fileBytes(path);
    FakeClock clock;

    auto refused = UserStore::open(path, clock.clock());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("nieuwere versie van Heupwijzer")));

    auto fallback = UserStore::openOrFallBack(path, clock.clock());
    REQUIRE(fallback.ok());
    CHECK_FALSE(fallback->store->writesToDisk());
    CHECK(fallback->notice.contains(QStringLiteral("nieuwere versie van Heupwijzer")));
    CHECK(fallback->notice.contains(QStringLiteral("niet bewaard")));
    CHECK(fallback->store->addBookmark(QStringLiteral("heup")).ok());

    CHECK(fileBytes(path) == before);
    CHECK(corruptcopies::list(path).isEmpty());
}
