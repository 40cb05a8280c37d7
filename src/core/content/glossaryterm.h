#pragma once

#include "core/content/diagnostic.h"

#include <QString>
#include <QStringList>

namespace heupwijzer::core::content {

// One entry of glossary.yaml.
struct GlossaryTerm {
    QString id;
    QString term;
    QStringList lay;
    QStringList medical;
    QString definition;
    SourceLocation where;
};

} // namespace heupwijzer::core::content
