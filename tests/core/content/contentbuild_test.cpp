// The database the compiler writes: what the reader gets back, byte-identical rebuilds, atomic writes.
#include "contentfixture.h"

#include "common/catch_qt.h"
#include "core/content/contentwriter.h"
#include "core/store/contentschema.h"
#include "core/store/contentstore.h"
#include "core/store/database.h"
#include "core/store/statement.h"

#include <QDir>
#include <QFile>

using namespace heupwijzer::core;
using namespace heupwijzer::core::content;

namespace {

QString buildInto(const ContentFixture &fixture, const QString &name)
{
    const Compilation compilation = fixture.compile();
    REQUIRE(compilation.ok());
    const QString path = fixture.outputPath(name);
    REQUIRE(ContentWriter::write(compilation.content, path).ok());
    return path;
}

int pragma(Database &db, QStringView sql)
{
    Statement statement(db, sql);
    auto stepped = statement.step();
    REQUIRE(stepped.ok());
    REQUIRE(stepped.value());
    return statement.columnInt(0);
}

} // namespace

TEST_CASE("Round trip: Markdown → database → the reader's chapters, glossary and exercises", "[compiler]")
{
    const ContentFixture fixture;
    auto opened = ContentStore::openFile(buildInto(fixture, QStringLiteral("content.db")));
    REQUIRE(opened.ok());
    const ContentStore &store = *opened.value();

    REQUIRE(store.library().size() == 2);
    CHECK(store.library().at(0).title == QStringLiteral("De heup"));
    CHECK(store.library().at(0).sources == QStringList{QStringLiteral("Bron A, 2025"), QStringLiteral("Bron B & co")});
    CHECK(store.library().at(1).kind == QStringLiteral("condition"));

    const ChapterInfo *klacht = store.chapter(QStringLiteral("klacht"));
    REQUIRE(klacht != nullptr);
    CHECK(klacht->isCondition);
    CHECK(klacht->regions == QStringList{QStringLiteral("lies")});
    REQUIRE(klacht->sections.size() == 8);
    CHECK(klacht->sections.at(5).anchor == QStringLiteral("wanneer-bel-je-de-huisarts"));
    auto html = store.chapterHtml(QStringLiteral("klacht"));
    REQUIRE(html.ok());
    CHECK(html.value().startsWith(QStringLiteral("<h1>Een klacht aan de heup</h1>")));
    CHECK(html.value().contains(QStringLiteral("<p class=\"urgency urgency-112\"><b>Bel 112</b></p>")));

    const GlossaryEntry *slijmbeurs = store.term(QStringLiteral("slijmbeurs"));
    REQUIRE(slijmbeurs != nullptr);
    CHECK(slijmbeurs->lay == QStringList{QStringLiteral("vochtzakje")});
    CHECK(slijmbeurs->usedIn == QStringList{QStringLiteral("bouw"), QStringLiteral("bewegen")});
    CHECK(store.term(QStringLiteral("iliopsoas"))->term == QStringLiteral("heupbuiger"));

    const Exercise *bruggetje = store.exercise(QStringLiteral("bruggetje"));
    REQUIRE(bruggetje != nullptr);
    CHECK(bruggetje->steps.size() == 3);
    CHECK(bruggetje->repetitions == QStringLiteral("10 keer"));
    auto svg = store.image(bruggetje->image);
    REQUIRE(svg.ok());
    CHECK(svg.value().contains("<svg"));

    CHECK(store.meta().edition == QStringLiteral("test-1"));
    CHECK(store.meta().newestReviewed == QDate(2026, 11, 21));
    CHECK(store.meta().contentHash.size() == 64);
}

TEST_CASE("The database is marked as Heupwijzer content and opens from memory", "[compiler]")
{
    const ContentFixture fixture;
    const QByteArray bytes = ContentFixture::readFile(buildInto(fixture, QStringLiteral("content.db")));
    auto db = Database::openImage(bytes);
    REQUIRE(db.ok());
    CHECK(pragma(*db.value(), u"PRAGMA application_id") == contentschema::kApplicationId);
    CHECK(pragma(*db.value(), u"PRAGMA user_version") == contentschema::kSchemaVersion);
    CHECK(bytes.at(18) == 1); // file format 1: a rollback-journal database, not WAL
    CHECK(bytes.at(19) == 1);
    auto store = ContentStore::openImage(bytes);
    REQUIRE(store.ok());
    CHECK(store.value()->chaptersInOrder().size() == 3);
}

TEST_CASE("Identical input gives a byte-identical database, wherever the folder is", "[compiler]")
{
    const ContentFixture first;
    const ContentFixture second; // another temporary path, same files
    const QByteArray a = ContentFixture::readFile(buildInto(first, QStringLiteral("a.db")));
    const QByteArray b = ContentFixture::readFile(buildInto(first, QStringLiteral("b.db")));
    const QByteArray c = ContentFixture::readFile(buildInto(second, QStringLiteral("c.db")));
    CHECK(a == b);
    CHECK(a == c);
}

TEST_CASE("A changed input changes the content hash", "[compiler]")
{
    ContentFixture fixture;
    const Compilation before = fixture.compile();
    fixture.write(
        QStringLiteral("images/heup.svg"),
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><rect width=\"5\" height=\"5\"/></svg>");
    const Compilation after = fixture.compile();
    REQUIRE(after.ok());
    CHECK(before.content.inputHash != after.content.inputHash);
}

TEST_CASE("The real content builds twice into identical bytes", "[compiler]")
{
    const Compilation once = ContentCompiler::compile(QStringLiteral(HEUPWIJZER_CONTENT_DIR));
    for (const Diagnostic &diagnostic : once.diagnostics.sorted())
        UNSCOPED_INFO(diagnostic.toString().toStdString());
    REQUIRE(once.ok());
    const Compilation twice = ContentCompiler::compile(QStringLiteral(HEUPWIJZER_CONTENT_DIR));
    auto a = ContentWriter::image(once.content);
    auto b = ContentWriter::image(twice.content);
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    CHECK(a.value() == b.value());
}

TEST_CASE("A failed write leaves no file behind", "[compiler]")
{
    const ContentFixture fixture;
    const Compilation compilation = fixture.compile();
    REQUIRE(compilation.ok());
    const QString missingFolder = fixture.outputPath(QStringLiteral("nope/content.db"));
    const auto written = ContentWriter::write(compilation.content, missingFolder);
    CHECK_FALSE(written.ok());
    CHECK(written.error().message.contains(missingFolder));
    CHECK_FALSE(QFile::exists(missingFolder));
}
