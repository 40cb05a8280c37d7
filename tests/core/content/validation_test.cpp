// Each error class the compiler knows has one fixture in tests/data/content/errors. Every fixture is dropped into
// an otherwise valid content set; the test asserts the message and the place an editor sees.
#include "contentfixture.h"

#include "common/catch_qt.h"

#include <QFile>

#include <algorithm>

using heupwijzer::core::content::Compilation;
using heupwijzer::core::content::Diagnostic;
using heupwijzer::core::content::Severity;

namespace {

struct ErrorCase {
    const char *fixture;
    const char *folder;
    int line;
    int column;
    const char *message; // the start of the message
};

// Lines count from the top of the file, front matter included; columns count characters (ë is one column).
const ErrorCase kErrorCases[] = {
    {"malformed-front-matter.md", "articles", 5, 9, "malformed YAML"},
    {"unknown-key.md", "articles", 5, 1, "unknown key 'auteur'"},
    {"missing-key.md", "articles", 1, 1, "missing required key 'reviewed'"},
    {"duplicate-id.md", "articles", 13, 1, "duplicate id 'bewegen': already used at "},
    {"unknown-link.md", "articles", 12, 11, "unknown link target '#bestaat-niet'"},
    {"unknown-term.md", "articles", 11, 11, "unknown glossary term 'begrip:slijmbeurzen'"},
    {"missing-image.md", "articles", 13, 1, "missing image 'images/knie.svg'"},
    {"missing-alt.md", "articles", 13, 1, "image 'images/heup.svg' has no alt text"},
    {"raw-html.md", "articles", 11, 8, "raw HTML is not allowed: '<b>'"},
    {"skipped-heading.md", "articles", 13, 1, "skipped heading level"},
    {"empty-chapter.md", "articles", 13, 1, "empty chapter: 'Leeg hoofdstuk' has no text"},
    {"condition-without-red-flag.md", "articles", 5, 1, "a condition article needs a red-flag box"},
    {"http-link.md", "articles", 11, 9, "external link is not https: 'http://example.org'"},
    {"invalid-utf8.md", "articles", 11, 7, "invalid UTF-8 (byte 0xeb)"},
    {"exercise-without-dosage.md", "exercises", 1, 1, "missing required key 'repetitions' (a dosage field"},
    {"condition-missing-section.md", "articles", 10, 1,
     "condition chapter 'onvolledig-hoofdstuk' misses the section '### Wat merk je?'"},
    {"condition-chapter-without-red-flag.md", "articles", 9, 1,
     "condition chapter 'zonder-vlag-hoofdstuk' has no red-flag box"},
    {"unknown-exercise.md", "articles", 13, 1, "unknown exercise 'kniebuiging' in oefening block"},
    {"text-before-chapter.md", "articles", 9, 1, "text before the first chapter"},
    {"hard-to-read.md", "articles", 9, 1, "chapter 'moeilijk-hoofdstuk' is too hard to read"},
};

QList<Diagnostic> errorsOf(const Compilation &compilation)
{
    QList<Diagnostic> out;
    for (const Diagnostic &diagnostic : compilation.diagnostics.sorted()) {
        if (diagnostic.severity == Severity::Error)
            out.append(diagnostic);
    }
    return out;
}

} // namespace

TEST_CASE("The minimal fixture content is valid", "[compiler]")
{
    const ContentFixture fixture;
    const Compilation compilation = fixture.compile();
    for (const Diagnostic &diagnostic : compilation.diagnostics.sorted())
        UNSCOPED_INFO(diagnostic.toString().toStdString());
    CHECK(compilation.diagnostics.errorCount() == 0);
    CHECK(compilation.diagnostics.warningCount() == 0);
}

TEST_CASE("Each error class is reported with its message at file:line:column", "[compiler]")
{
    for (const ErrorCase &expected : kErrorCases) {
        DYNAMIC_SECTION(expected.fixture)
        {
            ContentFixture fixture;
            fixture.addErrorFixture(QString::fromLatin1(expected.fixture), QString::fromLatin1(expected.folder));
            const QList<Diagnostic> errors = errorsOf(fixture.compile());
            REQUIRE_FALSE(errors.isEmpty());
            const Diagnostic &first = errors.first();
            INFO(first.toString().toStdString());
            CHECK(first.where.file ==
                  fixture.path(QString::fromLatin1(expected.folder) + u'/' + QString::fromLatin1(expected.fixture)));
            CHECK(first.where.line == expected.line);
            CHECK(first.where.column == expected.column);
            CHECK(first.message.startsWith(QString::fromUtf8(expected.message)));
            CHECK(first.toString().startsWith(
                first.where.file + QStringLiteral(":%1:%2: error: ").arg(expected.line).arg(expected.column)));
        }
    }
}

