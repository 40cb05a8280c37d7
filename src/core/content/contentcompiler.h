#pragma once

#include "core/content/contentset.h"
#include "core/content/diagnostic.h"

#include <QString>

namespace heupwijzer::core::content {

struct CompileOptions {
    // Flesch-Douma per chapter: below the warning level `check` warns, below the floor it fails.
    double fleschDoumaFloor = 50.0;
    double fleschDoumaWarning = 60.0;
};

struct Compilation {
    ContentSet content;
    Diagnostics diagnostics;
    bool ok() const { return !diagnostics.hasErrors(); }
};

// Reads a content directory, checks all of it and renders every chapter. Never stops at the first problem:
// the diagnostics hold every error and warning of the run. `content` is only meant to be written when ok().
class ContentCompiler {
public:
    static Compilation compile(const QString &contentDir, const CompileOptions &options = {});
};

} // namespace heupwijzer::core::content
