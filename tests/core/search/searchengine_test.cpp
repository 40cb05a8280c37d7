#include "common/catch_qt.h"
#include "searchfixture.h"

#include "core/search/searchengine.h"
#include "core/store/database.h"

#include <QRegularExpression>
#include <QSet>
#include <QStringList>

using heupwijzer::core::Database;
using heupwijzer::core::search::SearchEngine;
using heupwijzer::core::search::SearchHit;
using heupwijzer::core::search::SearchOptions;
using heupwijzer::core::search::SearchResults;

namespace {

std::unique_ptr<Database> fixture()
{
    auto db = heupwijzer::tests::makeSearchFixture();
    REQUIRE(db.ok());
    return std::move(db.value());
}

SearchResults find(SearchEngine &engine, const QString &text, SearchOptions options = {})
{
    auto results = engine.search(text, options);
    INFO("query: " << text.toStdString());
    REQUIRE(results.ok());
    return results.value();
}

SearchOptions finished() // the person pressed Enter: no prefix on the last word
{
    SearchOptions options;
    options.asYouType = false;
    return options;
}

QStringList chapterIds(const SearchResults &results)
{
    QStringList ids;
    for (const auto &hit : results.hits)
        ids.append(hit.chapterId);
    return ids;
}

QString firstChapter(const SearchResults &results)
{
    return results.hits.isEmpty() ? QString() : results.hits.first().chapterId;
}

} // namespace

TEST_CASE("Dutch word forms and diacritics find each other", "[search]")
{
    auto db = fixture();
    SearchEngine engine(*db);
    CHECK(firstChapter(find(engine, QStringLiteral("oefening"), finished())) == u"oefeningen");
    CHECK(chapterIds(find(engine, QStringLiteral("heupbuiger rekken"), finished())).first() == u"heupbuiger");
    // The text says "geïrriteerd": typing it without the diaeresis, or with it, finds it.
    CHECK(firstChapter(find(engine, QStringLiteral("geirriteerd"), finished())) == u"slijmbeurs-zijkant");
    CHECK(firstChapter(find(engine, QStringLiteral("GEÏRRITEERD"), finished())) == u"slijmbeurs-zijkant");
}

TEST_CASE("Compound words are found from their parts and the parts from the compound", "[search]")
{
    auto db = fixture();
    SearchEngine engine(*db);
    // Only "heuppijn" is written in the exercises chapter.
    const SearchResults parts = find(engine, QStringLiteral("heup pijn"), finished());
    REQUIRE(chapterIds(parts).contains(QStringLiteral("oefeningen")));
    CHECK(parts.hits[chapterIds(parts).indexOf(QStringLiteral("oefeningen"))].snippetHtml.contains(u"<b>heuppijn</b>"));
    // Only "heupbuigers" is written: its second part is found on its own.
    CHECK(firstChapter(find(engine, QStringLiteral("buigers"), finished())) == u"heupbuiger");
    // "onderrug" is written; "rugpijn" is typed.
    CHECK(chapterIds(find(engine, QStringLiteral("rugpijn"), finished())).contains(QStringLiteral("bil")));
    // Two typed parts of a written compound.
    CHECK(firstChapter(find(engine, QStringLiteral("slijmbeurs ontsteking"), finished())) == u"slijmbeurs-zijkant");
}

TEST_CASE("Glossary synonyms connect lay and medical words", "[search]")
{
    auto db = fixture();
    SearchEngine engine(*db);
    // No text says "bursitis" or "coxartrose"; the glossary links them to what the texts do say.
    const SearchResults bursitis = find(engine, QStringLiteral("bursitis"), finished());
    CHECK(firstChapter(bursitis) == u"slijmbeurs-zijkant");
    CHECK(bursitis.glossaryTermId == u"bursitis");
    CHECK(firstChapter(find(engine, QStringLiteral("coxartrose"), finished())) == u"artrose");
    CHECK(firstChapter(find(engine, QStringLiteral("slijtage"), finished())) == u"artrose");
    CHECK(firstChapter(find(engine, QStringLiteral("psoas"), finished())) == u"heupbuiger");
}

