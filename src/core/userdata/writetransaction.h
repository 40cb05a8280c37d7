#pragma once

#include "core/store/transaction.h"
#include "core/userdata/usermessages.h"

#include <QString>

namespace heupwijzer::core {

class Database;

// Runs `work` (returning a Result) inside one IMMEDIATE transaction and commits it. Any failure rolls the whole
// write back and comes out as `failure` plus a plain reason: "De bladwijzer is niet bewaard: de schijf is vol. …".
template <typename Work>
auto runWriteTransaction(Database &db, const QString &failure, Work work) -> decltype(work())
{
    Transaction transaction(db);
    if (!transaction.isActive())
        return usermessages::writeFailed(failure, transaction.commit().error());
    auto result = work();
    if (!result)
        return usermessages::writeFailed(failure, result.error());
    if (auto committed = transaction.commit(); !committed)
        return usermessages::writeFailed(failure, committed.error());
    return result;
}

} // namespace heupwijzer::core
