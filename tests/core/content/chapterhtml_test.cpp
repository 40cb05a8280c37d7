// The chapter HTML follows the conventions the reader's style sheets and link handlers expect (see the brief in
// content/README.md): a golden file for a whole condition chapter, and targeted checks for the rules.
#include "contentfixture.h"

#include "common/catch_qt.h"

#include <QFile>

#include <cstdlib>

using namespace heupwijzer::core::content;

namespace {

const Chapter &chapterOf(const Compilation &compilation, const QString &id)
{
    for (const Article &article : compilation.content.articles) {
        for (const Chapter &chapter : article.chapters) {
            if (chapter.id == id)
                return chapter;
        }
    }
    FAIL("no chapter " << id.toStdString());
    std::abort();
}

int count(const QString &haystack, const QString &needle)
{
    return static_cast<int>(haystack.count(needle));
}

} // namespace

TEST_CASE("A condition chapter renders as in the golden file", "[compiler]")
{
    const ContentFixture fixture;
    const Compilation compilation = fixture.compile();
    REQUIRE(compilation.ok());
    // The golden file was reviewed by hand: red-flag box with graded headings, exercise card, footer.
    const QString golden =
        QString::fromUtf8(ContentFixture::readFile(QStringLiteral(HEUPWIJZER_TEST_DATA "/content/golden/klacht.html")));
    CHECK(chapterOf(compilation, QStringLiteral("klacht")).html == golden);
}

TEST_CASE("Chapter title, sections and boxes use the reader's HTML conventions", "[compiler]")
{
    const ContentFixture fixture;
    const Compilation compilation = fixture.compile();
    REQUIRE(compilation.ok());
    const QString html = chapterOf(compilation, QStringLiteral("bouw")).html;
    CHECK(html.startsWith(QStringLiteral("<h1>De bouw van de heup</h1>\n"))); // attributes never reach the reader
    CHECK(html.contains(QStringLiteral("<h2><a name=\"de-heupbuiger\"></a>De heupbuiger</h2>")));
    CHECK(html.contains(QStringLiteral("<table class=\"callout tip\" width=\"100%\" cellspacing=\"0\" "
                                       "cellpadding=\"12\"><tr><td>\n<p class=\"callout-title\">Tip</p>\n"
                                       "<p>Blijf rustig bewegen.</p>\n</td></tr></table>")));
    CHECK_FALSE(html.contains(QStringLiteral("[!TIP]")));
    CHECK(html.contains(QStringLiteral("<table class=\"data\" border=\"1\" cellspacing=\"0\" cellpadding=\"6\">")));
    CHECK(html.contains(QStringLiteral("<td align=\"center\">Boven</td>")));
    CHECK(html.contains(QStringLiteral("Een <s>oude</s> nieuwe zin.")));
    CHECK(html.contains(QStringLiteral("<p class=\"reviewed\">Gecontroleerd op 20 november 2026</p>")));
    CHECK(html.contains(QStringLiteral("<li>Bron B &amp; co</li>")));
}

TEST_CASE("Links use the reader's schemes", "[compiler]")
{
    const ContentFixture fixture;
    const Compilation compilation = fixture.compile();
    const QString bouw = chapterOf(compilation, QStringLiteral("bouw")).html;
    const QString bewegen = chapterOf(compilation, QStringLiteral("bewegen")).html;
    CHECK(bouw.contains(QStringLiteral("<a href=\"chapter:klacht\">de klacht</a>")));
    CHECK(bouw.contains(QStringLiteral("<a class=\"external\" href=\"https://example.org/heup?a=1&amp;b=2\">")));
    CHECK(bouw.contains(QStringLiteral("<a class=\"exercise-link\" href=\"oefening:bruggetje\">bruggetje</a>")));
    CHECK(bouw.contains(QStringLiteral("<img src=\"image:heup.svg\" alt=\"Een tekening van de heup met de kop in de "
                                       "kom.\"/>")));
    CHECK(bewegen.contains(QStringLiteral("<a href=\"chapter:bouw#de-heupbuiger\">meer over de spieren</a>")));
}

