#include "core/userdata/userdatabase.h"

#include "core/store/database.h"
#include "core/store/statement.h"
#include "core/userdata/corruptcopies.h"
#include "core/userdata/migration.h"
#include "core/userdata/usermessages.h"
#include "core/userdata/userschema.h"

#include <QDir>
#include <QFileInfo>

#include <sqlite3.h>

namespace heupwijzer::core::userdatabase {

namespace {

enum class Verdict { Usable, Damaged };

struct Judged {
    std::unique_ptr<Database> db; // null when the file could not even be opened because it is damaged
    Verdict verdict = Verdict::Usable;
};

bool isDamage(const Error &error)
{
    const int primary = error.code & 0xff;
    return primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB;
}

Result<QString> firstValue(Database &db, QStringView sql)
{
    Statement statement(db, sql);
    auto stepped = statement.step();
    if (!stepped)
        return stepped.error();
    return stepped.value() ? statement.columnText(0) : QString();
}

// Whether the file is whole and ours. Errors that are not damage (a lock, an I/O error) stay errors, so a passing
// problem never gets a good file moved aside. The full integrity_check (not quick_check) also compares indexes
// with their tables: damage that only a later query would hit must be found here, where it can be repaired. On a
// file of a few hundred rows it takes a millisecond or two.
Result<Verdict> inspect(Database &db)
{
    auto check = firstValue(db, u"PRAGMA integrity_check(1)");
    if (!check)
        return isDamage(check.error()) ? Result<Verdict>(Verdict::Damaged) : Result<Verdict>(check.error());
    if (check.value() != u"ok")
        return Verdict::Damaged;
    auto applicationId = firstValue(db, u"PRAGMA application_id");
    auto objects = firstValue(db, u"SELECT count(*) FROM sqlite_schema");
    if (!applicationId || !objects)
        return applicationId ? objects.error() : applicationId.error();
    if (applicationId.value().toInt() == userschema::kApplicationId)
        return Verdict::Usable;
    // A blank file (new, or emptied to zero bytes) has neither an id nor tables yet: it simply becomes ours.
    // Anything else is another program's database and is not ours to change.
    return applicationId.value().toInt() == 0 && objects.value().toInt() == 0 ? Verdict::Usable : Verdict::Damaged;
}

Result<Judged> openAndJudge(const QString &path)
{
    auto opened = Database::open(path, Database::Mode::ReadWriteCreate);
    if (!opened)
        return isDamage(opened.error()) ? Result<Judged>(Judged{nullptr, Verdict::Damaged}) : opened.error();
    Database &db = *opened.value();
    // Two Heupwijzer windows may share the file; a short wait beats an immediate "database is locked".
    if (auto waiting = db.execute(u"PRAGMA busy_timeout = 1000"); !waiting)
        return waiting.error();
    // SQLite quietly falls back to read-only when it may not write the file; say so now, not at the first bookmark.
    if (sqlite3_db_readonly(db.handle(), "main") == 1)
        return Error{QStringLiteral("read-only file"), SQLITE_READONLY};
    auto verdict = inspect(db);
    if (!verdict)
        return verdict.error();
    return Judged{std::move(opened).value(), verdict.value()};
}

Result<void> prepareOnDisk(Database &db)
{
    // Before anything changes the file: one from a newer Heupwijzer must stay exactly as it is.
    if (auto version = checkedSchemaVersion(db, userschema::kSchemaVersion); !version)
        return version.error();
    // WAL: a commit is one append to the -wal file, so a crash at any moment leaves the last committed state.
    auto mode = firstValue(db, u"PRAGMA journal_mode = WAL");
    if (!mode)
        return mode.error();
    if (mode.value() != u"wal")
        return Error{QStringLiteral("journal_mode stays %1 instead of wal").arg(mode.value()), SQLITE_CANTOPEN};
    // FULL also survives a power cut after the commit returns; a bookmark is rare enough to afford the fsync.
    // secure_delete overwrites removed rows, so "Wis mijn gegevens" leaves no readable trace in the file.
    for (QStringView pragma : {u"PRAGMA synchronous = FULL", u"PRAGMA secure_delete = ON"}) {
        if (auto set = db.execute(pragma); !set)
            return set;
    }
    return migrate(db, userschema::kSchemaVersion);
}

} // namespace

Result<Opened> openFile(const QString &path, const Clock &clock)
{
    if (path.isEmpty()) // SQLite would open a private temporary file and silently lose everything
        return usermessages::noDataFolder();
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return usermessages::cannotMakeFolder(info.absolutePath());
    if (info.exists() && !info.isFile())
        return usermessages::notAFile(path);

    auto judged = openAndJudge(path);
    if (!judged)
        return usermessages::cannotOpen(path, judged.error());
    QString corruptCopy;
    if (judged->verdict == Verdict::Damaged) {
        judged->db.reset(); // SQLite must let go of the old file before it moves
        auto moved = corruptcopies::moveAside(path, clock());
        if (!moved)
            return moved.error();
        corruptCopy = moved.value();
        judged = openAndJudge(path);
        if (!judged)
            return usermessages::cannotOpen(path, judged.error());
        if (judged->verdict == Verdict::Damaged) // only a file system that corrupts new files gets here
            return usermessages::cannotOpen(path, Error{QStringLiteral("a new file is damaged"), SQLITE_CORRUPT});
    }
    if (auto prepared = prepareOnDisk(*judged->db); !prepared)
        return usermessages::cannotOpen(path, prepared.error());
    return Opened{std::move(judged->db), corruptCopy};
}

Result<std::unique_ptr<Database>> openInMemory()
{
    auto opened = Database::openInMemory();
    if (!opened)
        return opened;
    // Large sorts would otherwise spill into a temporary file on disk.
    if (auto memoryOnly = opened.value()->execute(u"PRAGMA temp_store = MEMORY"); !memoryOnly)
        return memoryOnly.error();
    if (auto migrated = migrate(*opened.value(), userschema::kSchemaVersion); !migrated)
        return migrated.error();
    return opened;
}

Result<void> migrate(Database &db, int version)
{
    return migrateSchema(db, userschema::kMigrations, userschema::kApplicationId, version);
}

} // namespace heupwijzer::core::userdatabase
