#pragma once

#include "core/content/diagnostic.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace heupwijzer::core::content {

// The bytes of one input file and the map from (line, byte column) to what an editor shows.
class SourceFile {
public:
    SourceFile() = default;
    // `path` is how messages name the file: the content directory the user typed, joined with the file name.
    SourceFile(QString path, QByteArray bytes);

    const QString &path() const { return m_path; }
    const QByteArray &bytes() const { return m_bytes; }

    // cmark and yaml-cpp count columns in bytes; editors count characters.
    SourceLocation at(int line, int byteColumn) const;
    SourceLocation start() const { return at(1, 1); }
    SourceLocation wholeFile() const { return SourceLocation{m_path, 0, 0}; }

    // Reports each invalid UTF-8 sequence with its place; true when the file is clean.
    bool checkUtf8(Diagnostics &diagnostics) const;

private:
    QString m_path;
    QByteArray m_bytes;
    QList<qsizetype> m_lineStarts; // byte offset of every line start
};

// A file cut into its YAML front matter and the Markdown after it.
struct FrontMatterSplit {
    bool found = false;
    QByteArray yaml;
    int yamlFirstLine = 0; // file line of the first YAML line
    QByteArray body;
    int bodyLineOffset = 0; // file line = body line + bodyLineOffset
};

// The front matter sits between a first line `---` and the next line `---`. Reports what is missing.
FrontMatterSplit splitFrontMatter(const SourceFile &file, Diagnostics &diagnostics);

} // namespace heupwijzer::core::content
