// libFuzzer target: whatever an editor types into an article file (front matter + Markdown, valid or not,
// UTF-8 or not), the content compiler's per-article steps must report problems as diagnostics, never crash,
// hang, leak or trip a sanitizer. The steps are the ones ContentCompiler runs for each article, in memory:
// parse → index → reference check → render HTML → plain text for search. The glossary, exercises and images
// the article may refer to are a small fixed set, so references resolve both ways (found and not found).
#include "core/content/articleparser.h"
#include "core/content/chapterhtml.h"
#include "core/content/chaptertext.h"
#include "core/content/contentindex.h"
#include "core/content/exerciseparser.h"
#include "core/content/glossarylinker.h"
#include "core/content/glossaryparser.h"
#include "core/content/referencechecker.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace content = heupwijzer::core::content;

namespace {

constexpr char glossaryYaml[] = R"(- term: heupgewricht
  id: heupgewricht
  lay: ["heup", "heupen"]
  medical: ["coxa"]
  definition: "Het gewricht tussen je bovenbeen en je bekken."
- term: slijmbeurs
  id: slijmbeurs
  lay: ["zakje"]
  medical: ["bursa"]
  definition: "Een zakje met vocht dat wrijving tegengaat."
)";

constexpr char exerciseMarkdown[] = R"(---
id: schelp
title: Schelp
goal: De spieren aan de zijkant van je heup sterker maken.
start: Lig op je zij met je knieën gebogen.
hold: Niet van toepassing
repetitions: 15 keer per kant
sets: 3 keer
frequency: elke dag
stop_if: Je voelt een scherpe pijn.
image: images/oefening-schelp.svg
alt: Een persoon ligt op de zij en tilt de bovenste knie op.
---

1. Til je bovenste knie rustig op.
2. Laat je knie langzaam zakken.
)";

// Parsed once: the fixture must be valid, or every input would only exercise "unknown reference".
struct FixedContent {
    QList<content::GlossaryTerm> glossary;
    QList<content::ExerciseCard> exercises;
};

const FixedContent &fixedContent()
{
    static const FixedContent fixed = [] {
        content::Diagnostics diagnostics;
        FixedContent parsed;
        parsed.glossary = content::GlossaryParser::parse(
            content::SourceFile(QStringLiteral("glossary.yaml"), QByteArray(glossaryYaml)), diagnostics);
        parsed.exercises.append(content::ExerciseParser::parse(
            content::SourceFile(QStringLiteral("exercises/schelp.md"), QByteArray(exerciseMarkdown)), diagnostics));
        if (diagnostics.hasErrors()) {
            std::fprintf(stderr, "content_fuzzer: the fixed glossary or exercise is invalid\n");
            std::abort();
        }
        return parsed;
    }();
    return fixed;
}

void compileOneArticle(const QByteArray &bytes)
{
    const FixedContent &fixed = fixedContent();
    content::Diagnostics diagnostics;
    content::SourceFile file(QStringLiteral("articles/01-fuzz.md"), bytes);
    file.checkUtf8(diagnostics);
    const content::ParsedArticle parsed = content::ArticleParser::parse(std::move(file), diagnostics);

    content::ContentIndex index(diagnostics);
    const QString first = parsed.chapters.isEmpty() ? QString() : parsed.chapters.first().chapter.id;
    index.addArticle(parsed.article, first);
    for (const content::ChapterDraft &draft : parsed.chapters)
        index.addChapter(draft.chapter);
    for (const content::ExerciseCard &card : fixed.exercises)
        index.addExercise(card);
    for (const content::GlossaryTerm &term : fixed.glossary)
        index.addTerm(term);
    index.addImage(QStringLiteral("oefening-schelp.svg"));
    index.addImage(QStringLiteral("heupgewricht.svg"));

    content::ReferenceChecker(index, diagnostics).check(parsed);

    content::GlossaryLinker linker(fixed.glossary);
    content::ChapterHtml renderer(parsed, index, linker);
    for (const content::ChapterDraft &draft : parsed.chapters) {
        content::Chapter chapter = draft.chapter;
        chapter.html = renderer.render(draft);
        content::ChapterText::fill(chapter, content::ChapterText::blocks(draft, index));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    compileOneArticle(QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size)));
    return 0;
}
