#include "fixturecontent.h"

#include "core/search/indexbuilder.h"
#include "core/store/contentschema.h"
#include "core/store/database.h"
#include "core/store/statement.h"

#include <QStringList>

#include <stdexcept>

#include "fixturedb.h"

using namespace heupwijzer::core;

namespace {

using fixturedb::check;
using fixturedb::insert;

const QString kSvg =
    QStringLiteral(R"(<svg xmlns="http://www.w3.org/2000/svg" width="600" height="300" viewBox="0 0 600 300">)"
                   R"(<title>Bruggetje</title><rect x="10" y="250" width="580" height="10" fill="#ddd" stroke="#222"/>)"
                   R"(<polyline points="80,240 250,150 420,240" fill="none" stroke="#222" stroke-width="12"/>)"
                   R"(<circle cx="60" cy="225" r="22" fill="none" stroke="#222" stroke-width="6"/></svg>)");

const QString kCaution = QStringLiteral(
    "<table class=\"callout caution\" width=\"100%\" cellspacing=\"0\" cellpadding=\"12\"><tr><td>"
    "<p class=\"callout-title\">Alarmsignalen</p>"
    "<p class=\"urgency urgency-112\"><b>Bel 112</b></p><ul><li>Je bent gevallen en kunt niet staan.</li></ul>"
    "<p class=\"urgency urgency-now\"><b>Bel meteen de huisarts of huisartsenpost</b></p>"
    "<ul><li>Je hebt koorts en je lies is dik en warm.</li></ul>"
    "<p class=\"urgency urgency-appointment\"><b>Maak een afspraak</b></p>"
    "<ul><li>De pijn is na 6 weken nog niet minder.</li></ul></td></tr></table>");

const QString kExerciseCard = QStringLiteral(
    "<table class=\"exercise\" width=\"100%\" cellpadding=\"12\"><tr><td>"
    "<h3><a name=\"oefening-bruggetje\"></a>Bruggetje</h3>"
    "<p class=\"exercise-image\"><img src=\"image:oefening-bruggetje.svg\" alt=\"Een persoon tilt de billen op.\"/></p>"
    "<p><b>Doel:</b> Sterke billen.</p><p><b>Beginhouding:</b> Lig op je rug.</p>"
    "<ol class=\"steps\"><li>Span je billen aan.</li><li>Til je billen op.</li></ol>"
    "<table class=\"dosage\" border=\"1\" cellspacing=\"0\" cellpadding=\"6\">"
    "<tr><th align=\"left\">Aanhouden</th><td>5 tellen</td></tr><tr><th align=\"left\">Herhalingen</th><td>10 "
    "keer</td></tr>"
    "<tr><th align=\"left\">Sets</th><td>3 keer</td></tr><tr><th align=\"left\">Hoe vaak</th><td>Elke "
    "dag</td></tr></table>"
    "<p class=\"stop-if\"><b>Stop als:</b> Je scherpe pijn voelt.</p></td></tr></table>");

const QString kFooter = QStringLiteral(
    "<hr/><p class=\"sources-title\">Bronnen</p><ul class=\"sources\"><li>Testbron (example.org)</li></ul>"
    "<p class=\"reviewed\">Gecontroleerd op 20 november 2026</p>");

QString heupbuigerHtml()
{
    return QStringLiteral("<h1>De heupbuiger</h1>"
                          "<p>Onder de pees ligt een <a class=\"term\" href=\"begrip:slijmbeurs\">slijmbeurs</a>. "
                          "Lees ook over <a href=\"chapter:liespijn#wat-merk-je\">wat je merkt bij liespijn</a>.</p>"
                          "<h2><a name=\"wat-is-het\"></a>Wat is het?</h2>"
                          "<p>De heupbuiger tilt je been op. Meer uitleg vind je op "
                          "<a class=\"external\" href=\"https://www.thuisarts.nl/heup\">Thuisarts</a>.</p>") +
           QStringLiteral(
               "<table class=\"callout tip\" width=\"100%\" cellspacing=\"0\" cellpadding=\"12\"><tr><td>"
               "<p class=\"callout-title\">Tip</p><p>Blijf rustig bewegen.</p></td></tr></table>"
               "<table class=\"data\" border=\"1\" cellspacing=\"0\" cellpadding=\"6\">"
               "<tr><th>Houding</th><th>Hoe lang</th></tr><tr><td>Zitten</td><td><s>2 uur</s> 30 minuten</td></tr>"
               "</table>"
               "<h2><a name=\"oefenen\"></a>Oefenen</h2>") +
           QStringLiteral("<p>Meer tekst om te lezen. </p>").repeated(40) + kFooter;
}

QString liespijnHtml()
{
    return QStringLiteral(
               "<h1>Liespijn</h1><h2><a name=\"in-het-kort\"></a>In het kort</h2>"
               "<p>Pijn in je <a class=\"term\" href=\"begrip:heupbuiger\">heupbuiger</a> voel je in de lies.</p>"
               "<h2><a name=\"wat-merk-je\"></a>Wat merk je?</h2>"
               "<p>Traplopen doet pijn.</p>"
               "<h2><a name=\"wanneer-bel-je-de-huisarts\"></a>Wanneer bel je de huisarts?</h2>") +
           kCaution + QStringLiteral("<h2><a name=\"oefeningen\"></a>Oefeningen</h2>") + kExerciseCard +
           QStringLiteral("<p>Zie ook de <a href=\"oefening:bruggetje\">oefening bruggetje</a>.</p>") + kFooter;
}

void fillArticles(Database &db)
{
    const QString articleSql =
        QStringLiteral("INSERT INTO articles VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 100, 75.0, 8.0)");
    insert(db, articleSql,
           {QStringLiteral("heup-artikel"), QStringLiteral("0"), QStringLiteral("Pijn aan de heup"),
            QStringLiteral("Wat pijn in de lies betekent en wat je eraan doet."), QStringLiteral("condition"),
            QStringLiteral("[\"lies\"]"), QStringLiteral("2026-11-20"),
            QStringLiteral("[\"Testbron (example.org)\"]")});
    insert(db, articleSql,
           {QStringLiteral("rug-artikel"), QStringLiteral("1"), QStringLiteral("Rug en bil"),
            QStringLiteral("Hoe je rug en je heup samenwerken."), QStringLiteral("information"),
            QStringLiteral("[\"onderrug\",\"bil\"]"), QStringLiteral("2026-11-19"), QStringLiteral("[\"Testbron\"]")});

    const QString chapterSql =
        QStringLiteral("INSERT INTO chapters VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 50, 75.0, 8.0)");
    const QString noteBox = QStringLiteral(
        "<table class=\"callout note\" width=\"100%\" cellspacing=\"0\" cellpadding=\"12\"><tr><td>"
        "<p class=\"callout-title\">Goed om te weten</p><p>Je rug en je heup werken samen.</p></td></tr></table>");
    const QList<QStringList> chapters{
        {QStringLiteral("heupbuiger"), QStringLiteral("heup-artikel"), QStringLiteral("0"),
         QStringLiteral("De heupbuiger"), QStringLiteral("0"), QStringLiteral("[\"lies\"]"), heupbuigerHtml(),
         QStringLiteral("De heupbuiger tilt je been op. Onder de pees ligt een slijmbeurs.")},
        {QStringLiteral("liespijn"), QStringLiteral("heup-artikel"), QStringLiteral("1"), QStringLiteral("Liespijn"),
         QStringLiteral("1"), QStringLiteral("[\"lies\",\"zijkant\"]"), liespijnHtml(),
         QStringLiteral("Pijn in je lies. Traplopen doet pijn. Bel 112 als je gevallen bent.")},
        {QStringLiteral("onderrug"), QStringLiteral("rug-artikel"), QStringLiteral("2"), QStringLiteral("Je onderrug"),
         QStringLiteral("0"), QStringLiteral("[\"onderrug\",\"bil\"]"),
         QStringLiteral("<h1>Je onderrug</h1><p>Je rug draagt je bovenlichaam.</p>") + noteBox + kFooter,
         QStringLiteral("Je rug draagt je bovenlichaam.")},
        {QStringLiteral("zitten"), QStringLiteral("rug-artikel"), QStringLiteral("3"), QStringLiteral("Goed zitten"),
         QStringLiteral("0"), QStringLiteral("[]"),
         QStringLiteral("<h1>Goed zitten</h1><p>Sta elk half uur op.</p>") + kFooter,
         QStringLiteral("Sta elk half uur op.")}};
    for (const QStringList &chapter : chapters)
        insert(db, chapterSql, chapter);

    const QString sectionSql = QStringLiteral("INSERT INTO sections VALUES(?1, ?2, ?3, ?4, ?5)");
    insert(db, sectionSql,
           {QStringLiteral("heupbuiger"), QStringLiteral("0"), QStringLiteral("wat-is-het"),
            QStringLiteral("Wat is het?"), QStringLiteral("De heupbuiger tilt je been op.")});
    insert(db, sectionSql,
           {QStringLiteral("heupbuiger"), QStringLiteral("1"), QStringLiteral("oefenen"), QStringLiteral("Oefenen"),
            QStringLiteral("Meer tekst om te lezen.")});
    insert(db, sectionSql,
           {QStringLiteral("liespijn"), QStringLiteral("2"), QStringLiteral("in-het-kort"),
            QStringLiteral("In het kort"), QStringLiteral("Pijn in je lies.")});
    insert(db, sectionSql,
           {QStringLiteral("liespijn"), QStringLiteral("3"), QStringLiteral("wat-merk-je"),
            QStringLiteral("Wat merk je?"), QStringLiteral("Traplopen doet pijn.")});
    insert(db, sectionSql,
           {QStringLiteral("liespijn"), QStringLiteral("4"), QStringLiteral("wanneer-bel-je-de-huisarts"),
            QStringLiteral("Wanneer bel je de huisarts?"), QStringLiteral("Bel 112 als je gevallen bent.")});
    insert(db, sectionSql,
           {QStringLiteral("liespijn"), QStringLiteral("5"), QStringLiteral("oefeningen"), QStringLiteral("Oefeningen"),
            QStringLiteral("Bruggetje.")});
}

void fillGlossaryAndExercises(Database &db)
{
    const QString glossarySql = QStringLiteral("INSERT INTO glossary VALUES(?1, ?2, ?3, ?4, ?5, ?6)");
    // Stored out of alphabetical order on purpose: the panel sorts A–Z itself.
    insert(db, glossarySql,
           {QStringLiteral("slijmbeurs"), QStringLiteral("0"), QStringLiteral("slijmbeurs"),
            QStringLiteral("[\"vochtzakje\"]"), QStringLiteral("[\"bursa\"]"),
            QStringLiteral("Een plat zakje met vocht. Het zorgt dat een pees soepel over het bot glijdt.")});
    insert(db, glossarySql,
           {QStringLiteral("heupbuiger"), QStringLiteral("1"), QStringLiteral("heupbuiger"),
            QStringLiteral("[\"heupspier\"]"), QStringLiteral("[\"iliopsoas\"]"),
            QStringLiteral("De spier die je been optilt.")});
    insert(db, glossarySql,
           {QStringLiteral("pees"), QStringLiteral("2"), QStringLiteral("pees"), QStringLiteral("[]"),
            QStringLiteral("[\"tendo\"]"), QStringLiteral("Het stevige eind van een spier aan het bot.")});
    const QString usageSql = QStringLiteral("INSERT INTO glossary_usage VALUES(?1, ?2)");
    insert(db, usageSql, {QStringLiteral("slijmbeurs"), QStringLiteral("heupbuiger")});
    insert(db, usageSql, {QStringLiteral("slijmbeurs"), QStringLiteral("liespijn")});
    insert(db, usageSql, {QStringLiteral("heupbuiger"), QStringLiteral("liespijn")});

    insert(db, QStringLiteral("INSERT INTO exercises VALUES(?1, 0, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)"),
           {QStringLiteral("bruggetje"), QStringLiteral("Bruggetje"), QStringLiteral("Sterke billen."),
            QStringLiteral("Lig op je rug."), QStringLiteral("[\"Span je billen aan.\",\"Til je billen op.\"]"),
            QStringLiteral("5 tellen"), QStringLiteral("10 keer"), QStringLiteral("3 keer"), QStringLiteral("Elke dag"),
            QStringLiteral("Je scherpe pijn voelt."), QStringLiteral("oefening-bruggetje.svg"),
            QStringLiteral("Een persoon tilt de billen op.")});
    Statement image(db, u"INSERT INTO images VALUES(?1, ?2, ?3)");
    image.bind(1, QStringLiteral("oefening-bruggetje.svg")).bind(2, QStringLiteral("Een persoon tilt de billen op."));
    image.bind(3, kSvg.toUtf8());
    check(image.run(), "image");
}

void fillMeta(Database &db)
{
    const QString metaSql = QStringLiteral("INSERT INTO meta VALUES(?1, ?2)");
    insert(db, metaSql, {contentschema::kMetaEdition.toString(), QStringLiteral("Testeditie 1")});
    insert(db, metaSql,
           {contentschema::kMetaContentHash.toString(),
            QStringLiteral("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")});
    insert(db, metaSql, {contentschema::kMetaNewestReviewed.toString(), QStringLiteral("2026-11-20")});
}

} // namespace

QByteArray buildFixtureImage()
{
    const std::unique_ptr<Database> database = fixturedb::emptyContentDatabase();
    Database &db = *database;
    fillArticles(db);
    fillGlossaryAndExercises(db);
    fillMeta(db);
    check(search::buildIndex(db), "search index");
    return fixturedb::imageOf(db);
}

FixtureContent::FixtureContent() : image(buildFixtureImage())
{
    auto opened = ContentStore::openImage(image);
    if (!opened)
        throw std::runtime_error(opened.error().message.toStdString());
    store = std::move(opened).value();
}
