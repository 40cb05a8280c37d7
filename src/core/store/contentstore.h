#pragma once

#include "core/result.h"
#include "core/store/exercise.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <utility>

namespace heupwijzer::core {

class Database;

struct SectionInfo {
    QString anchor; // link target inside the chapter: chapter:<chapter-id>#<anchor>
    QString title;
};

struct ChapterInfo {
    QString id;
    QString articleId;
    QString title;
    int position = 0; // global reading order
    bool isCondition = false;
    QStringList regions;
    QList<SectionInfo> sections;
};

struct ArticleInfo {
    QString id;
    QString title;
    QString summary;
    QString kind; // "condition" or "information"
    QStringList regions;
    QDate reviewed;
    QStringList sources;
    QList<ChapterInfo> chapters;
};

struct GlossaryEntry {
    QString id;
    QString term;
    QStringList lay;
    QStringList medical;
    QString definition;
    QStringList usedIn; // chapter ids, in reading order
};

struct ContentMeta {
    QString edition;
    QString contentHash;
    QDate newestReviewed;
};

// Read-only access to a compiled content database. The library, glossary and exercises are small and read once
// at open; chapter HTML and images are read on demand.
class ContentStore {
public:
    // The embedded edition: a database image that must outlive the store (a Qt resource lives forever).
    static Result<std::unique_ptr<ContentStore>> openImage(QByteArrayView image);
    // An external edition (--content FILE). Refused, with a Dutch message naming the problem, unless it is a
    // Heupwijzer content database of this schema version that passes integrity_check.
    static Result<std::unique_ptr<ContentStore>> openFile(const QString &path);

    ~ContentStore();
    ContentStore(const ContentStore &) = delete;
    ContentStore &operator=(const ContentStore &) = delete;

    const ContentMeta &meta() const { return m_meta; }
    const QList<ArticleInfo> &library() const { return m_library; }
    const QList<GlossaryEntry> &glossary() const { return m_glossary; }
    const QList<Exercise> &exercises() const { return m_exercises; }

    const ChapterInfo *chapter(const QString &id) const;
    const ArticleInfo *article(const QString &id) const;
    const GlossaryEntry *term(const QString &id) const;
    const Exercise *exercise(const QString &id) const;
    // Chapters in reading order, across articles (for previous/next).
    QList<const ChapterInfo *> chaptersInOrder() const;

    Result<QString> chapterHtml(const QString &chapterId) const;
    Result<QByteArray> image(const QString &name) const;

    // For the search engine, which reads its FTS tables from the same connection.
    Database &database() const { return *m_db; }

private:
    explicit ContentStore(std::unique_ptr<Database> db);
    static Result<std::unique_ptr<ContentStore>> load(std::unique_ptr<Database> db);
    Result<void> loadMeta();
    Result<void> loadLibrary();
    Result<void> loadGlossary();
    Result<void> loadExercises();

    std::unique_ptr<Database> m_db;
    ContentMeta m_meta;
    QList<ArticleInfo> m_library;
    QList<GlossaryEntry> m_glossary;
    QList<Exercise> m_exercises;
    // Positions by id, so lookups stay fast for a large edition (indices, unlike pointers, survive appends).
    QHash<QString, qsizetype> m_articleIndex;
    QHash<QString, std::pair<qsizetype, qsizetype>> m_chapterIndex; // article index, chapter index
    QHash<QString, qsizetype> m_termIndex;
    QHash<QString, qsizetype> m_exerciseIndex;
};

} // namespace heupwijzer::core
