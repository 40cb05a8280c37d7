#include "syntheticcorpus.h"

#include "core/search/indexbuilder.h"
#include "core/store/contentschema.h"
#include "core/store/database.h"
#include "core/store/statement.h"
#include "core/store/transaction.h"

#include <QRegularExpression>
#include <QStringList>

#include <random>

namespace heupwijzer::bench {

namespace {

struct Pools {
    QStringList titles;
    QStringList headings;
    QStringList sentences;
};

core::Result<QStringList> column(core::Database &db, QStringView sql)
{
    core::Statement query(db, sql);
    QStringList values;
    for (;;) {
        auto stepped = query.step();
        if (!stepped)
            return stepped.error();
        if (!stepped.value())
            return values;
        values.append(query.columnText(0));
    }
}

core::Result<Pools> readPools(core::Database &real)
{
    Pools pools;
    auto titles = column(real, u"SELECT title FROM chapters ORDER BY position");
    auto headings = column(real, u"SELECT title FROM sections ORDER BY chapter_id, position");
    auto texts = column(real, u"SELECT plain_text FROM sections ORDER BY chapter_id, position");
    if (!titles || !headings || !texts)
        return core::Error{QStringLiteral("cannot read the real content")};
    pools.titles = titles.value();
    pools.headings = headings.value();
    static const QRegularExpression sentenceEnd(QStringLiteral("(?<=[.!?])\\s+|\\n+"));
    for (const QString &text : texts.value()) {
        for (const QString &sentence : text.split(sentenceEnd, Qt::SkipEmptyParts))
            pools.sentences.append(sentence.trimmed());
    }
    if (pools.titles.isEmpty() || pools.headings.isEmpty() || pools.sentences.isEmpty())
        return core::Error{QStringLiteral("the real content is empty")};
    return pools;
}

class Picker {
public:
    explicit Picker(unsigned seed) : m_random(seed) {}
    const QString &from(const QStringList &list)
    {
        std::uniform_int_distribution<qsizetype> index(0, list.size() - 1);
        return list[index(m_random)];
    }

private:
    std::mt19937 m_random;
};

core::Result<void> copyGlossary(core::Database &real, core::Database &db)
{
    core::Statement read(real, u"SELECT id, position, term, lay, medical, definition FROM glossary");
    core::Statement write(db, u"INSERT INTO glossary VALUES(?1, ?2, ?3, ?4, ?5, ?6)");
    for (;;) {
        auto stepped = read.step();
        if (!stepped)
            return stepped.error();
        if (!stepped.value())
            return {};
        write.reset();
        write.bind(1, read.columnText(0)).bind(2, read.columnInt64(1)).bind(3, read.columnText(2));
        write.bind(4, read.columnText(3)).bind(5, read.columnText(4)).bind(6, read.columnText(5));
        if (auto done = write.run(); !done)
            return done;
    }
}

core::Result<void> writeChapters(core::Database &db, const Pools &pools, const SyntheticCorpusOptions &options)
{
    Picker pick(options.seed);
    core::Statement article(db, u"INSERT INTO articles VALUES(?1, ?2, ?1, '', 'information', '[]', '2026-11-21', "
                                u"'[]', 0, 0, 0)");
    core::Statement chapter(db, u"INSERT INTO chapters VALUES(?1, ?2, ?3, ?4, 0, '[\"lies\"]', '', ?5, 0, 0, 0)");
    core::Statement section(db, u"INSERT INTO sections VALUES(?1, ?2, ?3, ?4, ?5)");
    constexpr int kChaptersPerArticle = 10;
    for (int c = 0; c < options.chapters; ++c) {
        const QString articleId = QStringLiteral("artikel-%1").arg(c / kChaptersPerArticle);
        if (c % kChaptersPerArticle == 0) {
            article.reset();
            article.bind(1, articleId).bind(2, c / kChaptersPerArticle);
            if (auto done = article.run(); !done)
                return done;
        }
        const QString chapterId = QStringLiteral("hoofdstuk-%1").arg(c);
        QString chapterText;
        for (int s = 0; s < options.sectionsPerChapter; ++s) {
            const QString heading = pick.from(pools.headings);
            QStringList sentences;
            for (int n = 0; n < options.sentencesPerSection; ++n)
                sentences.append(pick.from(pools.sentences));
            const QString text = sentences.join(u' ');
            chapterText += heading + u'\n' + text + u'\n';
            section.reset();
            section.bind(1, chapterId).bind(2, c * options.sectionsPerChapter + s);
            section.bind(3, QStringLiteral("deel-%1").arg(s)).bind(4, heading).bind(5, text);
            if (auto done = section.run(); !done)
                return done;
        }
        chapter.reset();
        chapter.bind(1, chapterId).bind(2, articleId).bind(3, c).bind(4, pick.from(pools.titles)).bind(5, chapterText);
        if (auto done = chapter.run(); !done)
            return done;
    }
    return {};
}

} // namespace

core::Result<std::unique_ptr<core::Database>> makeSyntheticCorpus(core::Database &realContent,
                                                                  const SyntheticCorpusOptions &options)
{
    auto pools = readPools(realContent);
    if (!pools)
        return pools.error();
    auto opened = core::Database::openInMemory();
    if (!opened)
        return opened.error();
    core::Database &db = *opened.value();
    if (auto created = db.executeScript(core::contentschema::kCreateTables); !created)
        return created.error();
    core::Transaction transaction(db);
    if (auto copied = copyGlossary(realContent, db); !copied)
        return copied.error();
    if (auto written = writeChapters(db, pools.value(), options); !written)
        return written.error();
    if (auto built = core::search::buildIndex(db); !built)
        return built.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return opened;
}

} // namespace heupwijzer::bench
