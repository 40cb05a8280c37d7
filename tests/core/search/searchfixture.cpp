#include "searchfixture.h"

#include "core/search/indexbuilder.h"
#include "core/store/contentschema.h"
#include "core/store/database.h"
#include "core/store/statement.h"
#include "core/store/transaction.h"

#include <QList>
#include <QStringList>

#include <sqlite3.h>

namespace heupwijzer::tests {

namespace {

struct FixtureSection {
    QString title;
    QString text;
};

struct FixtureChapter {
    QString id;
    QString article;
    QString title;
    QString regions; // JSON array
    QList<FixtureSection> sections;
};

const QList<FixtureChapter> &chapters()
{
    static const QList<FixtureChapter> fixture = {
        {QStringLiteral("slijmbeurs-zijkant"),
         QStringLiteral("aandoeningen"),
         QStringLiteral("Pijn aan de zijkant van de heup"),
         QStringLiteral("[\"zijkant\"]"),
         {{QStringLiteral("Wat is het?"),
           QStringLiteral("Aan de zijkant van je heup zit een slijmbeurs. Bij een slijmbeursontsteking is die "
                          "slijmbeurs geïrriteerd. Liggen op die kant doet pijn.")},
          {QStringLiteral("Wat kun je zelf doen?"),
           QStringLiteral("Leg een kussen tussen je knieën als je op je zij slaapt.")}}},
        {QStringLiteral("liesbreuk"),
         QStringLiteral("aandoeningen"),
         QStringLiteral("Liesbreuk: bult in de lies"),
         QStringLiteral("[\"lies\"]"),
         {{QStringLiteral("Wat merk je?"),
           QStringLiteral("Je ziet of voelt een bult in je lies. Hoesten of persen geeft soms liespijn.")},
          {QStringLiteral("Wanneer bel je de huisarts?"),
           QStringLiteral("Bel meteen als de bult hard en pijnlijk is.")}}},
        {QStringLiteral("heupbuiger"),
         QStringLiteral("aandoeningen"),
         QStringLiteral("De heupbuiger (iliopsoas)"),
         QStringLiteral("[\"lies\"]"),
         {{QStringLiteral("Bouw"),
           QStringLiteral("De iliopsoas bestaat uit 2 spieren. Samen heten ze de heupbuigers.")},
          {QStringLiteral("Rekken"), QStringLiteral("Rek je heupbuigers rustig. Houd het 30 tellen vast.")}}},
        {QStringLiteral("artrose"),
         QStringLiteral("aandoeningen"),
         QStringLiteral("Heupartrose"),
         QStringLiteral("[\"lies\", \"bil\"]"),
         {{QStringLiteral("Wat merk je?"),
           QStringLiteral("Je hebt startpijn in de ochtend. Je heup is stijf. Het kraakbeen wordt dunner.")},
          {QStringLiteral("Hoe gaat het verder?"),
           QStringLiteral("Veel mensen houden jaren weinig last & blijven gewoon fietsen. Minder dan 1 op 10 heeft "
                          "<veel> pijn.")}}},
        {QStringLiteral("bil"),
         QStringLiteral("aandoeningen"),
         QStringLiteral("Pijn in je bil"),
         QStringLiteral("[\"bil\", \"onderrug\"]"),
         {{QStringLiteral("Waar komt het vandaan?"),
           QStringLiteral("Pijn in je bil komt vaak uit je onderrug. In mijn ervaring is het bij de "
                          "meeste mensen met wat rust in een week of wat beter.")}}},
        {QStringLiteral("oefeningen"),
         QStringLiteral("zelfzorg"),
         QStringLiteral("Oefeningen"),
         QStringLiteral("[]"),
         {{QStringLiteral("Bruggetje"),
           QStringLiteral("Lig op je rug. Til je bekken op. De heuppijn wordt vaak minder als je sterker wordt.")}}},
        {QStringLiteral("operaties"),
         QStringLiteral("zelfzorg"),
         QStringLiteral("Operaties"),
         QStringLiteral("[]"),
         {{QStringLiteral("Na de operatie"),
           QStringLiteral("Na een liesbreuk operatie rust je kort. Een liesbreuk komt soms terug. Dan volgt een "
                          "tweede liesbreuk operatie. Bij een liesbreuk helpt een matje.")}}},
    };
    return fixture;
}

struct FixtureTerm {
    QString id;
    QString lay;     // JSON array
    QString medical; // JSON array
};

const QList<FixtureTerm> &glossary()
{
    static const QList<FixtureTerm> fixture = {
        {QStringLiteral("bursitis"), QStringLiteral("[\"slijmbeursontsteking\", \"ontstoken slijmbeurs\"]"),
         QStringLiteral("[\"bursitis trochanterica\"]")},
        {QStringLiteral("iliopsoas"), QStringLiteral("[\"heupbuiger\", \"psoas\"]"),
         QStringLiteral("[\"musculus iliopsoas\"]")},
        {QStringLiteral("heupartrose"), QStringLiteral("[\"slijtage heup\", \"slijtage\"]"),
         QStringLiteral("[\"coxartrose\"]")},
        {QStringLiteral("liesbreuk"), QStringLiteral("[\"bult in de lies\"]"),
         QStringLiteral("[\"hernia inguinalis\"]")},
    };
    return fixture;
}

core::Result<void> insertArticles(core::Database &db)
{
    return db.executeScript(
        uR"sql(INSERT INTO articles VALUES('aandoeningen', 0, 'Aandoeningen', 'Wat het kan zijn.', 'condition', '[]',
                                           '2026-11-21', '["Thuisarts"]', 100, 80, 9);
               INSERT INTO articles VALUES('zelfzorg', 1, 'Zelfzorg', 'Wat je zelf doet.', 'information', '[]',
                                           '2026-11-21', '["Thuisarts"]', 100, 80, 9);)sql");
}

core::Result<void> insertChapter(core::Database &db, const FixtureChapter &chapter, int position)
{
    core::Statement section(db, u"INSERT INTO sections VALUES(?1, ?2, ?3, ?4, ?5)");
    QString plainText;
    for (qsizetype i = 0; i < chapter.sections.size(); ++i) {
        const FixtureSection &part = chapter.sections[i];
        plainText += part.title + u'\n' + part.text + u'\n';
        section.reset();
        section.bind(1, chapter.id).bind(2, static_cast<int>(position * 10 + i));
        section.bind(3, QStringLiteral("deel-%1").arg(i + 1)).bind(4, part.title).bind(5, part.text);
        if (auto done = section.run(); !done)
            return done;
    }
    core::Statement insert(db, u"INSERT INTO chapters VALUES(?1, ?2, ?3, ?4, 1, ?5, '<h1>…</h1>', ?6, 50, 80, 9)");
    insert.bind(1, chapter.id).bind(2, chapter.article).bind(3, position).bind(4, chapter.title);
    insert.bind(5, chapter.regions).bind(6, plainText);
    return insert.run();
}

core::Result<void> insertGlossary(core::Database &db)
{
    core::Statement insert(db, u"INSERT INTO glossary VALUES(?1, ?2, ?1, ?3, ?4, 'Uitleg.')");
    for (qsizetype i = 0; i < glossary().size(); ++i) {
        const FixtureTerm &term = glossary()[i];
        insert.reset();
        insert.bind(1, term.id).bind(2, static_cast<int>(i)).bind(3, term.lay).bind(4, term.medical);
        if (auto done = insert.run(); !done)
            return done;
    }
    return {};
}

} // namespace

