#include "core/userdata/corruptcopies.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace heupwijzer::core::corruptcopies {

namespace {

constexpr QStringView kWalSuffix = u"-wal";
constexpr QStringView kShmSuffix = u"-shm";

QString copyPrefix(const QString &path)
{
    return path + QStringLiteral(".corrupt-");
}

// Two failures within one second must not overwrite the first copy.
QString unusedCopyPath(const QString &path, const QDateTime &now)
{
    const QString base = copyPrefix(path) + now.toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString candidate = base;
    for (int n = 2; QFileInfo::exists(candidate) || QFileInfo::exists(candidate + kWalSuffix); ++n)
        candidate = base + u'-' + QString::number(n);
    return candidate;
}

Error renameFailed(const QString &from, const QString &to, const QString &reason)
{
    return Error{
        QCoreApplication::translate("UserStore", "Het beschadigde bestand %1 kan niet opzij worden gezet als %2: %3")
            .arg(QDir::toNativeSeparators(from), QDir::toNativeSeparators(to), reason)};
}

} // namespace

Result<QString> moveAside(const QString &path, const QDateTime &now)
{
    const QString copy = unusedCopyPath(path, now);
    // A WAL left next to a fresh database would be replayed into it, so it travels first, with the file it
    // belongs to. The -shm file is only an index of that WAL and is rebuilt on demand.
    if (QFile wal(path + kWalSuffix); wal.exists() && !wal.rename(copy + kWalSuffix))
        return renameFailed(wal.fileName(), copy + kWalSuffix, wal.errorString());
    QFile database(path);
    if (!database.rename(copy))
        return renameFailed(path, copy, database.errorString());
    if (QFile shm(path + kShmSuffix); shm.exists() && !shm.remove())
        return renameFailed(shm.fileName(), copy + kShmSuffix, shm.errorString());
    qCWarning(lcStore) << "damaged user database moved aside to" << copy;
    return copy;
}

QStringList list(const QString &path)
{
    const QFileInfo info(path);
    const QString pattern = info.fileName() + QStringLiteral(".corrupt-*");
    QStringList copies;
    const QFileInfoList found = info.dir().entryInfoList({pattern}, QDir::Files | QDir::Hidden, QDir::Name);
    for (const QFileInfo &entry : found)
        copies.append(entry.filePath());
    return copies;
}

Result<void> removeAll(const QString &path)
{
    for (const QString &copy : list(path)) {
        if (QFile file(copy); !file.remove())
            return Error{QCoreApplication::translate("UserStore", "Het oude bestand %1 kan niet worden gewist: %2")
                             .arg(QDir::toNativeSeparators(copy), file.errorString())};
    }
    return {};
}

} // namespace heupwijzer::core::corruptcopies
