#pragma once

#include <QCoreApplication>
#include <QString>

namespace heupwijzer::core {
struct Exercise;
}

namespace heupwijzer::ui {

// The page an oefening: link opens: the exercise as a card, in the same HTML shape the content compiler uses
// for cards inside chapters, so the themes style both alike.
class ExerciseCard {
    Q_DECLARE_TR_FUNCTIONS(ExerciseCard)

public:
    static QString html(const core::Exercise &exercise);
};

} // namespace heupwijzer::ui
