#pragma once

#include "core/content/article.h"
#include "core/content/exercisecard.h"
#include "core/content/glossaryterm.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace heupwijzer::core::content {

struct ImageFile {
    QString name; // file name in images/
    QByteArray svg;
    QString alt; // from the first place that shows it, in reading order
};

// Everything the compiler read and produced: what the database writer stores.
struct ContentSet {
    QString edition;
    QString inputHash; // SHA-256 (hex) of every input file, see ContentLoader
    QList<Article> articles;
    QList<GlossaryTerm> glossary;
    QList<ExerciseCard> exercises;
    QList<ImageFile> images;

    QDate newestReviewed() const;
};

} // namespace heupwijzer::core::content
