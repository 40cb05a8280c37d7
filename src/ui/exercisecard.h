#pragma once

#include <QString>

namespace heupwijzer::core {
struct Exercise;
}

namespace heupwijzer::ui {

// The page an oefening: link opens: the exercise's title and its card.
class ExerciseCard {
public:
    static QString html(const core::Exercise &exercise);
};

} // namespace heupwijzer::ui
