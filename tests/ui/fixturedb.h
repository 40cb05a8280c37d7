#pragma once

#include "core/result.h"
#include "core/store/database.h"
#include "core/store/statement.h"

#include <QStringList>

#include <stdexcept>
#include <string>

// Shared by the fixture builders of the UI tests: a fixture that cannot be built is a broken test, so it throws.
namespace fixturedb {

inline void check(const heupwijzer::core::Result<void> &result, const char *what)
{
    if (!result)
        throw std::runtime_error(std::string(what) + ": " + result.error().message.toStdString());
}

// Runs one INSERT with the values bound as text, in order.
inline void insert(heupwijzer::core::Database &db, QStringView sql, const QStringList &values)
{
    heupwijzer::core::Statement statement(db, sql);
    for (int i = 0; i < values.size(); ++i)
        statement.bind(i + 1, values[i]);
    check(statement.run(), "insert");
}

} // namespace fixturedb