TEST_CASE("Raw HTML is reported at every tag, not only the first", "[compiler]")
{
    ContentFixture fixture;
    fixture.addErrorFixture(QStringLiteral("raw-html.md"));
    const QList<Diagnostic> errors = errorsOf(fixture.compile());
    REQUIRE(errors.size() == 2);
    CHECK(errors.at(1).where.line == 11);
    CHECK(errors.at(1).where.column == 14);
    CHECK(errors.at(1).message.contains(QStringLiteral("'</b>'")));
}

TEST_CASE("One run reports the errors of every broken file", "[compiler]")
{
    ContentFixture fixture;
    for (const ErrorCase &each : kErrorCases)
        fixture.addErrorFixture(QString::fromLatin1(each.fixture), QString::fromLatin1(each.folder));
    const QList<Diagnostic> errors = errorsOf(fixture.compile());
    for (const ErrorCase &each : kErrorCases) {
        const QString file = fixture.path(QString::fromLatin1(each.folder) + u'/' + QString::fromLatin1(each.fixture));
        const bool found = std::any_of(errors.begin(), errors.end(), [&](const Diagnostic &d) {
            return d.where.file == file && d.where.line == each.line &&
                   d.message.startsWith(QString::fromUtf8(each.message));
        });
        INFO(each.fixture);
        CHECK(found);
    }
}

TEST_CASE("Chapter heading attributes are checked", "[compiler]")
{
    ContentFixture fixture;
    fixture.write(
        QStringLiteral("articles/03-attributen.md"),
        "---\nid: attributen\ntitle: Attributen\nsummary: Kort.\nreviewed: 2026-11-20\nsources: [Bron]\n---\n\n"
        "## Zonder id\n\nJe hebt pijn.\n\n## Met fout {#Fout_Id regions=knie .rood}\n\nJe hebt pijn.\n");
    const QList<Diagnostic> errors = errorsOf(fixture.compile());
    QStringList messages;
    for (const Diagnostic &error : errors)
        messages.append(QStringLiteral("%1:%2 %3").arg(error.where.line).arg(error.where.column).arg(error.message));
    INFO(messages.join(u'\n').toStdString());
    REQUIRE(errors.size() == 4);
    for (const QString &expected :
         {QStringLiteral("9:1 chapter 'Zonder id' has no id"), QStringLiteral("13:13 invalid id 'Fout_Id'"),
          QStringLiteral("13:13 unknown region 'knie'"), QStringLiteral("13:13 unknown heading attribute '.rood'")}) {
        INFO(expected.toStdString());
        CHECK(std::any_of(messages.begin(), messages.end(),
                          [&](const QString &message) { return message.startsWith(expected); }));
    }
}

TEST_CASE("Red-flag box headings must be the three graded ones, in order", "[compiler]")
{
    ContentFixture fixture;
    QByteArray text = ContentFixture::readFile(fixture.path(QStringLiteral("articles/02-klacht.md")));
    text.replace("> **Bel 112**", "> **Bel je moeder**");
    text.replace("> **Maak een afspraak**\n> - De pijn",
                 "> **Bel 112**\n> - Het bloedt.\n>\n> **Maak een afspraak**\n> - De pijn");
    fixture.write(QStringLiteral("articles/02-klacht.md"), text);
    const QList<Diagnostic> errors = errorsOf(fixture.compile());
    REQUIRE(errors.size() == 1);
    CHECK(errors.first().message.startsWith(QStringLiteral("unknown heading 'Bel je moeder' in a red-flag box")));
}

TEST_CASE("A missing content folder or file is named", "[compiler]")
{
    ContentFixture fixture;
    REQUIRE(QFile::remove(fixture.path(QStringLiteral("glossary.yaml"))));
    const QList<Diagnostic> errors = errorsOf(fixture.compile());
    const QString expected = fixture.path(QStringLiteral("glossary.yaml")) +
                             QStringLiteral(": error: missing file: every content directory has glossary.yaml");
    CHECK(std::any_of(errors.begin(), errors.end(), [&](const Diagnostic &d) { return d.toString() == expected; }));
}

TEST_CASE("'In het kort' with fewer than 4 bullets gives a warning, not an error", "[compiler]")
{
    ContentFixture fixture;
    QByteArray text = ContentFixture::readFile(fixture.path(QStringLiteral("articles/02-klacht.md")));
    text.replace("- Oefen elke dag.\n", "");
    fixture.write(QStringLiteral("articles/02-klacht.md"), text);
    const Compilation compilation = fixture.compile();
    CHECK(compilation.ok());
    const QList<Diagnostic> all = compilation.diagnostics.sorted();
    REQUIRE(all.size() == 1);
    CHECK(all.first().toString() ==
          fixture.path(QStringLiteral("articles/02-klacht.md")) +
              QStringLiteral(":12:1: warning: '### In het kort' has 3 bullets; write 4 to 7"));
}
