#include "core/content/contentcompiler.h"

#include "core/content/articleparser.h"
#include "core/content/chapterhtml.h"
#include "core/content/chaptertext.h"
#include "core/content/contentindex.h"
#include "core/content/contentloader.h"
#include "core/content/exerciseparser.h"
#include "core/content/fieldreader.h"
#include "core/content/glossaryparser.h"
#include "core/content/referencechecker.h"
#include "core/content/svgcheck.h"
#include "core/content/yamltree.h"

#include <cmark-gfm.h>

#include <vector>

namespace heupwijzer::core::content {

namespace {

// One compilation: the steps share the index, the parsed articles and the diagnostics.
class CompileRun {
public:
    CompileRun(Compilation &out, const CompileOptions &options)
        : m_out(out), m_options(options), m_index(out.diagnostics)
    {}

    void execute(const QString &contentDir);

private:
    Diagnostics &diagnostics() { return m_out.diagnostics; }
    void readEdition(const SourceFile &file);
    void parse(ContentInputs &inputs);
    void buildIndex();
    void checkExerciseImages();
    void render();
    void noteImageUse(const QString &name, const QString &alt);
    void noteExerciseUse(const QString &id);
    void collectUses(const ChapterDraft &draft);
    void checkReadability(const Chapter &chapter);
    void orderExercisesAndImages();

