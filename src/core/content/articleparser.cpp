#include "core/content/articleparser.h"

#include "core/content/fieldreader.h"
#include "core/content/headingattributes.h"
#include "core/content/yamltree.h"

#include <QRegularExpression>

#include <cmark-gfm.h>

namespace heupwijzer::core::content {

namespace {

QString uniqueAnchor(const QString &wanted, const QList<Section> &taken)
{
    const auto isTaken = [&taken](const QString &anchor) {
        return std::any_of(taken.begin(), taken.end(), [&](const Section &s) { return s.anchor == anchor; });
    };
    QString anchor = wanted.isEmpty() ? QStringLiteral("sectie") : wanted;
    for (int n = 2; isTaken(anchor); ++n)
        anchor = wanted % u'-' % QString::number(n);
    return anchor;
}

QString htmlExcerpt(cmark_node *node)
{
    QString text = cmarknodes::literal(node).simplified();
    if (text.size() > 40)
        text = text.left(40) + QStringLiteral("…");
    return text;
}

} // namespace

bool ArticleParser::isValidId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    return pattern.match(id).hasMatch();
}

QString ArticleParser::slug(const QString &title)
{
    QString out;
    bool pendingHyphen = false;
    for (QChar c : title.normalized(QString::NormalizationForm_D).toLower()) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue; // the accent of a decomposed "ë"
        if (c.isLetterOrNumber() && c.unicode() < 0x80) {
            if (pendingHyphen && !out.isEmpty())
                out += u'-';
            out += c;
            pendingHyphen = false;
        } else {
            pendingHyphen = true;
        }
    }
    return out;
}

ArticleParser::ArticleParser(ParsedArticle &parsed, Diagnostics &diagnostics)
    : m_parsed(parsed), m_diagnostics(diagnostics)
{}

ParsedArticle ArticleParser::parse(SourceFile file, Diagnostics &diagnostics)
{
    ParsedArticle parsed;
    parsed.source = std::move(file);
    parsed.article.where = parsed.source.start();
    parsed.source.checkUtf8(diagnostics);
    ArticleParser parser(parsed, diagnostics);
    const FrontMatterSplit split = splitFrontMatter(parsed.source, diagnostics);
    if (!split.found)
        return parsed;
    parsed.bodyLineOffset = split.bodyLineOffset;
    parser.readFrontMatter(split);
    parsed.document = markdown::Document::parse(QByteArrayView(split.body));
    parser.reportRawHtmlAndTakeCallouts();
    parser.readBody();
    return parsed;
}

void ArticleParser::readFrontMatter(const FrontMatterSplit &split)
{
    const std::optional<YamlNode> yaml = parseYaml(m_parsed.source, split.yaml, split.yamlFirstLine, m_diagnostics);
    if (!yaml)
        return;
    if (yaml->kind != YamlNode::Kind::Mapping) {
        m_diagnostics.error(m_parsed.source.start(), QStringLiteral("the front matter must be 'key: value' lines"));
        return;
    }
    Article &article = m_parsed.article;
    FieldReader fields(*yaml, m_parsed.source.start(), m_diagnostics);
    fields.allowOnly({u"id", u"title", u"summary", u"kind", u"regions", u"reviewed", u"sources"});
    article.id = fields.text(u"id");
    if (!article.id.isEmpty() && !isValidId(article.id))
        m_diagnostics.error(fields.valueLocation(u"id"),
                            QStringLiteral("invalid id '%1': use lower case a–z, 0–9 and -").arg(article.id));
    article.title = fields.text(u"title");
    article.summary = fields.text(u"summary");
    article.kind = fields.text(u"kind", FieldReader::Need::Optional);
    m_parsed.kindLocation = fields.keyLocation(u"kind");
    if (article.kind.isEmpty())
        article.kind = QStringLiteral("information");
    else if (article.kind != u"condition" && article.kind != u"information")
        m_diagnostics.error(fields.valueLocation(u"kind"),
                            QStringLiteral("kind must be 'condition' or 'information', not '%1'").arg(article.kind));
    article.regions = fields.textList(u"regions", FieldReader::Need::Optional);
    for (const QString &region : std::as_const(article.regions)) {
        if (!HeadingAttributes::knownRegions().contains(region))
            m_diagnostics.error(fields.valueLocation(u"regions"),
                                QStringLiteral("unknown region '%1' (known: %2)")
                                    .arg(region, HeadingAttributes::knownRegions().join(u", ")));
    }
    article.reviewed = fields.date(u"reviewed");
    article.sources = fields.textList(u"sources");
}

