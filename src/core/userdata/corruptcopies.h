#pragma once

#include "core/result.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace heupwijzer::core::corruptcopies {

// Moves a damaged database and its WAL aside as "<path>.corrupt-YYYYMMDD-HHMMSS" (local time of `now`), so a
// fresh file can take its place while the old bytes stay available for rescue. Returns the new path.
Result<QString> moveAside(const QString &path, const QDateTime &now);

// The copies moveAside made earlier for `path` (they hold the reader's old data, so "Wis mijn gegevens" removes them).
QStringList list(const QString &path);
Result<void> removeAll(const QString &path);

} // namespace heupwijzer::core::corruptcopies
