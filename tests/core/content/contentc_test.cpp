// heupwijzer-contentc as an editor and the build use it: exit codes, messages, atomic output, stats.
#include "contentfixture.h"

#include "common/catch_qt.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run contentc(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(HEUPWIJZER_CONTENTC), arguments);
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return Run{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
               QString::fromUtf8(process.readAllStandardError())};
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files, QDir::Name);
}

} // namespace

TEST_CASE("contentc build: broken input prints file:line:column and writes nothing", "[compiler]")
{
    ContentFixture fixture;
    const QString target = fixture.outputPath(QStringLiteral("content.db"));
    REQUIRE(contentc({QStringLiteral("build"), fixture.dir(), QStringLiteral("-o"), target}).exitCode == 0);
    const QByteArray before = ContentFixture::readFile(target);

    fixture.addErrorFixture(QStringLiteral("unknown-link.md"));
    fixture.addErrorFixture(QStringLiteral("http-link.md"));
    const Run run = contentc({QStringLiteral("build"), fixture.dir(), QStringLiteral("-o"), target});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(fixture.path(QStringLiteral("articles/unknown-link.md")) +
                           QStringLiteral(":12:11: error: unknown link target '#bestaat-niet'")));
    CHECK(run.err.contains(fixture.path(QStringLiteral("articles/http-link.md")) +
                           QStringLiteral(":11:9: error: external link is not https")));
    CHECK(run.err.contains(QStringLiteral("2 errors, 0 warnings")));
    CHECK(ContentFixture::readFile(target) == before);
    CHECK(filesIn(fixture.outputPath(QString())) == QStringList{QStringLiteral("content.db")}); // no temp files

    const QString fresh = fixture.outputPath(QStringLiteral("fresh.db"));
    CHECK(contentc({QStringLiteral("build"), fixture.dir(), QStringLiteral("-o"), fresh}).exitCode == 1);
    CHECK_FALSE(QFile::exists(fresh));
}

TEST_CASE("contentc build twice gives byte-identical files", "[compiler]")
{
    const ContentFixture fixture;
    const QString a = fixture.outputPath(QStringLiteral("a.db"));
    const QString b = fixture.outputPath(QStringLiteral("b.db"));
    REQUIRE(contentc({QStringLiteral("build"), fixture.dir(), QStringLiteral("-o"), a}).exitCode == 0);
    REQUIRE(contentc({QStringLiteral("build"), fixture.dir(), QStringLiteral("-o"), b}).exitCode == 0);
    CHECK(ContentFixture::readFile(a) == ContentFixture::readFile(b));
}

TEST_CASE("contentc check: exit 0 when clean, 1 with errors, never an output file", "[compiler]")
{
    ContentFixture fixture;
    const QStringList before = filesIn(fixture.outputPath(QString()));
    const Run clean = contentc({QStringLiteral("check"), fixture.dir()});
    CHECK(clean.exitCode == 0);
    CHECK(clean.err.isEmpty());

    fixture.addErrorFixture(QStringLiteral("missing-alt.md"));
    const Run broken = contentc({QStringLiteral("check"), fixture.dir()});
    CHECK(broken.exitCode == 1);
    CHECK(broken.err.contains(QStringLiteral("missing-alt.md:13:1: error: image 'images/heup.svg' has no alt text")));
    CHECK(filesIn(fixture.outputPath(QString())) == before);
}

TEST_CASE("contentc check: the readability floor is configurable", "[compiler]")
{
    const ContentFixture fixture;
    const Run strict =
        contentc({QStringLiteral("check"), fixture.dir(), QStringLiteral("--min-flesch"), QStringLiteral("150")});
    CHECK(strict.exitCode == 1);
    CHECK(strict.err.contains(QStringLiteral("is too hard to read")));
    CHECK(strict.err.contains(QStringLiteral("the floor is 150")));
    const Run nonsense =
        contentc({QStringLiteral("check"), fixture.dir(), QStringLiteral("--min-flesch"), QStringLiteral("veel")});
    CHECK(nonsense.exitCode == 2);
}

TEST_CASE("contentc stats --json counts the content and reports readability per article and chapter", "[compiler]")
{
    const ContentFixture fixture;
    const QString db = fixture.outputPath(QStringLiteral("content.db"));
    REQUIRE(contentc({QStringLiteral("build"), fixture.dir(), QStringLiteral("-o"), db}).exitCode == 0);
    const Run run = contentc({QStringLiteral("stats"), db, QStringLiteral("--json")});
    REQUIRE(run.exitCode == 0);
    const QJsonObject stats = QJsonDocument::fromJson(run.out.toUtf8()).object();
    CHECK(stats.value(u"articles").toInt() == 2);
    CHECK(stats.value(u"chapters").toInt() == 3);
    CHECK(stats.value(u"sections").toInt() == 10);
    CHECK(stats.value(u"glossary_terms").toInt() == 3);
    CHECK(stats.value(u"exercises").toInt() == 1);
    CHECK(stats.value(u"images").toInt() == 2);
    CHECK(stats.value(u"edition").toString() == QStringLiteral("test-1"));
    const QJsonArray articles = stats.value(u"per_article").toArray();
    REQUIRE(articles.size() == 2);
    const QJsonObject bewegen = articles.at(0).toObject().value(u"chapters").toArray().at(1).toObject();
    CHECK(bewegen.value(u"id").toString() == QStringLiteral("bewegen"));
    // The "Bewegen" chapter counted by hand, sentence by sentence (words, syllables):
    //   Bewegen (1, be·we·gen 3) | Beweeg elke dag een beetje. (5, 2+2+1+1+2 = 8)
    //   Lees over het vochtzakje. (4, 1+2+1+3 = 7) | De slijmbeurs houdt van bewegen. (5, 1+2+1+1+3 = 8)
    //   Lees meer over de spieren. (5, 1+1+2+1+2 = 7)
    // 20 words, 33 syllables, 5 sentences: 206.84 − 0.77 × 165 − 0.93 × 4 = 76.07
    CHECK(bewegen.value(u"words").toInt() == 20);
    CHECK(bewegen.value(u"sentence_length").toDouble() == Approx(4.0));
    CHECK(bewegen.value(u"flesch_douma").toDouble() == Approx(76.07));
}

TEST_CASE("contentc stats refuses a file that is not a content database", "[compiler]")
{
    const ContentFixture fixture;
    const QString bogus = fixture.path(QStringLiteral("glossary.yaml"));
    const Run run = contentc({QStringLiteral("stats"), bogus});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("geen database")));
}

TEST_CASE("contentc without a known command prints its usage", "[compiler]")
{
    const Run run = contentc({QStringLiteral("bouw")});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("usage: heupwijzer-contentc")));
}
