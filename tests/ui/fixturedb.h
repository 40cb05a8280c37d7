#pragma once

#include "core/result.h"
#include "core/store/contentschema.h"
#include "core/store/database.h"
#include "core/store/statement.h"

#include <QByteArray>
#include <QStringList>

#include <memory>

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

// An empty content database that ContentStore accepts: the schema and the header the store checks.
inline std::unique_ptr<heupwijzer::core::Database> emptyContentDatabase()
{
    namespace contentschema = heupwijzer::core::contentschema;
    auto opened = heupwijzer::core::Database::openInMemory();
    if (!opened)
        throw std::runtime_error(opened.error().message.toStdString());
    std::unique_ptr<heupwijzer::core::Database> db = std::move(opened).value();
    check(db->executeScript(contentschema::kCreateTables), "schema");
    check(db->execute(QStringLiteral("PRAGMA application_id = %1").arg(contentschema::kApplicationId)),
          "application_id");
    check(db->execute(QStringLiteral("PRAGMA user_version = %1").arg(contentschema::kSchemaVersion)), "user_version");
    return db;
}

inline QByteArray imageOf(const heupwijzer::core::Database &db)
{
    auto image = db.serialize();
    if (!image)
        throw std::runtime_error(image.error().message.toStdString());
    return std::move(image).value();
}

} // namespace fixturedb
