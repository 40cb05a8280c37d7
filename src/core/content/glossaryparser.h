#pragma once

#include "core/content/contentset.h"
#include "core/content/diagnostic.h"
#include "core/content/sourcefile.h"

#include <QList>

namespace heupwijzer::core::content {

// Reads glossary.yaml: a list of entries with term, id, lay, medical and definition.
class GlossaryParser {
public:
    static QList<GlossaryTerm> parse(const SourceFile &file, Diagnostics &diagnostics);
    // The id an entry gets when it has none: the term in lower case, spaces → "-".
    static QString defaultId(const QString &term);
    // Glossary ids may keep Dutch letters (röntgenfoto), but no capitals or spaces.
    static bool isValidId(const QString &id);
};

} // namespace heupwijzer::core::content