    Compilation &m_out;
    const CompileOptions &m_options;
    ContentIndex m_index;
    std::vector<ParsedArticle> m_articles;
    QHash<QString, QString> m_imageAlt;  // first use wins
    QStringList m_exerciseOrder;         // by first use in reading order
    QHash<QString, QString> m_imagePath; // image name → path for messages
};

void CompileRun::execute(const QString &contentDir)
{
    ContentInputs inputs = ContentLoader::load(contentDir, diagnostics());
    m_out.content.inputHash = inputs.sha256;
    if (inputs.edition)
        readEdition(*inputs.edition);
    parse(inputs);
    buildIndex();
    checkExerciseImages();
    ReferenceChecker checker(m_index, diagnostics());
    for (const ParsedArticle &article : m_articles)
        checker.check(article);
    render();
    orderExercisesAndImages();
}

void CompileRun::readEdition(const SourceFile &file)
{
    file.checkUtf8(diagnostics());
    const std::optional<YamlNode> yaml = parseYaml(file, file.bytes(), 1, diagnostics());
    if (!yaml || yaml->kind != YamlNode::Kind::Mapping) {
        if (yaml)
            diagnostics().error(file.start(), QStringLiteral("edition.yaml holds one line: edition: \"YYYY.MM\""));
        return;
    }
    FieldReader fields(*yaml, file.start(), diagnostics());
    fields.allowOnly({u"edition"});
    m_out.content.edition = fields.text(u"edition");
}

void CompileRun::parse(ContentInputs &inputs)
{
    if (inputs.glossary)
        m_out.content.glossary = GlossaryParser::parse(*inputs.glossary, diagnostics());
    for (const SourceFile &file : std::as_const(inputs.exercises))
        m_out.content.exercises.append(ExerciseParser::parse(file, diagnostics()));
    for (qsizetype i = 0; i < inputs.images.size(); ++i) {
        checkSvg(inputs.imageSources.at(i), diagnostics());
        m_imagePath.insert(inputs.images.at(i).name, inputs.imageSources.at(i).path());
        m_out.content.images.append(inputs.images.at(i));
    }
    m_articles.reserve(static_cast<size_t>(inputs.articles.size()));
    for (SourceFile &file : inputs.articles)
        m_articles.push_back(ArticleParser::parse(std::move(file), diagnostics()));
}

// Articles first, in reading order, so a duplicate is reported where it appears the second time.
void CompileRun::buildIndex()
{
    for (const ParsedArticle &parsed : m_articles) {
        const QString first = parsed.chapters.isEmpty() ? QString() : parsed.chapters.first().chapter.id;
        m_index.addArticle(parsed.article, first);
        for (const ChapterDraft &draft : parsed.chapters)
            m_index.addChapter(draft.chapter);
    }
    for (const ExerciseCard &card : std::as_const(m_out.content.exercises))
        m_index.addExercise(card);
    for (const GlossaryTerm &term : std::as_const(m_out.content.glossary))
        m_index.addTerm(term);
    for (const ImageFile &image : std::as_const(m_out.content.images))
        m_index.addImage(image.name);
}

void CompileRun::checkExerciseImages()
{
    for (const ExerciseCard &card : std::as_const(m_out.content.exercises)) {
        if (!card.image.isEmpty() && !m_index.hasImage(card.image))
            diagnostics().error(card.where,
                                QStringLiteral("missing image 'images/%1' of exercise '%2'").arg(card.image, card.id));
    }
}

void CompileRun::render()
{
    GlossaryLinker linker(m_out.content.glossary);
    for (const ParsedArticle &parsed : m_articles) {
        Article article = parsed.article;
        ChapterHtml renderer(parsed, m_index, linker);
        for (const ChapterDraft &draft : parsed.chapters) {
            Chapter chapter = draft.chapter;
            chapter.html = renderer.render(draft);
            chapter.glossaryTerms = linker.usedInChapter();
            ChapterText::fill(chapter, ChapterText::blocks(draft, m_index));
            checkReadability(chapter);
            collectUses(draft);
            article.readability += chapter.readability;
            article.chapters.append(std::move(chapter));
        }
        m_out.content.articles.append(std::move(article));
    }
}

void CompileRun::collectUses(const ChapterDraft &draft)
{
    for (cmark_node *block : draft.blocks) {
        cmarknodes::forEachNode(block, [this](cmark_node *node) {
            if (cmark_node_get_type(node) == CMARK_NODE_IMAGE) {
                noteImageUse(ExerciseParser::imageName(cmarknodes::url(node)),
                             cmarknodes::inlineText(node).simplified());
            } else if (cmark_node_get_type(node) == CMARK_NODE_CODE_BLOCK &&
                       cmarknodes::fenceInfo(node) == u"oefening") {
                noteExerciseUse(cmarknodes::literal(node).trimmed());
            } else if (cmark_node_get_type(node) == CMARK_NODE_LINK &&
                       cmarknodes::url(node).startsWith(QStringLiteral("oefening:"))) {
                noteExerciseUse(cmarknodes::url(node).mid(9));
            }
        });
    }
}

void CompileRun::noteImageUse(const QString &name, const QString &alt)
{
    if (!name.isEmpty() && !m_imageAlt.contains(name))
        m_imageAlt.insert(name, alt);
}

void CompileRun::noteExerciseUse(const QString &id)
{
    const ExerciseCard *card = m_index.exercise(id);
    if (card == nullptr || m_exerciseOrder.contains(id))
        return;
    m_exerciseOrder.append(id);
    noteImageUse(card->image, card->alt);
}

void CompileRun::checkReadability(const Chapter &chapter)
{
    if (chapter.readability.words == 0)
        return;
    const double score = chapter.readability.fleschDouma();
    const QString measured = QStringLiteral("Flesch-Douma %1 (%2 words per sentence)")
                                 .arg(score, 0, 'f', 1)
                                 .arg(chapter.readability.averageSentenceLength(), 0, 'f', 1);
    if (score < m_options.fleschDoumaFloor)
        diagnostics().error(chapter.where, QStringLiteral("chapter '%1' is too hard to read: %2, the floor is %3; "
                                                          "use shorter sentences and shorter words")
                                               .arg(chapter.id, measured)
                                               .arg(m_options.fleschDoumaFloor));
    else if (score < m_options.fleschDoumaWarning)
        diagnostics().warning(chapter.where, QStringLiteral("chapter '%1' is hard to read: %2; aim for %3 or more")
                                                 .arg(chapter.id, measured)
                                                 .arg(m_options.fleschDoumaWarning));
}

// Exercises in the order a reader meets them (then the rest by id); every picture gets the alt text of its
// first appearance. A picture nobody shows is kept but reported. Runs last: sorting moves the cards the index
// points at.
void CompileRun::orderExercisesAndImages()
{
    QList<ExerciseCard> &exercises = m_out.content.exercises;
    for (const ExerciseCard &card : std::as_const(exercises))
        noteExerciseUse(card.id); // exercises not shown in any chapter, in file order (ids = file names)
    std::stable_sort(exercises.begin(), exercises.end(), [this](const ExerciseCard &a, const ExerciseCard &b) {
        return m_exerciseOrder.indexOf(a.id) < m_exerciseOrder.indexOf(b.id);
    });
    for (ImageFile &image : m_out.content.images) {
        image.alt = m_imageAlt.value(image.name);
        if (!m_imageAlt.contains(image.name))
            diagnostics().warning(SourceLocation{m_imagePath.value(image.name), 0, 0},
                                  QStringLiteral("picture is not shown anywhere"));
    }
}

} // namespace

Compilation ContentCompiler::compile(const QString &contentDir, const CompileOptions &options)
{
    Compilation out;
    CompileRun(out, options).execute(contentDir);
    return out;
}

} // namespace heupwijzer::core::content