void ArticleParser::reportRawHtmlAndTakeCallouts()
{
    const NodeLocator locate = m_parsed.locator();
    QList<cmark_node *> quotes;
    cmarknodes::forEachNode(m_parsed.document->root(), [&](cmark_node *node) {
        const cmark_node_type type = cmark_node_get_type(node);
        if (type == CMARK_NODE_HTML_BLOCK || type == CMARK_NODE_HTML_INLINE)
            m_diagnostics.error(locate(node), QStringLiteral("raw HTML is not allowed: '%1'").arg(htmlExcerpt(node)));
        else if (type == CMARK_NODE_BLOCK_QUOTE)
            quotes.append(node);
    });
    // Marker removal edits the tree, so it runs after the walk.
    for (cmark_node *quote : std::as_const(quotes)) {
        if (const std::optional<CalloutKind> kind = callout::take(quote, locate, m_diagnostics))
            m_parsed.callouts.insert(quote, *kind);
    }
}

void ArticleParser::readBody()
{
    for (cmark_node *node : cmarknodes::children(m_parsed.document->root())) {
        const int level = cmarknodes::headingLevel(node);
        if (level == 1) {
            m_diagnostics.error(m_parsed.locator()(node),
                                QStringLiteral("'#' headings are not used: the article title comes from the front "
                                               "matter; start a chapter with '## Title {#chapter-id}'"));
        } else if (level == 2) {
            startChapter(node);
        } else if (m_current == nullptr) {
            if (!m_reportedTextBeforeChapter)
                m_diagnostics.error(
                    m_parsed.locator()(node),
                    QStringLiteral("text before the first chapter: start with '## Title {#chapter-id}'"));
            m_reportedTextBeforeChapter = true;
        } else {
            addBlock(node);
        }
    }
    finishChapter();
}

void ArticleParser::startChapter(cmark_node *heading)
{
    finishChapter();
    const NodeLocator locate = m_parsed.locator();
    const HeadingAttributes attributes = HeadingAttributes::take(heading, locate, m_diagnostics);
    ChapterDraft draft;
    draft.heading = heading;
    draft.chapter.where = locate(heading);
    draft.chapter.title = cmarknodes::inlineText(heading).simplified();
    draft.chapter.id = attributes.id;
    draft.chapter.isCondition = attributes.isCondition;
    draft.chapter.regions = attributes.regions;
    if (attributes.id.isEmpty())
        m_diagnostics.error(
            draft.chapter.where,
            QStringLiteral("chapter '%1' has no id: write '## %1 {#chapter-id}'").arg(draft.chapter.title));
    else if (!isValidId(attributes.id))
        m_diagnostics.error(attributes.where,
                            QStringLiteral("invalid id '%1': use lower case a–z, 0–9 and -").arg(attributes.id));
    m_parsed.chapters.append(std::move(draft));
    m_current = &m_parsed.chapters.last();
    m_previousLevel = 2;
}

void ArticleParser::addBlock(cmark_node *node)
{
    if (cmarknodes::isHeading(node)) {
        checkHeading(node);
    } else {
        m_openSection = nullptr;
    }
    m_current->blocks.append(node);
}

void ArticleParser::checkHeading(cmark_node *heading)
{
    const NodeLocator locate = m_parsed.locator();
    const int level = cmarknodes::headingLevel(heading);
    if (m_openSection != nullptr && level <= 3)
        m_diagnostics.error(locate(m_openSection), QStringLiteral("empty section: add text under this heading"));
    const HeadingAttributes attributes = HeadingAttributes::take(heading, locate, m_diagnostics);
    if (level > 4) {
        m_diagnostics.error(locate(heading), QStringLiteral("heading level %1 is not used: use '###' for a section and "
                                                            "'####' inside a section")
                                                 .arg(level));
    } else if (level > m_previousLevel + 1) {
        m_diagnostics.error(locate(heading), QStringLiteral("skipped heading level: a level-%1 heading must follow a "
                                                            "level-%2 heading")
                                                 .arg(level)
                                                 .arg(level - 1));
    }
    m_previousLevel = level;
    if (level != 3)
        return;
    if (attributes.isCondition || !attributes.regions.isEmpty())
        m_diagnostics.error(attributes.where, QStringLiteral(".condition and regions= belong on a '##' chapter"));
    const QString title = cmarknodes::inlineText(heading).simplified();
    const QString anchor =
        uniqueAnchor(attributes.id.isEmpty() ? slug(title) : attributes.id, m_current->chapter.sections);
    m_current->chapter.sections.append(Section{anchor, title, {}});
    m_current->sectionHeadings.append(heading);
    m_openSection = heading;
}

void ArticleParser::finishChapter()
{
    if (m_current == nullptr)
        return;
    if (m_openSection != nullptr)
        m_diagnostics.error(m_parsed.locator()(m_openSection),
                            QStringLiteral("empty section: add text under this heading"));
    const bool hasText = std::any_of(m_current->blocks.begin(), m_current->blocks.end(),
                                     [](cmark_node *block) { return !cmarknodes::isHeading(block); });
    if (!hasText)
        m_diagnostics.error(m_current->chapter.where,
                            QStringLiteral("empty chapter: '%1' has no text").arg(m_current->chapter.title));
    m_current = nullptr;
    m_openSection = nullptr;
}

} // namespace heupwijzer::core::content
