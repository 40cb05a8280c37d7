#pragma once

#include "core/result.h"

namespace heupwijzer::core {

class Database;

// BEGIN on construction, ROLLBACK on destruction unless commit() succeeded.
class Transaction {
public:
    enum class Kind { Deferred, Immediate };

    explicit Transaction(Database &db, Kind kind = Kind::Immediate);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    Transaction(Transaction &&) = delete;
    Transaction &operator=(Transaction &&) = delete;

    Result<void> commit();
    bool isActive() const { return m_active; }

private:
    Database &m_db;
    Error m_beginError;
    bool m_active = false;
};

} // namespace heupwijzer::core
