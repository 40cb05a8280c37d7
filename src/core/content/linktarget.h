#pragma once

#include <QString>

namespace heupwijzer::core::content {

// What a Markdown link destination points at, by the forms content/README.md allows.
struct LinkTarget {
    enum class Kind {
        Chapter,     // #chapter-or-article-id, optionally #chapter-id#section-anchor
        Term,        // begrip:term-id
        Exercise,    // oefening:exercise-id
        External,    // https://…
        Insecure,    // http://… (refused: only https)
        Unsupported, // anything else: relative files, mailto:, javascript:, empty
    };

    Kind kind = Kind::Unsupported;
    QString id;
    QString anchor;
    QString url; // as written

    static LinkTarget classify(const QString &url);
};

} // namespace heupwijzer::core::content
