#pragma once

#include "core/result.h"

#include <memory>

namespace heupwijzer::core {
class Database;
}

namespace heupwijzer::core::search {

class CompoundSplitter;

// The name in `tokenize = '…'` of the search table.
inline constexpr char kDutchTokenizerName[] = "heupwijzer_dutch";

// FTS5 tokenizer: unicode61 (remove_diacritics 2) followed by the Snowball Dutch stemmer.
// - A document word is stored as its stem, plus (at the same position) the folded word itself when it differs,
//   so a word still being typed matches as a prefix ("oefeni" → oefeningen) and stemmer slips (fiets/fietsen)
//   are caught by that prefix.
// - With a splitter, a compound also stores its parts at the same position (heuppijn → heup, pijn).
// - A query word is stemmed; a prefix query word ("heupb"*) is only folded, because a stem of half a word is
//   meaningless.
// Every connection that touches the search tables must register it: the building one (with the splitter) and each
// reading one (without: queries are never split by the tokenizer, the query builder does that).
Result<void> registerDutchTokenizer(Database &db, std::shared_ptr<const CompoundSplitter> splitter = {});

} // namespace heupwijzer::core::search
