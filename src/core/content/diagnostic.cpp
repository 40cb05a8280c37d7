#include "core/content/diagnostic.h"

#include <algorithm>
#include <tuple>

namespace heupwijzer::core::content {

QString Diagnostic::toString() const
{
    const QString kind = severity == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning");
    if (where.line <= 0)
        return where.file % u": " % kind % u": " % message;
    return where.file % u':' % QString::number(where.line) % u':' % QString::number(std::max(1, where.column)) % u": " %
           kind % u": " % message;
}

void Diagnostics::error(const SourceLocation &where, const QString &message)
{
    m_items.append(Diagnostic{Severity::Error, where, message});
    ++m_errorCount;
}

void Diagnostics::warning(const SourceLocation &where, const QString &message)
{
    m_items.append(Diagnostic{Severity::Warning, where, message});
}

QList<Diagnostic> Diagnostics::sorted() const
{
    QList<Diagnostic> out = m_items;
    std::stable_sort(out.begin(), out.end(), [](const Diagnostic &a, const Diagnostic &b) {
        return std::tie(a.where.file, a.where.line, a.where.column) <
               std::tie(b.where.file, b.where.line, b.where.column);
    });
    return out;
}

} // namespace heupwijzer::core::content
