#include "common/catch_qt.h"
#include "searchfixture.h"

#include "core/search/dutchstemmer.h"
#include "core/search/querybuilder.h"
#include "core/search/searchengine.h"
#include "core/search/synonymtable.h"
#include "core/search/vocabulary.h"
#include "core/store/database.h"

#include <QElapsedTimer>

using namespace heupwijzer::core::search;

namespace {

// A vocabulary as buildIndex would write it, for the query builder on its own.
struct BuilderFixture {
    DutchStemmer stemmer;
    Vocabulary vocabulary{{
        {QStringLiteral("heup"), QStringLiteral("heup"), 5},
        {QStringLiteral("pijn"), QStringLiteral("pijn"), 9},
        {QStringLiteral("lies"), QStringLiteral("lies"), 4},
        {QStringLiteral("liespijn"), QStringLiteral("liespijn"), 1},
        {QStringLiteral("heupbuigers"), QStringLiteral("heupbuiger"), 2},
        {QStringLiteral("slijmbeurs"), QStringLiteral("slijmbeur"), 3},
    }};
    SynonymTable synonyms{{}};
    QueryBuilder builder{vocabulary, synonyms, stemmer};
};

QStringList phrases(const SearchQuery &query)
{
    QStringList all;
    for (const auto &concept_ : query.concepts) {
        for (const auto &alternative : concept_.alternatives)
            all.append(alternative.phrase + (alternative.prefix ? QStringLiteral("*") : QString()));
    }
    return all;
}

} // namespace

TEST_CASE("FTS5 operators and punctuation typed by a person are plain separators", "[search]")
{
    BuilderFixture fixture;
    const SearchQuery query = fixture.builder.build(u"heup AND NOT \"pijn\" OR NEAR(lies*) ^:-", false);
    CHECK(query.concepts.size() == 3); // heup, pijn, lies
    const QString expression = query.matchExpression();
    CHECK_FALSE(expression.contains(u"AND"));
    CHECK_FALSE(expression.contains(u"NEAR"));
    CHECK_FALSE(expression.contains(u'^'));
    CHECK_FALSE(expression.contains(u'('));
    for (const QString &part : expression.split(QStringLiteral(" OR ")))
        CHECK((part.startsWith(u'"') && (part.endsWith(u'"') || part.endsWith(u"\"*"))));
}

TEST_CASE("Only the word still being typed is a prefix", "[search]")
{
    BuilderFixture fixture;
    CHECK(phrases(fixture.builder.build(u"slijmb", true)).contains(QStringLiteral("slijmb*")));
    CHECK(fixture.builder.build(u"slijmb", false).isEmpty()); // finished and unknown: nothing to find
    // A space after the word means it is finished.
    CHECK_FALSE(phrases(fixture.builder.build(u"slijmb ", true)).contains(QStringLiteral("slijmb*")));
}

TEST_CASE("A typed compound also looks for its parts", "[search]")
{
    BuilderFixture fixture;
    const SearchQuery query = fixture.builder.build(u"liespijn", false);
    REQUIRE(query.concepts.size() == 2);
    CHECK(phrases(query).contains(QStringLiteral("lies")));
    CHECK(phrases(query).contains(QStringLiteral("pijn")));
    // Two typed parts also look for the compound.
    CHECK(phrases(fixture.builder.build(u"lies pijn", false)).contains(QStringLiteral("liespijn")));
}

TEST_CASE("Very long input is cut and stays cheap", "[search]")
{
    BuilderFixture fixture;
    QString longText;
    for (int i = 0; i < 2000; ++i)
        longText += QStringLiteral("heup ");
    QElapsedTimer timer;
    timer.start();
    const SearchQuery query = fixture.builder.build(longText, true);
    CHECK(timer.elapsed() < 1000);
    CHECK(query.concepts.size() <= QueryBuilder::kMostConcepts);
}

TEST_CASE("Whatever is typed, searching never fails", "[search]")
{
    auto db = heupwijzer::tests::makeSearchFixture();
    REQUIRE(db.ok());
    SearchEngine engine(*db.value());
    QString tenThousand(10000, u'x');
    QString pasted;
    while (pasted.size() < 10000)
        pasted += QStringLiteral("heup pijn \" ' * ^ : - ( ) ");
    const QStringList hostile = {
        QStringLiteral("\""),
        QStringLiteral("'"),
        QStringLiteral("AND"),
        QStringLiteral("OR"),
        QStringLiteral("NOT"),
        QStringLiteral("NEAR("),
        QStringLiteral("*"),
        QStringLiteral("^"),
        QStringLiteral(":"),
        QStringLiteral("-"),
        QStringLiteral("()"),
        QStringLiteral("[]"),
        QStringLiteral("{}"),
        QStringLiteral("   "),
        QString(),
        tenThousand,
        pasted,
        QString::fromUtf16(u"heup\0pijn", 9),
        QStringLiteral("🦴🦵😀"),
        QStringLiteral("ألم في الورك"),
        QStringLiteral("כאב בירך"),
        QStringLiteral("\u202Eheup"),
        QStringLiteral("a\u0301\u0301\u0301"),
        QStringLiteral("\uFFFF\uFFFE"),
        QString(1, QChar(0xD800)),
        QStringLiteral("heup\" OR \"x"),
        QStringLiteral("title:heup"),
        QStringLiteral("heup NEAR/2 pijn"),
        QStringLiteral("\"\"\"\""),
        QStringLiteral("- heup"),
        QStringLiteral("heup -pijn"),
    };
    for (const QString &text : hostile) {
        for (const bool typing : {true, false}) {
            SearchOptions options;
            options.asYouType = typing;
            const auto results = engine.search(text, options);
            INFO("input of " << text.size() << " characters: " << text.left(40).toStdString());
            REQUIRE(results.ok());
        }
    }
}

TEST_CASE("Hostile punctuation around a word still finds that word", "[search]")
{
    auto db = heupwijzer::tests::makeSearchFixture();
    REQUIRE(db.ok());
    SearchEngine engine(*db.value());
    SearchOptions finished;
    finished.asYouType = false;
    const auto plain = engine.search(u"liesbreuk", finished);
    REQUIRE(plain.ok());
    REQUIRE_FALSE(plain->hits.isEmpty());
    for (const QString &text :
         {QStringLiteral("\"liesbreuk"), QStringLiteral("liesbreuk\""), QStringLiteral("(liesbreuk)"),
          QStringLiteral("liesbreuk*"), QStringLiteral("^liesbreuk"), QStringLiteral("-liesbreuk"),
          QStringLiteral("liesbreuk AND"), QStringLiteral("NEAR(liesbreuk"), QStringLiteral("🦴 liesbreuk 😀"),
          QStringLiteral("  liesbreuk  ")}) {
        const auto results = engine.search(text, finished);
        INFO(text.toStdString());
        REQUIRE(results.ok());
        REQUIRE_FALSE(results->hits.isEmpty());
        CHECK(results->hits.first().chapterId == plain->hits.first().chapterId);
    }
    // Nothing but operators and punctuation: no hits, no error, no suggestion.
    const auto nothing = engine.search(u"AND OR NOT ( ) * ^ : -", finished);
    REQUIRE(nothing.ok());
    CHECK(nothing->hits.isEmpty());
    CHECK(nothing->didYouMean.isEmpty());
}