TEST_CASE("A misspelt word is still found and offered as Bedoelde je", "[search]")
{
    auto db = fixture();
    SearchEngine engine(*db);
    const SearchResults swapped = find(engine, QStringLiteral("iliopsaos"), finished());
    CHECK(swapped.didYouMean == u"iliopsoas");
    CHECK(firstChapter(swapped) == u"heupbuiger");
    const SearchResults wrongLetter = find(engine, QStringLiteral("heub pijn"), finished());
    CHECK(wrongLetter.didYouMean == u"heup pijn");
    CHECK_FALSE(wrongLetter.hits.isEmpty());
    CHECK(find(engine, QStringLiteral("lisbreuk"), finished()).didYouMean == u"liesbreuk");
    // Correct words are never "corrected".
    CHECK(find(engine, QStringLiteral("liesbreuk"), finished()).didYouMean.isEmpty());
    CHECK(find(engine, QStringLiteral("bil"), finished()).didYouMean.isEmpty());
}

TEST_CASE("The word being typed matches as a prefix; a finished query does not", "[search]")
{
    auto db = fixture();
    SearchEngine engine(*db);
    CHECK(firstChapter(find(engine, QStringLiteral("slijmb"))) == u"slijmbeurs-zijkant");
    CHECK(firstChapter(find(engine, QStringLiteral("heupbu"))) == u"heupbuiger");
    CHECK(find(engine, QStringLiteral("slijmb"), finished()).hits.isEmpty());
    // A single letter being typed after a word does not wipe out that word's results.
    CHECK(firstChapter(find(engine, QStringLiteral("liesbreuk o"))) == u"liesbreuk");
}

TEST_CASE("Stop words do not decide the ranking", "[search]")
{
    auto db = fixture();
    SearchEngine engine(*db);
    // The bil chapter is full of "in mijn … bij de … met"; the question is about the hip.
    const SearchResults results = find(engine, QStringLiteral("pijn in mijn heup"), finished());
    REQUIRE_FALSE(results.hits.isEmpty());
    CHECK(firstChapter(results) != u"bil");
    CHECK(firstChapter(find(engine, QStringLiteral("wat is een slijmbeurs"), finished())) == u"slijmbeurs-zijkant");
    // Only stop words: still an answer, not an error.
    CHECK(find(engine, QStringLiteral("in mijn"), finished()).hits.size() >= 1);
}

TEST_CASE("A title match comes first and each chapter is one hit at its best section", "[search]")
{
    auto db = fixture();
    SearchEngine engine(*db);
    // "Operaties" says liesbreuk four times; the chapter titled "Liesbreuk" is the answer.
    const SearchResults liesbreuk = find(engine, QStringLiteral("liesbreuk"), finished());
    CHECK(firstChapter(liesbreuk) == u"liesbreuk");
    const QStringList ids = chapterIds(liesbreuk);
    CHECK(QSet<QString>(ids.cbegin(), ids.cend()).size() == ids.size());

    const SearchResults startpijn = find(engine, QStringLiteral("startpijn"), finished());
    REQUIRE(firstChapter(startpijn) == u"artrose");
    CHECK(startpijn.hits.first().sectionTitle == u"Wat merk je?");
    CHECK(startpijn.hits.first().sectionAnchor == u"deel-1");
    CHECK(startpijn.hits.first().snippetHtml.contains(u"<b>startpijn</b>"));
    CHECK(startpijn.hits.first().articleTitle == u"Aandoeningen");

    SearchOptions two = finished();
    two.limit = 2;
    CHECK(find(engine, QStringLiteral("pijn"), two).hits.size() == 2);
}

TEST_CASE("Snippets escape the text and mark only the found words", "[search]")
{
    auto db = fixture();
    SearchEngine engine(*db);
    const SearchResults results = find(engine, QStringLiteral("fietsen"), finished());
    REQUIRE(firstChapter(results) == u"artrose");
    const QString snippet = results.hits.first().snippetHtml;
    CHECK(snippet.contains(u"<b>fietsen</b>"));
    CHECK(snippet.contains(u"&amp;"));
    CHECK(snippet.contains(u"&lt;veel&gt;"));
    QString withoutMarks = snippet;
    withoutMarks.remove(QStringLiteral("<b>")).remove(QStringLiteral("</b>"));
    CHECK_FALSE(withoutMarks.contains(u'<'));
}

TEST_CASE("The region filter keeps only chapters about that part of the body", "[search]")
{
    auto db = fixture();
    SearchEngine engine(*db);
    SearchOptions bil = finished();
    bil.region = QStringLiteral("bil");
    const QStringList ids = chapterIds(find(engine, QStringLiteral("pijn"), bil));
    CHECK(ids.contains(QStringLiteral("bil")));
    for (const QString &id : ids)
        CHECK((id == u"bil" || id == u"artrose"));
}

