#include "core/store/statement.h"

#include "core/store/database.h"

#include <sqlite3.h>

namespace heupwijzer::core {

namespace {

bool onlyWhitespaceOrComments(const char *tail)
{
    // sqlite3_prepare compiles only the first statement and hands back the rest: it must be blank.
    while (tail != nullptr && *tail != '\0') {
        const char c = *tail;
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == ';') {
            ++tail;
        } else if (c == '-' && tail[1] == '-') {
            while (*tail != '\0' && *tail != '\n')
                ++tail;
        } else {
            return false;
        }
    }
    return true;
}

} // namespace

Statement::Statement(Database &db, QStringView sql) : m_db(db)
{
    const QByteArray utf8 = sql.toUtf8();
    const char *tail = nullptr;
    const int result = sqlite3_prepare_v2(db.handle(), utf8.constData(), static_cast<int>(utf8.size()), &m_stmt, &tail);
    if (result != SQLITE_OK) {
        m_prepareError = Error{QString::fromUtf8(sqlite3_errmsg(db.handle())), result};
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    } else if (m_stmt == nullptr) {
        m_prepareError = Error{QStringLiteral("empty SQL statement"), SQLITE_MISUSE};
    } else if (!onlyWhitespaceOrComments(tail)) {
        m_prepareError = Error{QStringLiteral("more than one SQL statement in one prepare"), SQLITE_MISUSE};
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement &Statement::recordBind(int result)
{
    if (result != SQLITE_OK && m_bindError.message.isEmpty())
        m_bindError = Error{QString::fromUtf8(sqlite3_errmsg(m_db.handle())), result};
    return *this;
}

Statement &Statement::bind(int index, std::int64_t value)
{
    return recordBind(m_stmt ? sqlite3_bind_int64(m_stmt, index, value) : SQLITE_MISUSE);
}

Statement &Statement::bind(int index, double value)
{
    return recordBind(m_stmt ? sqlite3_bind_double(m_stmt, index, value) : SQLITE_MISUSE);
}

Statement &Statement::bind(int index, QStringView text)
{
    if (!m_stmt)
        return recordBind(SQLITE_MISUSE);
    const QByteArray utf8 = text.toUtf8();
    return recordBind(sqlite3_bind_text64(m_stmt, index, utf8.constData(), static_cast<sqlite3_uint64>(utf8.size()),
                                          SQLITE_TRANSIENT, SQLITE_UTF8));
}

Statement &Statement::bind(int index, const QByteArray &blob)
{
    if (!m_stmt)
        return recordBind(SQLITE_MISUSE);
    return recordBind(
        sqlite3_bind_blob64(m_stmt, index, blob.constData(), static_cast<sqlite3_uint64>(blob.size()), SQLITE_TRANSIENT));
}

Statement &Statement::bindNull(int index)
{
    return recordBind(m_stmt ? sqlite3_bind_null(m_stmt, index) : SQLITE_MISUSE);
}

Result<bool> Statement::step()
{
    if (!m_stmt)
        return m_prepareError;
    if (!m_bindError.message.isEmpty())
        return m_bindError;
    const int result = sqlite3_step(m_stmt);
    if (result == SQLITE_ROW)
        return true;
    if (result == SQLITE_DONE)
        return false;
    return Error{QString::fromUtf8(sqlite3_errmsg(m_db.handle())), result};
}

Result<void> Statement::run()
{
    for (;;) {
        auto stepped = step();
        if (!stepped)
            return stepped.error();
        if (!stepped.value())
            return {};
    }
}

void Statement::reset()
{
    if (!m_stmt)
        return;
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_bindError = {};
}

int Statement::columnCount() const
{
    return m_stmt ? sqlite3_column_count(m_stmt) : 0;
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

std::int64_t Statement::columnInt64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::columnDouble(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::columnText(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return QString::fromUtf8(text, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::columnBlob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return QByteArray(data, sqlite3_column_bytes(m_stmt, column));
}

} // namespace heupwijzer::core
