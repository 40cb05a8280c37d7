#pragma once

#include "core/result.h"
#include "core/userdata/clock.h"

#include <QString>

#include <memory>

namespace heupwijzer::core {

class Database;

// Opening user.db: the checks and repairs that happen before the store reads a single bookmark.
namespace userdatabase {

struct Opened {
    std::unique_ptr<Database> db;
    QString corruptCopy; // where a damaged or foreign file was moved aside; empty when none was
};

// Opens (or creates) the file at `path` in WAL mode at the newest schema version. A file that is damaged or is not
// a Heupwijzer user database is moved aside (named with `clock`'s time) and replaced by a fresh one. Everything
// else — a read-only folder, a full disk, a file from a newer Heupwijzer — is an Error in Dutch and leaves the file
// exactly as it was.
Result<Opened> openFile(const QString &path, const Clock &clock);

// A database that lives only in memory: nothing reaches the disk, not even temporary files.
Result<std::unique_ptr<Database>> openInMemory();

// Brings an open database to `version` of userschema::kMigrations; openFile and openInMemory do this themselves.
// Tests use it to build a file at an older version.
Result<void> migrate(Database &db, int version);

} // namespace userdatabase
} // namespace heupwijzer::core
