#pragma once

#include <QString>
#include <QStringList>

namespace heupwijzer::core {

// One exercise card as the reader and the handout show it, and as the content compiler reads it from
// exercises/<id>.md (content::ExerciseCard adds where in the file it came from).
struct Exercise {
    QString id;
    QString title;
    QString goal;
    QString start;
    QStringList steps;
    QString hold;
    QString repetitions;
    QString sets;
    QString frequency;
    QString stopIf;
    QString image; // name in the images table, e.g. "oefening-bruggetje.svg"
    QString alt;
};

} // namespace heupwijzer::core
