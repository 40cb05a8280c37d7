#include "core/store/contentstore.h"

#include "core/store/contentschema.h"
#include "core/store/database.h"
#include "core/store/statement.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <sqlite3.h>

namespace heupwijzer::core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ContentStore", text);
}

QStringList jsonList(const QString &json)
{
    QStringList out;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &value : array)
        out.append(value.toString());
    return out;
}

// Runs a query and hands every row to `onRow`; the first error ends the loop.
template <typename OnRow> Result<void> forEachRow(Database &db, QStringView sql, OnRow onRow)
{
    Statement statement(db, sql);
    return statement.forEachRow(onRow);
}

int pragmaInt(Database &db, QStringView pragma)
{
    Statement statement(db, pragma);
    auto stepped = statement.step();
    return stepped && stepped.value() ? statement.columnInt(0) : -1;
}

// The checks an external edition must pass before the reader trusts it, each with its own plain message.
Result<void> verifyEdition(Database &db)
{
    if (pragmaInt(db, u"PRAGMA application_id") != contentschema::kApplicationId)
        return Error{tr("Dit bestand is geen Heupwijzer-inhoud. Het is een andere database.")};
    const int version = pragmaInt(db, u"PRAGMA user_version");
    if (version != contentschema::kSchemaVersion)
        return Error{tr("Deze inhoud hoort bij een andere versie van Heupwijzer (versie %1, verwacht %2).")
                         .arg(version)
                         .arg(contentschema::kSchemaVersion)};
    Statement integrity(db, u"PRAGMA integrity_check");
    auto stepped = integrity.step();
    if (!stepped || !stepped.value() || integrity.columnText(0) != QStringLiteral("ok"))
        return Error{tr("Dit inhoudsbestand is beschadigd (de controle van de database faalt).")};
    return {};
}

// Reads the 100-byte SQLite header before SQLite does, so an empty, foreign or cut-off file gets a message that
// names its actual problem instead of SQLite's generic "file is not a database" or "malformed".
Result<void> verifyFileHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Het inhoudsbestand %1 kan niet worden gelezen.").arg(path)};
    const qint64 size = file.size();
    if (size == 0)
        return Error{tr("Het inhoudsbestand %1 is leeg.").arg(path)};
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        return Error{tr("%1 is geen Heupwijzer-inhoud: het is helemaal geen database.").arg(path)};
    const auto byteAt = [&header](int i) { return static_cast<quint32>(static_cast<unsigned char>(header.at(i))); };
    const quint32 rawPageSize = (byteAt(16) << 8) | byteAt(17);
    const qint64 pageSize = rawPageSize == 1 ? 65536 : rawPageSize; // the format stores 65536 as 1
    const qint64 pageCount = (byteAt(28) << 24) | (byteAt(29) << 16) | (byteAt(30) << 8) | byteAt(31);
    // The page count is only trustworthy when the writer kept it current ("version-valid-for" = change counter).
    const bool pageCountValid = header.mid(24, 4) == header.mid(92, 4);
    if (pageCountValid && pageSize * pageCount > size)
        return Error{tr("Het inhoudsbestand %1 is onvolledig: het is afgebroken na %2 van de %3 bytes.")
                         .arg(path)
                         .arg(size)
                         .arg(pageSize * pageCount)};
    return {};
}

} // namespace

ContentStore::ContentStore(std::unique_ptr<Database> db) : m_db(std::move(db)) {}

ContentStore::~ContentStore() = default;

Result<std::unique_ptr<ContentStore>> ContentStore::openImage(QByteArrayView image)
{
    auto opened = Database::openImage(image);
    if (!opened)
        return opened.error();
    return load(std::move(opened).value());
}

Result<std::unique_ptr<ContentStore>> ContentStore::openFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error{tr("Het inhoudsbestand %1 bestaat niet.").arg(path)};
    if (!info.isFile() || !info.isReadable())
        return Error{tr("Het inhoudsbestand %1 kan niet worden gelezen.").arg(path)};
    if (auto header = verifyFileHeader(path); !header)
        return header.error();
    auto opened = Database::open(path, Database::Mode::ReadOnly);
    if (!opened)
        return Error{tr("%1 is geen database: het bestand is beschadigd of van een ander soort.").arg(path),
                     opened.error().code};
    if (auto verified = verifyEdition(*opened.value()); !verified)
        return Error{path + QStringLiteral(": ") + verified.error().message};
    return load(std::move(opened).value());
}

Result<std::unique_ptr<ContentStore>> ContentStore::load(std::unique_ptr<Database> db)
{
    std::unique_ptr<ContentStore> store(new ContentStore(std::move(db)));
    for (auto step : {&ContentStore::loadMeta, &ContentStore::loadLibrary, &ContentStore::loadGlossary,
                      &ContentStore::loadExercises}) {
        if (auto loaded = (store.get()->*step)(); !loaded)
            return Error{tr("De inhoud kan niet worden gelezen: %1").arg(loaded.error().message)};
    }
    return store;
}

Result<void> ContentStore::loadMeta()
{
    return forEachRow(*m_db, u"SELECT key, value FROM meta", [this](Statement &row) {
        const QString key = row.columnText(0);
        const QString value = row.columnText(1);
        if (key == contentschema::kMetaEdition)
            m_meta.edition = value;
        else if (key == contentschema::kMetaContentHash)
            m_meta.contentHash = value;
        else if (key == contentschema::kMetaNewestReviewed)
            m_meta.newestReviewed = QDate::fromString(value, Qt::ISODate);
    });
}

