#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>

struct sqlite3;

namespace heupwijzer::core {

// Owns one sqlite3 connection. Not copyable or movable: statements and transactions keep a reference to it.
class Database {
public:
    enum class Mode { ReadOnly, ReadWrite, ReadWriteCreate };

    static Result<std::unique_ptr<Database>> open(const QString &path, Mode mode);
    static Result<std::unique_ptr<Database>> openInMemory();
    // Opens a serialized database image read-only without copying it. The bytes must outlive the Database.
    static Result<std::unique_ptr<Database>> openImage(QByteArrayView image);

    // A copy of the main database as one image of bytes, which openImage() reads back.
    Result<QByteArray> serialize() const;

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;
    Database(Database &&) = delete;
    Database &operator=(Database &&) = delete;

    // Runs one statement that returns no rows.
    Result<void> execute(QStringView sql);
    // Runs several statements in order; for the project's own constant scripts (schemas, pragmas).
    Result<void> executeScript(QStringView sql);

    sqlite3 *handle() const { return m_db; }
    Error lastError() const;
    qint64 lastInsertRowId() const;
    int changes() const;

private:
    explicit Database(sqlite3 *db);
    static Result<std::unique_ptr<Database>> adopt(sqlite3 *db, int openResult, const QString &what);

    sqlite3 *m_db;
};

} // namespace heupwijzer::core
