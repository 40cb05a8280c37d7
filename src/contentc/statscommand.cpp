#include "contentc/statscommand.h"

#include "contentc/compileoptions.h"
#include "core/store/contentstore.h"
#include "core/store/database.h"
#include "core/store/statement.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace heupwijzer::contentc {

namespace {

using core::Database;
using core::Result;
using core::Statement;

Result<QJsonObject> counts(Database &db)
{
    Statement statement(db, u"SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM chapters), "
                            u"(SELECT count(*) FROM sections), (SELECT count(*) FROM glossary), "
                            u"(SELECT count(*) FROM exercises), (SELECT count(*) FROM images), "
                            u"(SELECT total(words) FROM chapters)");
    auto stepped = statement.step();
    if (!stepped)
        return stepped.error();
    QJsonObject out;
    const QStringList names{QStringLiteral("articles"),       QStringLiteral("chapters"),  QStringLiteral("sections"),
                            QStringLiteral("glossary_terms"), QStringLiteral("exercises"), QStringLiteral("images"),
                            QStringLiteral("words")};
    for (int i = 0; i < names.size(); ++i)
        out.insert(names.at(i), static_cast<qint64>(statement.columnInt64(i)));
    return out;
}

QJsonObject readabilityRow(const Statement &row, int first)
{
    return QJsonObject{{QStringLiteral("id"), row.columnText(first)},
                       {QStringLiteral("title"), row.columnText(first + 1)},
                       {QStringLiteral("words"), static_cast<qint64>(row.columnInt64(first + 2))},
                       {QStringLiteral("flesch_douma"), row.columnDouble(first + 3)},
                       {QStringLiteral("sentence_length"), row.columnDouble(first + 4)}};
}

Result<QJsonArray> perArticle(Database &db)
{
    QJsonArray articles;
    Statement articleRows(db,
                          u"SELECT id, title, words, flesch_douma, sentence_length FROM articles ORDER BY position");
    Statement chapterRows(db, u"SELECT id, title, words, flesch_douma, sentence_length FROM chapters "
                              u"WHERE article_id = ? ORDER BY position");
    for (;;) {
        auto stepped = articleRows.step();
        if (!stepped)
            return stepped.error();
        if (!stepped.value())
            return articles;
        QJsonObject article = readabilityRow(articleRows, 0);
        QJsonArray chapters;
        chapterRows.reset();
        chapterRows.bind(1, articleRows.columnText(0));
        for (auto chapter = chapterRows.step(); chapter && chapter.value(); chapter = chapterRows.step())
            chapters.append(readabilityRow(chapterRows, 0));
        article.insert(QStringLiteral("chapters"), chapters);
        articles.append(article);
    }
}

void printTable(const QJsonObject &stats, QTextStream &out)
{
    for (const QString &key : {QStringLiteral("articles"), QStringLiteral("chapters"), QStringLiteral("sections"),
                               QStringLiteral("glossary_terms"), QStringLiteral("exercises"), QStringLiteral("images"),
                               QStringLiteral("words")})
        out << qSetFieldWidth(16) << Qt::left << key << qSetFieldWidth(0) << stats.value(key).toInteger() << '\n';
    out << "\nFlesch-Douma  words/sentence  words  article / chapter\n";
    const auto line = [&out](const QJsonObject &row, const QString &indent) {
        out << qSetFieldWidth(12) << Qt::right << QString::number(row.value(u"flesch_douma").toDouble(), 'f', 1)
            << qSetFieldWidth(16) << QString::number(row.value(u"sentence_length").toDouble(), 'f', 1)
            << qSetFieldWidth(7) << row.value(u"words").toInteger() << qSetFieldWidth(0) << Qt::left << "  " << indent
            << row.value(u"id").toString() << '\n';
    };
    for (const QJsonValue &article : stats.value(u"per_article").toArray()) {
        line(article.toObject(), {});
        for (const QJsonValue &chapter : article.toObject().value(u"chapters").toArray())
            line(chapter.toObject(), QStringLiteral("  "));
    }
}

} // namespace

int runStats(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Counts and readability of a content database."));
    parser.addPositionalArgument(QStringLiteral("FILE.db"), QStringLiteral("A database written by build."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    parser.addOption(json);
    if (const std::optional<int> stop = parseCommand(parser, QStringLiteral("stats"), arguments, 1, out, err))
        return *stop;
    auto store = core::ContentStore::openFile(parser.positionalArguments().at(0));
    if (!store) {
        err << "heupwijzer-contentc stats: " << store.error().message << '\n';
        return 1;
    }
    Database &db = store.value()->database();
    auto stats = counts(db);
    auto articles = perArticle(db);
    if (!stats || !articles) {
        err << "heupwijzer-contentc stats: " << (stats ? articles.error() : stats.error()).message << '\n';
        return 1;
    }
    const core::ContentMeta &meta = store.value()->meta();
    stats->insert(QStringLiteral("edition"), meta.edition);
    stats->insert(QStringLiteral("content_sha256"), meta.contentHash);
    stats->insert(QStringLiteral("newest_reviewed"), meta.newestReviewed.toString(Qt::ISODate));
    stats->insert(QStringLiteral("per_article"), articles.value());
    if (parser.isSet(json))
        out << QString::fromUtf8(QJsonDocument(stats.value()).toJson(QJsonDocument::Indented));
    else
        printTable(stats.value(), out);
    return 0;
}

} // namespace heupwijzer::contentc
