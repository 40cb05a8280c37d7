#pragma once

#include "core/result.h"

#include <QStringView>

#include <span>

namespace heupwijzer::core {

class Database;

// PRAGMA user_version: the schema version a database is at (0 for a new, empty file).
Result<int> schemaVersion(Database &db);
// The same, but an Error (in Dutch) when the database is newer than `newestKnown`: it belongs to a later
// Heupwijzer, and this one must neither read nor change it.
Result<int> checkedSchemaVersion(Database &db, int newestKnown);

// Brings `db` from its current version up to `targetVersion`, running steps[v] to go from version v to v + 1.
// Each step, its new user_version and the application_id commit together in one transaction, so a crash or a
// failing step leaves the database at the last complete version. A database newer than `steps` is refused: it
// belongs to a later Heupwijzer and must not be touched.
Result<void> migrateSchema(Database &db, std::span<const QStringView> steps, int applicationId, int targetVersion);

} // namespace heupwijzer::core
