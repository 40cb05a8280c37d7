#pragma once

#include "core/content/contentset.h"
#include "core/content/diagnostic.h"
#include "core/content/sourcefile.h"

#include <QList>
#include <QString>

#include <optional>

namespace heupwijzer::core::content {

// The input files of a content directory, read once. Files are listed in sorted name order, so the build
// never depends on the order a file system returns them in.
struct ContentInputs {
    std::optional<SourceFile> edition;  // edition.yaml
    std::optional<SourceFile> glossary; // glossary.yaml
    QList<SourceFile> articles;         // articles/*.md, in reading order (file name: 01-, 02-, …)
    QList<SourceFile> exercises;        // exercises/*.md
    QList<ImageFile> images;            // images/*.svg
    QList<SourceFile> imageSources;     // the same SVGs, for messages with a place
    QString sha256;                     // of every input file: see ContentLoader::load
};

class ContentLoader {
public:
    // Reads CONTENT_DIR. The hash covers every input file in sorted path order, each as its relative path,
    // a NUL, its size in decimal, a NUL and its bytes; README.md and *.fragment files are not inputs.
    static ContentInputs load(const QString &contentDir, Diagnostics &diagnostics);
};

} // namespace heupwijzer::core::content