Result<void> ContentStore::loadLibrary()
{
    auto articles = forEachRow(
        *m_db, u"SELECT id, title, summary, kind, regions, reviewed, sources FROM articles ORDER BY position",
        [this](Statement &row) {
            m_articleIndex.insert(row.columnText(0), m_library.size());
            m_library.append(ArticleInfo{row.columnText(0),
                                         row.columnText(1),
                                         row.columnText(2),
                                         row.columnText(3),
                                         jsonList(row.columnText(4)),
                                         QDate::fromString(row.columnText(5), Qt::ISODate),
                                         jsonList(row.columnText(6)),
                                         {}});
        });
    if (!articles)
        return articles;
    auto chapters = forEachRow(
        *m_db, u"SELECT id, article_id, title, position, is_condition, regions FROM chapters ORDER BY position",
        [this](Statement &row) {
            const auto owner = m_articleIndex.constFind(row.columnText(1));
            if (owner == m_articleIndex.cend())
                return; // a foreign key the compiler guarantees; an orphan chapter is simply not listed
            QList<ChapterInfo> &list = m_library[*owner].chapters;
            m_chapterIndex.insert(row.columnText(0), {*owner, list.size()});
            list.append(ChapterInfo{row.columnText(0),
                                    row.columnText(1),
                                    row.columnText(2),
                                    row.columnInt(3),
                                    row.columnInt(4) != 0,
                                    jsonList(row.columnText(5)),
                                    {}});
        });
    if (!chapters)
        return chapters;
    return forEachRow(*m_db, u"SELECT chapter_id, anchor, title FROM sections ORDER BY chapter_id, position",
                      [this](Statement &row) {
                          const auto owner = m_chapterIndex.constFind(row.columnText(0));
                          if (owner != m_chapterIndex.cend())
                              m_library[owner->first].chapters[owner->second].sections.append(
                                  SectionInfo{row.columnText(1), row.columnText(2)});
                      });
}

Result<void> ContentStore::loadGlossary()
{
    auto terms = forEachRow(*m_db, u"SELECT id, term, lay, medical, definition FROM glossary ORDER BY position",
                            [this](Statement &row) {
                                m_termIndex.insert(row.columnText(0), m_glossary.size());
                                m_glossary.append(GlossaryEntry{row.columnText(0),
                                                                row.columnText(1),
                                                                jsonList(row.columnText(2)),
                                                                jsonList(row.columnText(3)),
                                                                row.columnText(4),
                                                                {}});
                            });
    if (!terms)
        return terms;
    return forEachRow(*m_db,
                      u"SELECT u.term_id, u.chapter_id FROM glossary_usage u JOIN chapters c ON c.id = u.chapter_id "
                      u"ORDER BY c.position",
                      [this](Statement &row) {
                          const auto entry = m_termIndex.constFind(row.columnText(0));
                          if (entry != m_termIndex.cend())
                              m_glossary[*entry].usedIn.append(row.columnText(1));
                      });
}

Result<void> ContentStore::loadExercises()
{
    return forEachRow(*m_db,
                      u"SELECT id, title, goal, start, steps, hold, repetitions, sets, frequency, stop_if, image, alt "
                      u"FROM exercises ORDER BY position",
                      [this](Statement &row) {
                          m_exerciseIndex.insert(row.columnText(0), m_exercises.size());
                          m_exercises.append(Exercise{row.columnText(0), row.columnText(1), row.columnText(2),
                                                      row.columnText(3), jsonList(row.columnText(4)), row.columnText(5),
                                                      row.columnText(6), row.columnText(7), row.columnText(8),
                                                      row.columnText(9), row.columnText(10), row.columnText(11)});
                      });
}

const ArticleInfo *ContentStore::article(const QString &id) const
{
    const auto found = m_articleIndex.constFind(id);
    return found == m_articleIndex.cend() ? nullptr : &m_library.at(*found);
}

const ChapterInfo *ContentStore::chapter(const QString &id) const
{
    const auto found = m_chapterIndex.constFind(id);
    return found == m_chapterIndex.cend() ? nullptr : &m_library.at(found->first).chapters.at(found->second);
}

const GlossaryEntry *ContentStore::term(const QString &id) const
{
    const auto found = m_termIndex.constFind(id);
    return found == m_termIndex.cend() ? nullptr : &m_glossary.at(*found);
}

const Exercise *ContentStore::exercise(const QString &id) const
{
    const auto found = m_exerciseIndex.constFind(id);
    return found == m_exerciseIndex.cend() ? nullptr : &m_exercises.at(*found);
}

QList<const ChapterInfo *> ContentStore::chaptersInOrder() const
{
    QList<const ChapterInfo *> out;
    for (const ArticleInfo &articleInfo : m_library) {
        for (const ChapterInfo &chapterInfo : articleInfo.chapters)
            out.append(&chapterInfo);
    }
    return out;
}

Result<QString> ContentStore::chapterHtml(const QString &chapterId) const
{
    Statement statement(*m_db, u"SELECT html FROM chapters WHERE id = ?");
    statement.bind(1, chapterId);
    auto stepped = statement.step();
    if (!stepped)
        return stepped.error();
    if (!stepped.value())
        return Error{tr("Het hoofdstuk '%1' bestaat niet.").arg(chapterId)};
    return statement.columnText(0);
}

Result<QByteArray> ContentStore::image(const QString &name) const
{
    Statement statement(*m_db, u"SELECT svg FROM images WHERE name = ?");
    statement.bind(1, name);
    auto stepped = statement.step();
    if (!stepped)
        return stepped.error();
    if (!stepped.value())
        return Error{tr("De afbeelding '%1' bestaat niet.").arg(name)};
    return statement.columnBlob(0);
}

} // namespace heupwijzer::core
