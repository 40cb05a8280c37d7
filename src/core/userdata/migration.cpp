#include "core/userdata/migration.h"

#include "core/logging.h"
#include "core/store/database.h"
#include "core/store/statement.h"
#include "core/store/transaction.h"

#include <QCoreApplication>

#include <algorithm>

namespace heupwijzer::core {

namespace {

Result<void> runStep(Database &db, QStringView step, int newVersion, int applicationId)
{
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.commit().error();
    if (auto applied = db.executeScript(step); !applied)
        return applied;
    // PRAGMA takes no bound parameters; both values are integers of our own, never user text.
    if (auto version = db.execute(QStringLiteral("PRAGMA user_version = %1").arg(newVersion)); !version)
        return version;
    if (auto id = db.execute(QStringLiteral("PRAGMA application_id = %1").arg(applicationId)); !id)
        return id;
    return transaction.commit();
}

} // namespace

Result<int> schemaVersion(Database &db)
{
    Statement statement(db, u"PRAGMA user_version");
    auto stepped = statement.step();
    if (!stepped)
        return stepped.error();
    return stepped.value() ? statement.columnInt(0) : 0;
}

Result<int> checkedSchemaVersion(Database &db, int newestKnown)
{
    auto current = schemaVersion(db);
    if (current && current.value() > newestKnown)
        return Error{QCoreApplication::translate("UserStore",
                                                 "Je gegevens zijn bewaard door een nieuwere versie van Heupwijzer "
                                                 "(versie %1; deze versie kent tot en met %2).")
                         .arg(current.value())
                         .arg(newestKnown)};
    return current;
}

Result<void> migrateSchema(Database &db, std::span<const QStringView> steps, int applicationId, int targetVersion)
{
    auto current = checkedSchemaVersion(db, static_cast<int>(steps.size()));
    if (!current)
        return current.error();
    const int last = std::min(targetVersion, static_cast<int>(steps.size()));
    for (int version = current.value(); version < last; ++version) {
        if (auto stepped = runStep(db, steps[static_cast<std::size_t>(version)], version + 1, applicationId);
            !stepped) {
            qCWarning(lcStore) << "schema step" << version + 1 << "failed:" << stepped.error().message;
            return stepped;
        }
        qCDebug(lcStore) << "user database migrated to version" << version + 1;
    }
    return {};
}

} // namespace heupwijzer::core
