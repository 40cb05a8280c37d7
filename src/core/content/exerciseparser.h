#pragma once

#include "core/content/contentset.h"
#include "core/content/diagnostic.h"
#include "core/content/sourcefile.h"

namespace heupwijzer::core::content {

// Reads exercises/<id>.md: the card fields in the front matter, the steps as a numbered list.
class ExerciseParser {
public:
    static ExerciseCard parse(const SourceFile &file, Diagnostics &diagnostics);
    // "images/oefening-bruggetje.svg" → "oefening-bruggetje.svg"; empty when the path is not images/NAME.svg.
    static QString imageName(const QString &path);
};

} // namespace heupwijzer::core::content
