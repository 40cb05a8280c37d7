#include "core/search/indexbuilder.h"

#include "core/search/compoundsplitter.h"
#include "core/search/dutchstemmer.h"
#include "core/search/dutchtokenizer.h"
#include "core/search/rankfunction.h"
#include "core/search/searchschema.h"
#include "core/search/synonymtable.h"
#include "core/search/textfold.h"
#include "core/search/vocabulary.h"
#include "core/store/database.h"
#include "core/store/statement.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>

#include <algorithm>

namespace heupwijzer::core::search {

namespace {

// A glossary name used by more than this share of rows ("heup", "lies") says nothing about a chapter's topic.
constexpr double kMostCommonTopicName = 0.2;

struct GlossaryEntry {
    QString id;
    QStringList names; // term, lay words, medical words
};

// One row of search_index: a chapter. Hits are chapters; the engine picks the best section of each hit itself,
// which keeps the number of rows to score (and so the time per keystroke) down to the number of chapters.
struct IndexRow {
    QString chapterId;
    QString title;
    QString headings; // the section titles
    QString terms;
    QString body;
};

Error failure(const QString &what, const Error &error)
{
    return Error{QStringLiteral("search index: ") + what + QStringLiteral(": ") + error.message, error.code};
}

QStringList jsonStrings(const QString &json)
{
    QStringList strings;
    for (const QJsonValue &value : QJsonDocument::fromJson(json.toUtf8()).array())
        strings.append(value.toString());
    return strings;
}

Result<QList<GlossaryEntry>> readGlossary(Database &db)
{
    Statement query(db, u"SELECT id, term, lay, medical FROM glossary ORDER BY position, id");
    QList<GlossaryEntry> glossary;
    for (;;) {
        auto stepped = query.step();
        if (!stepped)
            return failure(QStringLiteral("glossary"), stepped.error());
        if (!stepped.value())
            return glossary;
        GlossaryEntry entry{query.columnText(0), {query.columnText(1)}};
        entry.names += jsonStrings(query.columnText(2)) + jsonStrings(query.columnText(3));
        entry.names.removeDuplicates();
        glossary.append(entry);
    }
}

Result<QList<IndexRow>> readRows(Database &db)
{
    Statement chapters(db, u"SELECT id, title, plain_text FROM chapters ORDER BY position, id");
    Statement sections(db, u"SELECT title FROM sections WHERE chapter_id = ?1 ORDER BY position");
    QList<IndexRow> rows;
    for (;;) {
        auto stepped = chapters.step();
        if (!stepped)
            return failure(QStringLiteral("chapters"), stepped.error());
        if (!stepped.value())
            return rows;
        IndexRow row{chapters.columnText(0), chapters.columnText(1), {}, {}, chapters.columnText(2)};
        QStringList headings;
        sections.reset();
        sections.bind(1, row.chapterId);
        for (;;) {
            auto section = sections.step();
            if (!section)
                return failure(QStringLiteral("sections"), section.error());
            if (!section.value())
                break;
            headings.append(sections.columnText(0));
        }
        row.headings = headings.join(QStringLiteral(" · "));
        rows.append(row);
    }
}

QString foldedPhrase(const QString &text)
{
    return foldedWords(text).join(u' ');
}

// Words (folded) → how many rows use them. Glossary names count as known words even when no text uses them.
QMap<QString, int> countWords(const QList<IndexRow> &rows, const QList<GlossaryEntry> &glossary)
{
    QMap<QString, int> documents;
    for (const IndexRow &row : rows) {
        const QStringList words =
            foldedWords(QString(row.title + u' ' + row.headings + u' ' + row.terms + u' ' + row.body));
        for (const QString &word : QSet<QString>(words.cbegin(), words.cend()))
            ++documents[word];
    }
    for (const GlossaryEntry &entry : glossary) {
        for (const QString &name : entry.names) {
            for (const QString &word : foldedWords(name))
                documents.insert(word, documents.value(word, 0));
        }
    }
    return documents;
}

// The chapter row's "terms" column: every name of each glossary entry that the title or a heading names, so a
// chapter about "Heupartrose" is also found by "versleten heup" and "coxartrose".
void addTopicTerms(QList<IndexRow> &rows, const QList<GlossaryEntry> &glossary, const QMap<QString, int> &documents)
{
    const double commonLimit = kMostCommonTopicName * static_cast<double>(rows.size());
    QList<QStringList> namesOfEntry; // folded, padded with spaces for whole-word look-ups; common single words left out
    for (const GlossaryEntry &entry : glossary) {
        QStringList names;
        for (const QString &name : entry.names) {
            const QString folded = foldedPhrase(name);
            const bool common = !folded.contains(u' ') && documents.value(folded) > commonLimit;
            if (!folded.isEmpty() && !common)
                names.append(u' ' + folded + u' ');
        }
        namesOfEntry.append(names);
    }
    for (IndexRow &row : rows) {
        const QString headings = u' ' + foldedPhrase(row.title + u' ' + row.headings) + u' ';
        QStringList terms;
        for (qsizetype e = 0; e < glossary.size(); ++e) {
            const QStringList &names = namesOfEntry[e];
            if (std::any_of(names.cbegin(), names.cend(), [&](const QString &name) { return headings.contains(name); }))
                terms += glossary[e].names;
        }
        row.terms = terms.join(QStringLiteral(" · "));
    }
}

Result<void> writeRows(Database &db, const QList<IndexRow> &rows)
{
    Statement insertIndex(db,
                          u"INSERT INTO search_index(rowid, title, heading, terms, body) VALUES(?1, ?2, ?3, ?4, ?5)");
    Statement insertChapter(db, u"INSERT INTO search_chapters(rowid, chapter_id) VALUES(?1, ?2)");
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const IndexRow &row = rows[i];
        const auto rowId = static_cast<std::int64_t>(i + 1);
        insertIndex.reset();
        insertIndex.bind(1, rowId).bind(2, row.title).bind(3, row.headings).bind(4, row.terms).bind(5, row.body);
        if (auto done = insertIndex.run(); !done)
            return failure(QStringLiteral("index row of ") + row.chapterId, done.error());
        insertChapter.reset();
        insertChapter.bind(1, rowId).bind(2, row.chapterId);
        if (auto done = insertChapter.run(); !done)
            return failure(QStringLiteral("row of ") + row.chapterId, done.error());
    }
    // One merged b-tree: smaller and faster to read, and the same bytes for the same content.
    return db.execute(u"INSERT INTO search_index(search_index) VALUES('optimize')");
}

Result<void> writeVocabulary(Database &db, const QMap<QString, int> &documents, const DutchStemmer &stemmer)
{
    Statement insert(db, u"INSERT INTO search_vocabulary(word, stem, documents) VALUES(?1, ?2, ?3)");
    for (auto it = documents.cbegin(); it != documents.cend(); ++it) {
        insert.reset();
        insert.bind(1, it.key()).bind(2, stemmer.stem(it.key())).bind(3, it.value());
        if (auto done = insert.run(); !done)
            return failure(QStringLiteral("vocabulary"), done.error());
    }
    return {};
}

Result<void> writeSynonyms(Database &db, const QList<GlossaryEntry> &glossary, const DutchStemmer &stemmer)
{
    Statement insert(db, u"INSERT OR IGNORE INTO search_synonyms(key, phrase, term_id) VALUES(?1, ?2, ?3)");
    for (const GlossaryEntry &entry : glossary) {
        for (const QString &name : entry.names) {
            const QString key = SynonymTable::key(stemmer, name);
            if (key.isEmpty())
                continue;
            for (const QString &other : entry.names) {
                const QString phrase = foldedPhrase(other);
                if (phrase.isEmpty() || SynonymTable::key(stemmer, other) == key)
                    continue;
                insert.reset();
                insert.bind(1, key).bind(2, phrase).bind(3, entry.id);
                if (auto done = insert.run(); !done)
                    return failure(QStringLiteral("synonyms of ") + entry.id, done.error());
            }
        }
    }
    return {};
}

} // namespace

