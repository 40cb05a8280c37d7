#pragma once

// A large content database for search benchmarks: N chapters whose titles, headings and sentences are drawn
// (with a fixed seed) from a real content database, so word frequencies look like the real texts.

#include "core/result.h"

#include <memory>

namespace heupwijzer::core {
class Database;
}

namespace heupwijzer::bench {

struct SyntheticCorpusOptions {
    int chapters = 10000;
    int sectionsPerChapter = 6;
    int sentencesPerSection = 6;
    unsigned seed = 20261121;
};

// An in-memory content database (contentschema.h tables, the real glossary, search index built).
core::Result<std::unique_ptr<core::Database>> makeSyntheticCorpus(core::Database &realContent,
                                                                  const SyntheticCorpusOptions &options);

} // namespace heupwijzer::bench
