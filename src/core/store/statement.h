#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

#include <cstdint>

struct sqlite3_stmt;

namespace heupwijzer::core {

class Database;

// One prepared statement. SQL with more than one statement is refused, so a trailing "; DROP …" can never run.
class Statement {
public:
    Statement(Database &db, QStringView sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    Statement(Statement &&) = delete;
    Statement &operator=(Statement &&) = delete;

    // Empty when prepare succeeded; otherwise SQLite's message. Every later call fails with the same error.
    bool isValid() const { return m_stmt != nullptr; }
    const Error &prepareError() const { return m_prepareError; }

    // Parameters are 1-based, as in SQLite. Binding errors are reported by the next step().
    Statement &bind(int index, std::int64_t value);
    Statement &bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, QStringView text);
    Statement &bind(int index, const QString &text) { return bind(index, QStringView(text)); }
    Statement &bind(int index, const QByteArray &blob);
    Statement &bindNull(int index);

    // true: a row is ready; false: done. Error carries SQLite's message.
    Result<bool> step();
    // Steps to completion, for statements that return no rows.
    Result<void> run();
    // Hands every row to onRow(Statement&); the first error ends the loop and is returned.
    template <typename OnRow>
    Result<void> forEachRow(OnRow &&onRow)
    {
        for (;;) {
            auto stepped = step();
            if (!stepped)
                return stepped.error();
            if (!stepped.value())
                return {};
            onRow(*this);
        }
    }
    void reset();

    int columnCount() const;
    bool isNull(int column) const;
    std::int64_t columnInt64(int column) const;
    int columnInt(int column) const { return static_cast<int>(columnInt64(column)); }
    double columnDouble(int column) const;
    QString columnText(int column) const;
    QByteArray columnBlob(int column) const;

private:
    Statement &recordBind(int result);

    Database &m_db;
    sqlite3_stmt *m_stmt = nullptr;
    Error m_prepareError;
    Error m_bindError;
};

} // namespace heupwijzer::core
