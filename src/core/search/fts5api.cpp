#include "core/search/fts5api.h"

#include "core/store/database.h"

#include <sqlite3.h>

#include <memory>

namespace heupwijzer::core::search {

Result<fts5_api *> fts5Api(Database &db)
{
    // The Statement wrapper has no bind_pointer (nothing else needs it), so this one statement uses the C API.
    sqlite3_stmt *raw = nullptr;
    const int prepared = sqlite3_prepare_v2(db.handle(), "SELECT fts5(?1)", -1, &raw, nullptr);
    const std::unique_ptr<sqlite3_stmt, decltype(&sqlite3_finalize)> statement(raw, &sqlite3_finalize);
    if (prepared != SQLITE_OK)
        return Error{QStringLiteral("FTS5 is not available: ") + db.lastError().message, prepared};
    fts5_api *api = nullptr;
    sqlite3_bind_pointer(statement.get(), 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
    const int stepped = sqlite3_step(statement.get());
    if (stepped != SQLITE_ROW || api == nullptr)
        return Error{QStringLiteral("FTS5 did not hand out its API: ") + db.lastError().message, stepped};
    return api;
}

} // namespace heupwijzer::core::search