TEST_CASE("Search works on a read-only database image, as the app embeds it", "[search]")
{
    auto db = fixture();
    const QByteArray image = heupwijzer::tests::serialize(*db);
    REQUIRE_FALSE(image.isEmpty());
    auto embedded = Database::openImage(image);
    REQUIRE(embedded.ok());
    SearchEngine engine(*embedded.value()); // a fresh connection: the tokenizer is registered by the engine
    CHECK(firstChapter(find(engine, QStringLiteral("slijmbeurs ontsteking"), finished())) == u"slijmbeurs-zijkant");
    CHECK(find(engine, QStringLiteral("iliopsaos"), finished()).didYouMean == u"iliopsoas");
}

TEST_CASE("The same content gives the same search index", "[search]")
{
    auto first = fixture();
    auto second = fixture();
    CHECK(heupwijzer::tests::serialize(*first) == heupwijzer::tests::serialize(*second));
}

TEST_CASE("A database without a search index gives an error, not a crash", "[search]")
{
    auto db = Database::openInMemory();
    REQUIRE(db.ok());
    SearchEngine engine(*db.value());
    const auto results = engine.search(u"heup");
    REQUIRE_FALSE(results.ok());
    CHECK(results.error().message.contains(u"search index"));
}

TEST_CASE("In a very large library a word in every chapter still finds the chapters about it first", "[search]")
{
    // 3,000 diary chapters that all say "heup" come before the seven chapters in reading order: more than the
    // engine scores per keystroke, so it must pick its candidates by title and by the rarer words.
    auto large = heupwijzer::tests::makeSearchFixture(3000);
    REQUIRE(large.ok());
    SearchEngine engine(*large.value());

    const QStringList heup = chapterIds(find(engine, QStringLiteral("heup"), finished()));
    REQUIRE(!heup.isEmpty());
    CHECK(QStringList{QStringLiteral("slijmbeurs-zijkant"), QStringLiteral("artrose"), QStringLiteral("heupbuiger")}
              .contains(heup.first()));
    CHECK(chapterIds(find(engine, QStringLiteral("hoesten heup"), finished())).value(0) == u"liesbreuk");
    CHECK(chapterIds(find(engine, QStringLiteral("heupartrose"), finished())).value(0) == u"artrose");
    // While typing: a prefix that starts many words still finds the chapters that use them.
    CHECK(chapterIds(find(engine, QStringLiteral("heupb"))).contains(QStringLiteral("heupbuiger")));
    CHECK(chapterIds(find(engine, QStringLiteral("slijmbeurs heu"))).value(0) == u"slijmbeurs-zijkant");
}

TEST_CASE("In a very large library a body region still finds its chapters for a word in every chapter", "[search]")
{
    // "rust" is in all 3,000 diary chapters, but in no title or heading: outside a region only the candidates by
    // title and heading are scored. Within the region "onderrug" there is one chapter, and it must be found.
    auto large = heupwijzer::tests::makeSearchFixture(3000);
    REQUIRE(large.ok());
    SearchEngine engine(*large.value());
    SearchOptions lowerBack = finished();
    lowerBack.region = QStringLiteral("onderrug");
    CHECK(chapterIds(find(engine, QStringLiteral("rust"), lowerBack)) == QStringList{QStringLiteral("bil")});
    SearchOptions buttock = finished();
    buttock.region = QStringLiteral("bil");
    CHECK(chapterIds(find(engine, QStringLiteral("heup"), buttock)) == QStringList{QStringLiteral("artrose")});
}

TEST_CASE("A hit names the words its snippet marks, as they are written there, each once", "[search]")
{
    auto db = fixture();
    SearchEngine engine(*db);
    const SearchResults results = find(engine, QStringLiteral("heupen pijn"), finished());
    REQUIRE_FALSE(results.hits.isEmpty());
    static const QRegularExpression bold(QStringLiteral("<b>(.*?)</b>"));
    for (const SearchHit &hit : results.hits) {
        INFO(hit.snippetHtml.toStdString());
        QStringList marked;
        for (const QRegularExpressionMatch &match : bold.globalMatch(hit.snippetHtml)) {
            if (!marked.contains(match.captured(1), Qt::CaseInsensitive))
                marked.append(match.captured(1));
        }
        CHECK(hit.foundWords == marked);
    }
    // "heupen" finds "heup" and "Heup": one word to mark, in the form the text has first.
    QStringList words = results.hits.first().foundWords;
    CHECK_FALSE(words.filter(QStringLiteral("heup"), Qt::CaseInsensitive).isEmpty());
    CHECK(words.removeDuplicates() == 0);
}
