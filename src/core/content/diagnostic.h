#pragma once

#include <QList>
#include <QString>

namespace heupwijzer::core::content {

// A place in an input file as an editor's tool shows it: 1-based line and column (columns count characters,
// not bytes, so "ë" is one column). Line 0 means "the file as a whole".
struct SourceLocation {
    QString file;
    int line = 0;
    int column = 0;
};

enum class Severity { Error, Warning };

struct Diagnostic {
    Severity severity = Severity::Error;
    SourceLocation where;
    QString message;

    // "file:line:column: error: message", the format compilers use, so editors can jump to the place.
    QString toString() const;
};

// Collects every problem of a run: the editor sees all mistakes at once, not one per build.
class Diagnostics {
public:
    void error(const SourceLocation &where, const QString &message);
    void warning(const SourceLocation &where, const QString &message);

    bool hasErrors() const { return m_errorCount > 0; }
    int errorCount() const { return m_errorCount; }
    int warningCount() const { return static_cast<int>(m_items.size()) - m_errorCount; }
    // By file, line and column, so the output does not depend on the order the checks ran in.
    QList<Diagnostic> sorted() const;

private:
    QList<Diagnostic> m_items;
    int m_errorCount = 0;
};

} // namespace heupwijzer::core::content
