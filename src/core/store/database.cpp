#include "core/store/database.h"

#include "core/store/statement.h"

#include <sqlite3.h>

namespace heupwijzer::core {

namespace {

int openFlags(Database::Mode mode)
{
    switch (mode) {
    case Database::Mode::ReadOnly:
        return SQLITE_OPEN_READONLY;
    case Database::Mode::ReadWrite:
        return SQLITE_OPEN_READWRITE;
    case Database::Mode::ReadWriteCreate:
        return SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    }
    return SQLITE_OPEN_READONLY;
}

Error errorOf(sqlite3 *db, int code, const QString &what)
{
    const char *message = db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(code);
    return Error{what + QStringLiteral(": ") + QString::fromUtf8(message), code};
}

} // namespace

Database::Database(sqlite3 *db) : m_db(db) {}

Database::~Database()
{
    // sqlite3_close_v2 defers the close until every statement is finalized, so destruction order never leaks.
    sqlite3_close_v2(m_db);
}

Result<std::unique_ptr<Database>> Database::adopt(sqlite3 *db, int openResult, const QString &what)
{
    std::unique_ptr<Database> owned(new Database(db)); // owns db from here on, even when opening failed
    if (openResult != SQLITE_OK)
        return errorOf(db, openResult, what);
    sqlite3_extended_result_codes(db, 1);
    // SQLite opens files lazily: read the header now so a file that is not a database fails here, not later.
    Statement probe(*owned, u"PRAGMA schema_version");
    if (!probe.isValid())
        return Error{what + QStringLiteral(": ") + probe.prepareError().message, probe.prepareError().code};
    if (auto stepped = probe.step(); !stepped)
        return Error{what + QStringLiteral(": ") + stepped.error().message, stepped.error().code};
    return owned;
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, Mode mode)
{
    sqlite3 *db = nullptr;
    const int result = sqlite3_open_v2(path.toUtf8().constData(), &db, openFlags(mode) | SQLITE_OPEN_NOMUTEX, nullptr);
    return adopt(db, result, path);
}

Result<std::unique_ptr<Database>> Database::openInMemory()
{
    sqlite3 *db = nullptr;
    const int result = sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr);
    return adopt(db, result, QStringLiteral(":memory:"));
}

Result<std::unique_ptr<Database>> Database::openImage(QByteArrayView image)
{
    auto opened = openInMemory();
    if (!opened)
        return opened;
    // SQLITE_DESERIALIZE_READONLY never writes through the pointer; the const_cast only satisfies the C signature.
    auto *bytes = reinterpret_cast<unsigned char *>(const_cast<char *>(image.data()));
    const int result = sqlite3_deserialize(opened.value()->handle(), "main", bytes, image.size(), image.size(),
                                           SQLITE_DESERIALIZE_READONLY);
    if (result != SQLITE_OK)
        return errorOf(opened.value()->handle(), result, QStringLiteral("database image"));
    if (auto probe = opened.value()->execute(u"PRAGMA schema_version"); !probe)
        return probe.error();
    return opened;
}

Result<QByteArray> Database::serialize() const
{
    sqlite3_int64 size = 0;
    const std::unique_ptr<unsigned char, decltype(&sqlite3_free)> bytes(sqlite3_serialize(m_db, "main", &size, 0),
                                                                        &sqlite3_free);
    if (!bytes)
        return Error{QStringLiteral("serializing the database failed (out of memory?)")};
    return QByteArray(reinterpret_cast<const char *>(bytes.get()), static_cast<qsizetype>(size));
}

Result<void> Database::execute(QStringView sql)
{
    Statement statement(*this, sql);
    return statement.run();
}

Result<void> Database::executeScript(QStringView sql)
{
    const QByteArray utf8 = sql.toUtf8();
    const char *next = utf8.constData();
    while (next != nullptr && *next != '\0') {
        sqlite3_stmt *raw = nullptr;
        const char *tail = nullptr;
        const int prepared = sqlite3_prepare_v2(m_db, next, -1, &raw, &tail);
        std::unique_ptr<sqlite3_stmt, decltype(&sqlite3_finalize)> statement(raw, &sqlite3_finalize);
        if (prepared != SQLITE_OK)
            return errorOf(m_db, prepared, QStringLiteral("script"));
        next = tail;
        if (!statement)
            continue; // whitespace or a comment
        int stepped = SQLITE_ROW;
        while (stepped == SQLITE_ROW)
            stepped = sqlite3_step(statement.get());
        if (stepped != SQLITE_DONE)
            return errorOf(m_db, stepped, QStringLiteral("script"));
    }
    return {};
}

Error Database::lastError() const
{
    return Error{QString::fromUtf8(sqlite3_errmsg(m_db)), sqlite3_extended_errcode(m_db)};
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

} // namespace heupwijzer::core
