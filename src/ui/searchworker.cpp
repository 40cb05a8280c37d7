#include "ui/searchworker.h"

#include "core/store/database.h"
#include "ui/uilogging.h"

namespace heupwijzer::ui {

SearchWorker::SearchWorker(core::ConnectionSource connection, const std::atomic<quint64> &latestGeneration)
    : m_connection(std::move(connection)), m_latestGeneration(latestGeneration)
{}

SearchWorker::~SearchWorker() = default;

core::Result<void> SearchWorker::openEngine()
{
    if (m_engine)
        return {};
    auto opened = m_connection.open();
    if (!opened)
        return opened.error();
    m_db = std::move(opened).value();
    m_engine = std::make_unique<core::search::SearchEngine>(*m_db);
    return {};
}

void SearchWorker::run(const SearchRequest &request)
{
    if (request.generation < m_latestGeneration.load(std::memory_order_acquire))
        return; // the person typed on; the newer request is already queued
    SearchAnswer answer{request, {}, {}};
    if (auto ready = openEngine(); !ready) {
        answer.error = ready.error().message;
    } else {
        core::search::SearchOptions options;
        options.region = request.region;
        auto found = m_engine->search(request.text, options);
        if (found)
            answer.results = std::move(found).value();
        else
            answer.error = found.error().message;
    }
    if (!answer.error.isEmpty())
        qCWarning(lcUi) << "search for" << request.text << "failed:" << answer.error;
    Q_EMIT answered(answer);
}

} // namespace heupwijzer::ui
