#pragma once

#include "ui/searchanswer.h"

#include <QObject>
#include <QThread>

#include <atomic>

namespace heupwijzer::core {
class Database;
}

namespace heupwijzer::ui {

class SearchWorker;

// The window's side of searching: requests go to a search thread, so typing never waits for a query (the first
// one also loads the vocabulary), and only the answer to the newest request comes back. The window never
// waits for the thread, except once when this object is destroyed.
class SearchService : public QObject {
    Q_OBJECT

public:
    // `contentDb` is the reader's content connection: the search thread opens its own connection to the same
    // bytes. It must outlive this object.
    explicit SearchService(const core::Database &contentDb, QObject *parent = nullptr);
    ~SearchService() override;

    // Returns the request's generation; answered() follows unless a newer request or cancel() comes first.
    quint64 search(const QString &text, const QString &region);
    // Whatever is still being searched will not be shown (the field was cleared).
    void cancel();
    quint64 latestGeneration() const { return m_latestGeneration.load(); }

    // An object living in the search thread, for tests that need to hold the thread or post work behind the
    // queued searches.
    QObject *threadContext() const;

Q_SIGNALS:
    // Only the answer to the newest request: an answer overtaken by another keystroke is dropped.
    void answered(const heupwijzer::ui::SearchAnswer &answer);

private:
    void onWorkerAnswered(const SearchAnswer &answer);

    std::atomic<quint64> m_latestGeneration{0};
    QThread m_thread;
    SearchWorker *m_worker = nullptr; // lives in m_thread, deleted there when the thread finishes
    QString m_unavailable;            // why there is no worker (the content could not be shared)
};

} // namespace heupwijzer::ui