core::Result<void> insertDiaryChapters(core::Database &db, int count)
{
    const FixtureChapter diary{
        {},
        QStringLiteral("zelfzorg"),
        {},
        QStringLiteral("[]"),
        {{QStringLiteral("Vandaag"), QStringLiteral("Mijn heup voelt vandaag anders. Ik wandel met de hond en rust "
                                                    "daarna. Morgen ga ik weer wandelen.")}}};
    for (int i = 0; i < count; ++i) {
        FixtureChapter chapter = diary;
        chapter.id = QStringLiteral("dagboek-%1").arg(i);
        chapter.title = QStringLiteral("Dagboek, dag %1").arg(i);
        if (auto done = insertChapter(db, chapter, i); !done)
            return done;
    }
    return {};
}

core::Result<std::unique_ptr<core::Database>> makeSearchFixture(int diaryChapters)
{
    auto opened = core::Database::openInMemory();
    if (!opened)
        return opened;
    core::Database &db = *opened.value();
    if (auto created = db.executeScript(core::contentschema::kCreateTables); !created)
        return created.error();
    core::Transaction transaction(db);
    if (auto done = insertArticles(db); !done)
        return done.error();
    if (auto done = insertDiaryChapters(db, diaryChapters); !done)
        return done.error();
    for (qsizetype i = 0; i < chapters().size(); ++i) {
        if (auto done = insertChapter(db, chapters()[i], diaryChapters + static_cast<int>(i)); !done)
            return done.error();
    }
    if (auto done = insertGlossary(db); !done)
        return done.error();
    if (auto built = core::search::buildIndex(db); !built)
        return built.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return opened;
}

QByteArray serialize(core::Database &db)
{
    auto image = db.serialize();
    return image ? std::move(image).value() : QByteArray();
}

} // namespace heupwijzer::tests
