#include "handoutfixture.h"

#include "core/store/contentschema.h"
#include "core/store/database.h"
#include "core/store/statement.h"

#include <stdexcept>

#include "fixturedb.h"

using namespace heupwijzer::core;

const QString HandoutFixture::kRedFlagItem = QStringLiteral("Je been is ineens koud en wit.");
const QStringList HandoutFixture::kExerciseIds{QStringLiteral("bruggetje"), QStringLiteral("schelp"),
                                               QStringLiteral("buikademhaling"), QStringLiteral("heupbuiger-staand"),
                                               QStringLiteral("rug-opdrukken")};

namespace {

using fixturedb::check;
using fixturedb::insert;

const QString kSvg =
    QStringLiteral(R"(<svg xmlns="http://www.w3.org/2000/svg" width="600" height="400" viewBox="0 0 600 400">)"
                   R"(<rect x="10" y="350" width="580" height="12" fill="none" stroke="#000" stroke-width="4"/>)"
                   R"(<polyline points="80,340 250,200 420,340" fill="none" stroke="#000" stroke-width="14"/>)"
                   R"(<circle cx="60" cy="310" r="26" fill="none" stroke="#000" stroke-width="6"/></svg>)");

const QString kFooter = QStringLiteral("<hr/>\n<p class=\"sources-title\">Bronnen</p>\n<ul class=\"sources\">\n<li>Een "
                                       "bron die niet op papier hoort</li>\n"
                                       "</ul>\n<p class=\"reviewed\">Gecontroleerd op 20 november 2026</p>\n");

QString redFlagHtml()
{
    return QStringLiteral(
               "<h1>Alarmsignalen bij heuppijn</h1>\n<p>Soms is snel hulp nodig.</p>\n"
               "<table class=\"callout caution\" width=\"100%\" cellspacing=\"0\" cellpadding=\"12\">"
               "<tr><td>\n<p class=\"callout-title\">Alarmsignalen</p>\n"
               "<p class=\"urgency urgency-112\"><b>Bel 112</b></p>\n<ul>\n<li>Je bent gevallen.</li>\n</ul>\n"
               "<p class=\"urgency urgency-now\"><b>Bel meteen de huisarts of huisartsenpost</b></p>\n"
               "<ul>\n<li>") +
           HandoutFixture::kRedFlagItem + QStringLiteral("</li>\n</ul>\n</td></tr></table>\n") + kFooter;
}

QString exercisesChapterHtml()
{
    return QStringLiteral(
               "<h1>Oefeningen voor thuis</h1>\n<p>Oefen elke dag een beetje.</p>\n"
               "<h2><a name=\"rustig-beginnen\"></a>Rustig beginnen</h2>\n<p>Begin met 5 minuten per dag.</p>\n"
               "<p>Lees ook <a class=\"term\" href=\"begrip:pees\">pees</a> en "
               "<a class=\"external\" href=\"https://www.thuisarts.nl\">Thuisarts</a>.</p>\n"
               "<h2><a name=\"opbouwen\"></a>Opbouwen</h2>\n<p>Doe elke week 1 keer meer.</p>\n") +
           kFooter;
}

QString longChapterHtml()
{
    QString html = QStringLiteral("<h1>Een lang hoofdstuk</h1>\n");
    for (int i = 1; i <= 90; ++i) {
        if (i % 10 == 1)
            html += QStringLiteral("<h2><a name=\"deel-%1\"></a>Deel %1</h2>\n").arg(i / 10 + 1);
        html += QStringLiteral("<p>Alinea %1. Dit is een zin om de pagina te vullen, zodat het hoofdstuk over "
                               "meer dan 1 pagina loopt.</p>\n")
                    .arg(i);
    }
    return html + kFooter;
}

void fillArticles(Database &db, bool withRedFlagChapter)
{
    const QString articleSql =
        QStringLiteral("INSERT INTO articles VALUES(?1, ?2, ?3, 'Samenvatting.', 'information', '[]', '2026-11-20', "
                       "'[\"Bron\"]', 100, 75.0, 8.0)");
    insert(db, articleSql, {QStringLiteral("thuis"), QStringLiteral("0"), QStringLiteral("Zelf aan de slag")});
    const QString chapterSql =
        QStringLiteral("INSERT INTO chapters VALUES(?1, ?2, ?3, ?4, 0, '[]', ?5, 'tekst', 50, 75.0, 8.0)");
    insert(db, chapterSql,
           {QStringLiteral("oefeningen"), QStringLiteral("thuis"), QStringLiteral("0"),
            QStringLiteral("Oefeningen voor thuis"), exercisesChapterHtml()});
    insert(db, chapterSql,
           {QStringLiteral("lang"), QStringLiteral("thuis"), QStringLiteral("1"), QStringLiteral("Een lang hoofdstuk"),
            longChapterHtml()});
    const QString sectionSql = QStringLiteral("INSERT INTO sections VALUES(?1, ?2, ?3, ?4, 'tekst')");
    insert(db, sectionSql,
           {QStringLiteral("oefeningen"), QStringLiteral("0"), QStringLiteral("rustig-beginnen"),
            QStringLiteral("Rustig beginnen")});
    insert(db, sectionSql,
           {QStringLiteral("oefeningen"), QStringLiteral("1"), QStringLiteral("opbouwen"), QStringLiteral("Opbouwen")});
    if (!withRedFlagChapter)
        return;
    insert(db, articleSql, {QStringLiteral("hulp"), QStringLiteral("1"), QStringLiteral("Wanneer zoek je hulp?")});
    insert(db, chapterSql,
           {QStringLiteral("alarmsignalen"), QStringLiteral("hulp"), QStringLiteral("2"),
            QStringLiteral("Alarmsignalen bij heuppijn"), redFlagHtml()});
}

void fillExercises(Database &db)
{
    const QString sql = QStringLiteral("INSERT INTO exercises VALUES(?1, ?2, ?3, 'Je spieren sterker maken.', "
                                       "'Lig op je rug op een mat. Buig je knieën.', ?4, '5 tellen', '10 keer', "
                                       "'3 keer', 'Elke dag', ?5, ?6, 'Een tekening van de oefening.')");
    QStringList steps;
    for (int step = 1; step <= 6; ++step)
        steps << QStringLiteral("\"Stap %1: beweeg rustig en adem door, zonder te haasten.\"").arg(step);
    const QString stepsJson = u'[' + steps.join(u',') + u']';
    for (int i = 0; i < HandoutFixture::kExerciseIds.size(); ++i) {
        const QString &id = HandoutFixture::kExerciseIds[i];
        insert(db, sql,
               {id, QString::number(i), HandoutFixture::exerciseTitle(id), stepsJson, HandoutFixture::stopIf(id),
                QStringLiteral("oefening-%1.svg").arg(id)});
        Statement image(db, u"INSERT INTO images VALUES(?1, 'Een tekening van de oefening.', ?2)");
        image.bind(1, QStringLiteral("oefening-%1.svg").arg(id)).bind(2, kSvg.toUtf8());
        check(image.run(), "image");
    }
}

QByteArray buildImage(bool withRedFlagChapter)
{
    const std::unique_ptr<Database> database = fixturedb::emptyContentDatabase();
    Database &db = *database;
    fillArticles(db, withRedFlagChapter);
    fillExercises(db);
    return fixturedb::imageOf(db);
}

} // namespace

QString HandoutFixture::exerciseTitle(const QString &id)
{
    QString title = id;
    title.replace(u'-', u' ');
    title[0] = title[0].toUpper();
    return title;
}

QString HandoutFixture::stopIf(const QString &id)
{
    return QStringLiteral("Je voelt scherpe pijn bij %1.").arg(exerciseTitle(id).toLower());
}

HandoutFixture::HandoutFixture(bool withRedFlagChapter) : image(buildImage(withRedFlagChapter))
{
    auto opened = ContentStore::openImage(image);
    if (!opened)
        throw std::runtime_error(opened.error().message.toStdString());
    store = std::move(opened).value();
}