TEST_CASE("An article id links to the article's first chapter", "[compiler]")
{
    ContentFixture fixture;
    QByteArray text = ContentFixture::readFile(fixture.path(QStringLiteral("articles/01-heup.md")));
    text.replace("(#klacht)", "(#klacht-artikel)");
    fixture.write(QStringLiteral("articles/01-heup.md"), text);
    const Compilation compilation = fixture.compile();
    REQUIRE(compilation.ok());
    CHECK(chapterOf(compilation, QStringLiteral("bouw")).html.contains(QStringLiteral("href=\"chapter:klacht\"")));
}

TEST_CASE("Glossary terms are linked at their first use in each chapter only", "[compiler]")
{
    const ContentFixture fixture;
    const Compilation compilation = fixture.compile();
    const Chapter &bouw = chapterOf(compilation, QStringLiteral("bouw"));
    // "heupbuiger" appears in a heading and twice in the text: only the first use in the text is linked.
    CHECK(count(bouw.html, QStringLiteral("href=\"begrip:iliopsoas\"")) == 1);
    CHECK(bouw.html.contains(QStringLiteral("Je <a class=\"term\" href=\"begrip:iliopsoas\">heupbuiger</a> tilt")));
    CHECK(bouw.html.contains(QStringLiteral("De heupbuiger is sterk.")));
    // A multi-word term is linked as a whole.
    CHECK(
        bouw.html.contains(QStringLiteral("<a class=\"term\" href=\"begrip:trochanter-major\">trochanter major</a>")));
    // Words inside a link are never linked again; the next use outside the link is.
    CHECK(bouw.html.contains(QStringLiteral("<a href=\"chapter:bewegen\">de slijmbeurs</a>")));
    CHECK(bouw.html.contains(QStringLiteral("Een <a class=\"term\" href=\"begrip:slijmbeurs\">slijmbeurs</a> ligt")));
    CHECK(bouw.glossaryTerms ==
          QStringList{QStringLiteral("slijmbeurs"), QStringLiteral("iliopsoas"), QStringLiteral("trochanter-major")});
}

TEST_CASE("A term the editor linked by hand is not linked a second time", "[compiler]")
{
    const ContentFixture fixture;
    const Compilation compilation = fixture.compile();
    const Chapter &bewegen = chapterOf(compilation, QStringLiteral("bewegen"));
    CHECK(count(bewegen.html, QStringLiteral("href=\"begrip:slijmbeurs\"")) == 1);
    CHECK(bewegen.html.contains(QStringLiteral("<a class=\"term\" href=\"begrip:slijmbeurs\">het vochtzakje</a>")));
    CHECK(bewegen.glossaryTerms == QStringList{QStringLiteral("slijmbeurs")});
}

TEST_CASE("Plain text feeds search per chapter and per section, without pictures", "[compiler]")
{
    const ContentFixture fixture;
    const Compilation compilation = fixture.compile();
    const Chapter &bouw = chapterOf(compilation, QStringLiteral("bouw"));
    CHECK(bouw.plainText.startsWith(QStringLiteral("Je heup is een gewricht.")));
    CHECK_FALSE(bouw.plainText.contains(QStringLiteral("tekening"))); // alt text is not body text
    REQUIRE(bouw.sections.size() == 2);
    CHECK(bouw.sections.at(0).plainText.startsWith(QStringLiteral("Je heupbuiger tilt je been op.")));
    CHECK(bouw.sections.at(1).anchor == QStringLiteral("meer-lezen"));
    // The exercise card shown in a chapter is searchable there.
    CHECK(chapterOf(compilation, QStringLiteral("klacht")).plainText.contains(QStringLiteral("Til je billen op.")));
}