Result<void> buildIndex(Database &contentDb)
{
    return buildIndex(contentDb, IndexOptions{});
}

Result<void> buildIndex(Database &contentDb, const IndexOptions &options)
{
    auto glossary = readGlossary(contentDb);
    if (!glossary)
        return glossary.error();
    auto rows = readRows(contentDb);
    if (!rows)
        return rows.error();
    QMap<QString, int> documents = countWords(rows.value(), glossary.value());
    addTopicTerms(rows.value(), glossary.value(), documents);
    documents = countWords(rows.value(), glossary.value()); // the terms column adds uses

    std::shared_ptr<const CompoundSplitter> splitter;
    if (options.splitCompounds)
        splitter = std::make_shared<CompoundSplitter>(Vocabulary::compoundDictionary(documents.keys()));
    if (auto registered = registerDutchTokenizer(contentDb, splitter); !registered)
        return registered.error();
    if (auto registered = registerRankFunction(contentDb); !registered)
        return registered.error();
    if (auto created = contentDb.executeScript(kCreateSearchTables); !created)
        return failure(QStringLiteral("tables"), created.error());

    const DutchStemmer stemmer;
    if (auto written = writeRows(contentDb, rows.value()); !written)
        return written;
    if (auto written = writeVocabulary(contentDb, documents, stemmer); !written)
        return written;
    return writeSynonyms(contentDb, glossary.value(), stemmer);
}

} // namespace heupwijzer::core::search
