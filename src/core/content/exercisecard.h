#pragma once

#include "core/content/diagnostic.h"

#include <QString>
#include <QStringList>

namespace heupwijzer::core::content {

// One exercises/<id>.md: the card a chapter, the reader and the handout show.
struct ExerciseCard {
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
    QString image; // file name in images/, e.g. "oefening-bruggetje.svg"
    QString alt;
    SourceLocation where;
};

} // namespace heupwijzer::core::content
