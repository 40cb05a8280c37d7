#pragma once

#include "core/content/diagnostic.h"
#include "core/store/exercise.h"

namespace heupwijzer::core::content {

// One exercises/<id>.md: the card the store keeps, plus where it was written, for the compiler's messages.
struct ExerciseCard : Exercise {
    SourceLocation where;
};

} // namespace heupwijzer::core::content
