#pragma once

#include "core/content/diagnostic.h"
#include "core/content/readability.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace heupwijzer::core::content {

struct Section {
    QString anchor; // unique within its chapter: chapter:<chapter-id>#<anchor>
    QString title;
    QString plainText;
};

// The unit of reading: a `##` heading of an article and everything up to the next one.
struct Chapter {
    QString id;
    QString title;
    bool isCondition = false;
    QStringList regions;
    SourceLocation where;
    QString html;
    QString plainText;
    QList<Section> sections;
    QStringList glossaryTerms; // ids of the terms linked in this chapter, in order of first use
    Readability readability;
};

struct Article {
    QString id;
    QString title;
    QString summary;
    QString kind; // "condition" or "information"
    QStringList regions;
    QDate reviewed;
    QStringList sources;
    SourceLocation where;
    QList<Chapter> chapters;
    Readability readability;
};

} // namespace heupwijzer::core::content
