#include "core/content/contentwriter.h"

#include "core/search/indexbuilder.h"
#include "core/store/contentschema.h"
#include "core/store/database.h"
#include "core/store/statement.h"
#include "core/store/transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <cmath>
#include <cstdint>
#include <variant>

namespace heupwijzer::core::content {

namespace {

using Value = std::variant<QString, std::int64_t, double, QByteArray>;

QString jsonList(const QStringList &items)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(items)).toJson(QJsonDocument::Compact));
}

// Two decimals are plenty for a reading score and keep the bytes the same across compilers.
double rounded(double value)
{
    return std::round(value * 100.0) / 100.0;
}

// One prepared INSERT, reused for every row of its table.
class Inserter {
public:
    Inserter(Database &db, QStringView sql) : m_statement(db, sql) {}

    Result<void> row(std::initializer_list<Value> values)
    {
        m_statement.reset();
        int index = 1;
        for (const Value &value : values) {
            std::visit([&](const auto &v) { m_statement.bind(index, v); }, value);
            ++index;
        }
        return m_statement.run();
    }

private:
    Statement m_statement;
};

#define HW_TRY(expression)                                                                                             \
    do {                                                                                                               \
        if (auto tried = (expression); !tried)                                                                         \
            return tried.error();                                                                                      \
    } while (false)

Result<void> writeArticles(Database &db, const ContentSet &content)
{
    Inserter articles(db, u"INSERT INTO articles VALUES(?,?,?,?,?,?,?,?,?,?,?)");
    Inserter chapters(db, u"INSERT INTO chapters VALUES(?,?,?,?,?,?,?,?,?,?,?)");
    Inserter sections(db, u"INSERT INTO sections VALUES(?,?,?,?,?)");
    Inserter usage(db, u"INSERT OR IGNORE INTO glossary_usage VALUES(?,?)");
    std::int64_t chapterPosition = 0;
    std::int64_t sectionPosition = 0;
    for (qsizetype a = 0; a < content.articles.size(); ++a) {
        const Article &article = content.articles.at(a);
        HW_TRY(articles.row(
            {article.id, std::int64_t(a), article.title, article.summary, article.kind, jsonList(article.regions),
             article.reviewed.toString(Qt::ISODate), jsonList(article.sources), std::int64_t(article.readability.words),
             rounded(article.readability.fleschDouma()), rounded(article.readability.averageSentenceLength())}));
        for (const Chapter &chapter : article.chapters) {
            HW_TRY(chapters.row(
                {chapter.id, article.id, chapterPosition++, chapter.title, std::int64_t(chapter.isCondition ? 1 : 0),
                 jsonList(chapter.regions), chapter.html, chapter.plainText, std::int64_t(chapter.readability.words),
                 rounded(chapter.readability.fleschDouma()), rounded(chapter.readability.averageSentenceLength())}));
            for (const Section &section : chapter.sections)
                HW_TRY(sections.row({chapter.id, sectionPosition++, section.anchor, section.title, section.plainText}));
            for (const QString &termId : chapter.glossaryTerms)
                HW_TRY(usage.row({termId, chapter.id}));
        }
    }
    return {};
}

Result<void> writeLibraryData(Database &db, const ContentSet &content)
{
    Inserter glossary(db, u"INSERT INTO glossary VALUES(?,?,?,?,?,?)");
    for (qsizetype i = 0; i < content.glossary.size(); ++i) {
        const GlossaryTerm &term = content.glossary.at(i);
        HW_TRY(glossary.row(
            {term.id, std::int64_t(i), term.term, jsonList(term.lay), jsonList(term.medical), term.definition}));
    }
    Inserter exercises(db, u"INSERT INTO exercises VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?)");
    for (qsizetype i = 0; i < content.exercises.size(); ++i) {
        const ExerciseCard &card = content.exercises.at(i);
        HW_TRY(
            exercises.row({card.id, std::int64_t(i), card.title, card.goal, card.start, jsonList(card.steps), card.hold,
                           card.repetitions, card.sets, card.frequency, card.stopIf, card.image, card.alt}));
    }
    Inserter images(db, u"INSERT INTO images VALUES(?,?,?)");
    for (const ImageFile &image : content.images)
        HW_TRY(images.row({image.name, image.alt, image.svg}));
    Inserter meta(db, u"INSERT INTO meta VALUES(?,?)");
    HW_TRY(meta.row({contentschema::kMetaEdition.toString(), content.edition}));
    HW_TRY(meta.row({contentschema::kMetaContentHash.toString(), content.inputHash}));
    HW_TRY(meta.row({contentschema::kMetaNewestReviewed.toString(), content.newestReviewed().toString(Qt::ISODate)}));
    return {};
}

Result<void> fill(Database &db, const ContentSet &content)
{
    // The header fields first: they mark the file as ours before anything else is in it.
    HW_TRY(db.execute(QStringLiteral("PRAGMA application_id = %1").arg(contentschema::kApplicationId)));
    HW_TRY(db.execute(QStringLiteral("PRAGMA user_version = %1").arg(contentschema::kSchemaVersion)));
    HW_TRY(db.executeScript(contentschema::kCreateTables));
    Transaction transaction(db);
    HW_TRY(writeArticles(db, content));
    HW_TRY(writeLibraryData(db, content));
    HW_TRY(search::buildIndex(db));
    HW_TRY(transaction.commit());
    // Rebuilds the file page by page in a fixed order: no free pages, no traces of insert order.
    return db.execute(u"VACUUM");
}

#undef HW_TRY

} // namespace

Result<QByteArray> ContentWriter::image(const ContentSet &content)
{
    // Built in memory and serialized: the image has the header of a rollback-journal (journal_mode=DELETE)
    // database, which sqlite3_deserialize accepts; a WAL image would not open.
    auto opened = Database::openInMemory();
    if (!opened)
        return opened.error();
    Database &db = *opened.value();
    if (auto filled = fill(db, content); !filled)
        return Error{QStringLiteral("writing the content database failed: %1").arg(filled.error().message),
                     filled.error().code};
    return db.serialize();
}

Result<void> ContentWriter::write(const ContentSet &content, const QString &path)
{
    auto bytes = image(content);
    if (!bytes)
        return bytes.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{QStringLiteral("cannot write %1: %2").arg(path, file.errorString())};
    if (file.write(bytes.value()) != bytes.value().size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return Error{QStringLiteral("cannot write %1: %2").arg(path, reason)};
    }
    if (!file.commit())
        return Error{QStringLiteral("cannot write %1: %2").arg(path, file.errorString())};
    return {};
}

} // namespace heupwijzer::core::content
