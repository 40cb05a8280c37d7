#pragma once

#include "core/store/connectionsource.h"
#include "ui/searchanswer.h"

#include <QObject>

#include <atomic>
#include <memory>

namespace heupwijzer::core {
class Database;
}

namespace heupwijzer::ui {

// Runs searches on the search thread, with its own connection and engine (SQLite connections and the engine's
// tokenizer and prepared statements belong to one thread). Created on the window's thread, then moved; the
// connection and the engine are made on the first request, in the search thread.
class SearchWorker : public QObject {
    Q_OBJECT

public:
    // `latestGeneration` is the number of the newest request (owned by SearchService, which outlives this).
    SearchWorker(core::ConnectionSource connection, const std::atomic<quint64> &latestGeneration);
    ~SearchWorker() override;

    // In the search thread. A request that is no longer the newest is skipped without searching: while one
    // search runs, the keystrokes queued behind it cost nothing but the last.
    void run(const SearchRequest &request);

Q_SIGNALS:
    void answered(const heupwijzer::ui::SearchAnswer &answer);

private:
    core::Result<void> openEngine();

    const core::ConnectionSource m_connection; // declared first: the database below reads its bytes
    const std::atomic<quint64> &m_latestGeneration;
    std::unique_ptr<core::Database> m_db;
    std::unique_ptr<core::search::SearchEngine> m_engine; // declared after m_db, so it is destroyed first
};

} // namespace heupwijzer::ui
