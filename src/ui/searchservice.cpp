#include "ui/searchservice.h"

#include "ui/searchworker.h"
#include "ui/uilogging.h"

namespace heupwijzer::ui {

SearchService::SearchService(const core::Database &contentDb, QObject *parent) : QObject(parent)
{
    qRegisterMetaType<SearchAnswer>();
    auto connection = core::ConnectionSource::of(contentDb);
    if (!connection) {
        m_unavailable = connection.error().message;
        qCWarning(lcUi) << "search is not available:" << m_unavailable;
        return;
    }
    m_thread.setObjectName(QStringLiteral("search"));
    m_worker = new SearchWorker(std::move(connection).value(), m_latestGeneration);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SearchWorker::answered, this, &SearchService::onWorkerAnswered, Qt::QueuedConnection);
    m_thread.start(QThread::LowPriority); // reading and scrolling come first on a busy machine
}

SearchService::~SearchService()
{
    cancel();
    m_thread.quit();
    m_thread.wait(); // at most the one search that is running: a few milliseconds
}

quint64 SearchService::search(const QString &text, const QString &region)
{
    const SearchRequest request{m_latestGeneration.fetch_add(1, std::memory_order_acq_rel) + 1, text, region};
    if (m_worker == nullptr) {
        // Still asynchronous, like a real answer, so callers see one behaviour.
        QMetaObject::invokeMethod(
            this,
            [this, request] {
                onWorkerAnswered(SearchAnswer{request, {}, m_unavailable});
            },
            Qt::QueuedConnection);
        return request.generation;
    }
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, request] { worker->run(request); }, Qt::QueuedConnection);
    return request.generation;
}

void SearchService::cancel()
{
    m_latestGeneration.fetch_add(1, std::memory_order_acq_rel);
}

QObject *SearchService::threadContext() const
{
    return m_worker;
}

void SearchService::onWorkerAnswered(const SearchAnswer &answer)
{
    if (answer.request.generation != m_latestGeneration.load(std::memory_order_acquire))
        return; // typed on (or cleared) while this was searched: a newer answer is coming
    Q_EMIT answered(answer);
}

} // namespace heupwijzer::ui
