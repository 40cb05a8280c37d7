#include "core/store/transaction.h"

#include "core/logging.h"
#include "core/store/database.h"

namespace heupwijzer::core {

Transaction::Transaction(Database &db, Kind kind) : m_db(db)
{
    auto begun = m_db.execute(kind == Kind::Immediate ? u"BEGIN IMMEDIATE" : u"BEGIN");
    if (begun)
        m_active = true;
    else
        m_beginError = begun.error();
}

Transaction::~Transaction()
{
    if (m_active) {
        // SQLite rolls back by itself when ROLLBACK fails (e.g. after an I/O error); still say so in the log.
        if (auto rolledBack = m_db.execute(u"ROLLBACK"); !rolledBack)
            qCWarning(lcStore) << "rollback failed:" << rolledBack.error().message;
    }
}

Result<void> Transaction::commit()
{
    if (!m_active)
        return m_beginError.message.isEmpty() ? Error{QStringLiteral("transaction is not active")} : m_beginError;
    auto committed = m_db.execute(u"COMMIT");
    if (committed)
        m_active = false;
    return committed;
}

} // namespace heupwijzer::core
