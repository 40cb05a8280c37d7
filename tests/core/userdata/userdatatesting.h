#pragma once

#include "core/store/database.h"
#include "core/store/statement.h"
#include "core/userdata/clock.h"
#include "core/userdata/userstore.h"

#include "common/catch_qt.h"

#include <QDir>
#include <QFile>

// Helpers shared by the user data tests.
namespace userdatatesting {

// A clock that stands still until the test moves it; starts at 21 November 2026, 09:30:15 local time.
struct FakeClock {
    QDateTime now{QDate(2026, 11, 21), QTime(9, 30, 15)};
    heupwijzer::core::Clock clock()
    {
        return [this] { return now; };
    }
    void advance(int seconds) { now = now.addSecs(seconds); }
};

inline std::unique_ptr<heupwijzer::core::UserStore> openStore(const QString &path, FakeClock &clock)
{
    auto opened = heupwijzer::core::UserStore::open(path, clock.clock());
    INFO((opened ? QString() : opened.error().message).toStdString());
    REQUIRE(opened.ok());
    REQUIRE(opened->notice.isEmpty());
    return std::move(opened->store);
}

inline QString firstValue(heupwijzer::core::Database &db, QStringView sql)
{
    heupwijzer::core::Statement statement(db, sql);
    auto stepped = statement.step();
    INFO((stepped ? QString() : stepped.error().message).toStdString());
    REQUIRE(stepped.ok());
    REQUIRE(stepped.value());
    return statement.columnText(0);
}

inline QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

// Every name in `dir` (files and folders, recursively), relative to it.
inline QStringList entriesBelow(const QString &dir)
{
    QStringList names;
    const QDir root(dir);
    const QFileInfoList found =
        root.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    for (const QFileInfo &entry : found) {
        names.append(root.relativeFilePath(entry.filePath()));
        if (entry.isDir()) {
            for (const QString &inner : entriesBelow(entry.filePath()))
                names.append(entry.fileName() + u'/' + inner);
        }
    }
    return names;
}

} // namespace userdatatesting
