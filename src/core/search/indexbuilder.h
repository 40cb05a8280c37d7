// Dutch search engine (issue: search).
#pragma once

#include "core/result.h"

namespace heupwijzer::core {
class Database;
}

namespace heupwijzer::core::search {

struct IndexOptions {
    // Also index the parts of compound words (heuppijn → heup + pijn). Off only to measure what it brings.
    bool splitCompounds = true;
};

// Builds the search tables inside a content database whose content tables (contentschema.h) are filled.
// Called by the content compiler inside its build transaction; deterministic for identical content.
// Registers the search tokenizer and ranking function on contentDb, so the same connection can search afterwards.
Result<void> buildIndex(Database &contentDb);
Result<void> buildIndex(Database &contentDb, const IndexOptions &options);

} // namespace heupwijzer::core::search
