#include "contentc/searchcommand.h"

#include "core/search/searchengine.h"
#include "core/store/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <optional>

namespace heupwijzer::contentc {

namespace {

constexpr const char *kUsage =
    "usage: heupwijzer-contentc search FILE.db QUERY [--limit N] [--region lies|zijkant|bil|onderrug] [--json]\n";

struct SearchArguments {
    QString database;
    QString query;
    core::search::SearchOptions options;
    bool json = false;
};

std::optional<SearchArguments> parseArguments(const QStringList &arguments)
{
    SearchArguments parsed;
    parsed.options.asYouType = false; // a command line query is complete: no prefix on the last word
    QStringList positional;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments[i];
        if (argument == u"--json") {
            parsed.json = true;
        } else if (argument == u"--limit" && i + 1 < arguments.size()) {
            bool ok = false;
            parsed.options.limit = arguments[++i].toInt(&ok);
            if (!ok || parsed.options.limit < 1)
                return std::nullopt;
        } else if (argument == u"--region" && i + 1 < arguments.size()) {
            parsed.options.region = arguments[++i];
        } else if (argument.startsWith(u"--")) {
            return std::nullopt;
        } else {
            positional.append(argument);
        }
    }
    if (positional.size() != 2)
        return std::nullopt;
    parsed.database = positional[0];
    parsed.query = positional[1];
    return parsed;
}

QJsonObject toJson(const core::search::SearchHit &hit)
{
    return QJsonObject{
        {QStringLiteral("article"), hit.articleId},         {QStringLiteral("chapter"), hit.chapterId},
        {QStringLiteral("chapterTitle"), hit.chapterTitle}, {QStringLiteral("section"), hit.sectionAnchor},
        {QStringLiteral("sectionTitle"), hit.sectionTitle}, {QStringLiteral("score"), hit.score},
        {QStringLiteral("snippet"), hit.snippetHtml},
    };
}

void printJson(const core::search::SearchResults &results, QTextStream &out)
{
    QJsonArray hits;
    for (const core::search::SearchHit &hit : results.hits)
        hits.append(toJson(hit));
    const QJsonObject document{{QStringLiteral("hits"), hits},
                               {QStringLiteral("didYouMean"), results.didYouMean},
                               {QStringLiteral("glossaryTerm"), results.glossaryTermId}};
    out << QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented));
}

void printText(const core::search::SearchResults &results, QTextStream &out)
{
    if (!results.didYouMean.isEmpty())
        out << "Bedoelde je: " << results.didYouMean << '\n';
    if (!results.glossaryTermId.isEmpty())
        out << "Begrip: " << results.glossaryTermId << '\n';
    if (results.hits.isEmpty())
        out << "Geen resultaten.\n";
    int rank = 0;
    for (const core::search::SearchHit &hit : results.hits) {
        out << ++rank << ". " << hit.articleId << " / " << hit.chapterId << "  " << hit.chapterTitle;
        if (!hit.sectionTitle.isEmpty())
            out << " › " << hit.sectionTitle;
        out << "  (" << QString::number(hit.score, 'f', 2) << ")\n   " << hit.snippetHtml << '\n';
    }
}

} // namespace

int runSearch(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const std::optional<SearchArguments> parsed = parseArguments(arguments);
    if (!parsed) {
        err << kUsage;
        return 2;
    }
    auto db = core::Database::open(parsed->database, core::Database::Mode::ReadOnly);
    if (!db) {
        err << db.error().message << '\n';
        return 1;
    }
    core::search::SearchEngine engine(*db.value());
    auto results = engine.search(parsed->query, parsed->options);
    if (!results) {
        err << results.error().message << '\n';
        return 1;
    }
    if (parsed->json)
        printJson(results.value(), out);
    else
        printText(results.value(), out);
    return 0;
}

} // namespace heupwijzer::contentc
