#pragma once

#include "core/result.h"

struct fts5_api;

namespace heupwijzer::core {
class Database;
}

namespace heupwijzer::core::search {

// The FTS5 extension interface of one connection, obtained the way SQLite documents it: SELECT fts5(?1) with a
// pointer bound under the type "fts5_api_ptr". Valid as long as the connection is open.
Result<fts5_api *> fts5Api(Database &db);

} // namespace heupwijzer::core::search
