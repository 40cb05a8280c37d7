#include "core/content/chapterhtml.h"

#include "core/content/exercisecardhtml.h"
#include "core/content/exerciseparser.h"
#include "core/content/linktarget.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

namespace heupwijzer::core::content {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

bool isTightItem(cmark_node *paragraph)
{
    cmark_node *item = cmark_node_parent(paragraph);
    if (item == nullptr || cmark_node_get_type(item) != CMARK_NODE_ITEM)
        return false;
    cmark_node *list = cmark_node_parent(item);
    return list != nullptr && cmark_node_get_list_tight(list) != 0;
}

} // namespace

ChapterHtml::ChapterHtml(const ParsedArticle &article, const ContentIndex &index, GlossaryLinker &linker)
    : m_article(article), m_index(index), m_linker(linker)
{}

QString ChapterHtml::render(const ChapterDraft &draft)
{
    m_draft = &draft;
    m_out.clear();
    m_linker.startChapter();
    markHandMadeTermLinks(draft);
    m_out += QStringLiteral("<h1>");
    inlines(draft.heading, false);
    m_out += QStringLiteral("</h1>\n");
    for (cmark_node *node : draft.blocks)
        block(node);
    footer();
    return m_out;
}

void ChapterHtml::markHandMadeTermLinks(const ChapterDraft &draft)
{
    for (cmark_node *node : draft.blocks) {
        cmarknodes::forEachNode(node, [this](cmark_node *each) {
            if (cmark_node_get_type(each) != CMARK_NODE_LINK)
                return;
            const LinkTarget target = LinkTarget::classify(cmarknodes::url(each));
            if (target.kind == LinkTarget::Kind::Term && m_index.term(target.id) != nullptr)
                m_linker.markUsed(target.id);
        });
    }
}

void ChapterHtml::blocks(cmark_node *parent)
{
    for (cmark_node *child : cmarknodes::children(parent))
        block(child);
}

void ChapterHtml::block(cmark_node *node)
{
    switch (cmark_node_get_type(node)) {
    case CMARK_NODE_PARAGRAPH:
        return paragraph(node);
    case CMARK_NODE_HEADING:
        return heading(node);
    case CMARK_NODE_LIST:
        return list(node);
    case CMARK_NODE_BLOCK_QUOTE:
        return blockQuote(node);
    case CMARK_NODE_CODE_BLOCK:
        return codeBlock(node);
    case CMARK_NODE_THEMATIC_BREAK:
        m_out += QStringLiteral("<hr/>\n");
        return;
    case CMARK_NODE_HTML_BLOCK:
        return; // refused by the parser; never passed through
    default:
        break;
    }
    if (cmarknodes::typeName(node) == u"table")
        table(node);
    else
        blocks(node);
}

void ChapterHtml::paragraph(cmark_node *node)
{
    if (m_inCaution && callout::isBoldHeading(node)) {
        const std::optional<Urgency> urgency = callout::urgencyOf(cmarknodes::inlineText(node));
        if (urgency) {
            m_out += u"<p class=\"urgency " % callout::urgencyClass(*urgency) % u"\"><b>";
            inlines(cmark_node_first_child(node), false);
            m_out += QStringLiteral("</b></p>\n");
            return;
        }
    }
    const bool tight = isTightItem(node);
    if (!tight)
        m_out += QStringLiteral("<p>");
    inlines(node, true);
    if (!tight)
        m_out += QStringLiteral("</p>\n");
}

void ChapterHtml::heading(cmark_node *node)
{
    const int level = cmarknodes::headingLevel(node);
    const qsizetype section = m_draft->sectionHeadings.indexOf(node);
    if (level == 3 && section >= 0) {
        m_out += u"<h2><a name=\"" % escaped(m_draft->chapter.sections.at(section).anchor) % u"\"></a>";
        inlines(node, false);
        m_out += QStringLiteral("</h2>\n");
        return;
    }
    m_out += QStringLiteral("<h3>");
    inlines(node, false);
    m_out += QStringLiteral("</h3>\n");
}

void ChapterHtml::list(cmark_node *node)
{
    const bool ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST;
    const int start = cmark_node_get_list_start(node);
    if (ordered && start != 1)
        m_out += u"<ol start=\"" % QString::number(start) % u"\">\n";
    else
        m_out += ordered ? QStringLiteral("<ol>\n") : QStringLiteral("<ul>\n");
    for (cmark_node *item : cmarknodes::children(node)) {
        m_out += QStringLiteral("<li>");
        blocks(item);
        m_out += QStringLiteral("</li>\n");
    }
    m_out += ordered ? QStringLiteral("</ol>\n") : QStringLiteral("</ul>\n");
}

void ChapterHtml::blockQuote(cmark_node *node)
{
    const auto kind = m_article.callouts.constFind(node);
    if (kind == m_article.callouts.cend()) {
        m_out += QStringLiteral("<blockquote>\n");
        blocks(node);
        m_out += QStringLiteral("</blockquote>\n");
        return;
    }
    m_out += u"<table class=\"callout " % callout::cssClass(*kind) %
             u"\" width=\"100%\" cellspacing=\"0\" cellpadding=\"12\"><tr><td>\n"
             u"<p class=\"callout-title\">" %
             callout::title(*kind) % u"</p>\n";
    const bool outerCaution = m_inCaution;
    m_inCaution = *kind == CalloutKind::Caution;
    blocks(node);
    m_inCaution = outerCaution;
    m_out += QStringLiteral("</td></tr></table>\n");
}

void ChapterHtml::codeBlock(cmark_node *node)
{
    if (cmarknodes::fenceInfo(node) == u"oefening") {
        if (const ExerciseCard *card = m_index.exercise(cmarknodes::literal(node).trimmed()))
            m_out += exerciseCardHtml(*card);
        return;
    }
    m_out += u"<pre>" % escaped(cmarknodes::literal(node)) % u"</pre>\n";
}

void ChapterHtml::table(cmark_node *node)
{
    const uint8_t *alignments = cmark_gfm_extensions_get_table_alignments(node);
    const int columns = cmark_gfm_extensions_get_table_columns(node);
    m_out += QStringLiteral("<table class=\"data\" border=\"1\" cellspacing=\"0\" cellpadding=\"6\">\n");
    for (cmark_node *row : cmarknodes::children(node)) {
        const bool header = cmarknodes::typeName(row) == u"table_header";
        const QString cell = header ? QStringLiteral("th") : QStringLiteral("td");
        m_out += QStringLiteral("<tr>");
        int column = 0;
        for (cmark_node *each : cmarknodes::children(row)) {
            const char align = alignments != nullptr && column < columns ? static_cast<char>(alignments[column]) : 0;
            m_out += u'<' % cell;
            if (align == 'c')
                m_out += QStringLiteral(" align=\"center\"");
            else if (align == 'r')
                m_out += QStringLiteral(" align=\"right\"");
            else if (header)
                m_out += QStringLiteral(" align=\"left\"");
            m_out += u'>';
            inlines(each, !header);
            m_out += u"</" % cell % u'>';
            ++column;
        }
        m_out += QStringLiteral("</tr>\n");
    }
    m_out += QStringLiteral("</table>\n");
}

void ChapterHtml::inlines(cmark_node *parent, bool linkTerms)
{
    for (cmark_node *child : cmarknodes::children(parent))
        inlineNode(child, linkTerms);
}

void ChapterHtml::inlineNode(cmark_node *node, bool linkTerms)
{
    switch (cmark_node_get_type(node)) {
    case CMARK_NODE_TEXT:
        return text(cmarknodes::literal(node), linkTerms);
    case CMARK_NODE_SOFTBREAK:
        m_out += u'\n';
        return;
    case CMARK_NODE_LINEBREAK:
        m_out += QStringLiteral("<br/>\n");
        return;
    case CMARK_NODE_CODE:
        m_out += u"<code>" % escaped(cmarknodes::literal(node)) % u"</code>";
        return;
    case CMARK_NODE_EMPH:
        m_out += QStringLiteral("<em>");
        inlines(node, linkTerms);
        m_out += QStringLiteral("</em>");
        return;
    case CMARK_NODE_STRONG:
        m_out += QStringLiteral("<strong>");
        inlines(node, linkTerms);
        m_out += QStringLiteral("</strong>");
        return;
    case CMARK_NODE_LINK:
        return link(node);
    case CMARK_NODE_IMAGE:
        return image(node);
    case CMARK_NODE_HTML_INLINE:
        return;
    default:
        break;
    }
    if (cmarknodes::typeName(node) == u"strikethrough") {
        m_out += QStringLiteral("<s>"); // QTextBrowser ignores <del>
        inlines(node, linkTerms);
        m_out += QStringLiteral("</s>");
    } else {
        inlines(node, linkTerms);
    }
}

void ChapterHtml::link(cmark_node *node)
{
    const LinkTarget target = LinkTarget::classify(cmarknodes::url(node));
    QString opening;
    switch (target.kind) {
    case LinkTarget::Kind::Chapter: {
        QString href = u"chapter:" % m_index.chapterFor(target.id).value_or(target.id);
        if (!target.anchor.isEmpty())
            href += u'#' % target.anchor;
        opening = u"<a href=\"" % escaped(href) % u"\">";
        break;
    }
    case LinkTarget::Kind::Term:
        opening = u"<a class=\"term\" href=\"begrip:" % escaped(target.id) % u"\">";
        break;
    case LinkTarget::Kind::Exercise:
        opening = u"<a class=\"exercise-link\" href=\"oefening:" % escaped(target.id) % u"\">";
        break;
    case LinkTarget::Kind::External:
        opening = u"<a class=\"external\" href=\"" % escaped(target.url) % u"\">";
        break;
    case LinkTarget::Kind::Insecure:
    case LinkTarget::Kind::Unsupported:
        inlines(node, false); // refused by the checker; never a live link
        return;
    }
    m_out += opening;
    inlines(node, false);
    m_out += QStringLiteral("</a>");
}

void ChapterHtml::image(cmark_node *node)
{
    const QString name = ExerciseParser::imageName(cmarknodes::url(node));
    m_out += u"<img src=\"image:" % escaped(name) % u"\" alt=\"" % escaped(cmarknodes::inlineText(node).simplified()) %
             u"\"/>";
}

void ChapterHtml::text(const QString &literal, bool linkTerms)
{
    if (!linkTerms) {
        m_out += escaped(literal);
        return;
    }
    for (const GlossaryLinker::Piece &piece : m_linker.link(literal)) {
        if (piece.termId.isEmpty())
            m_out += escaped(piece.text);
        else
            m_out +=
                u"<a class=\"term\" href=\"begrip:" % escaped(piece.termId) % u"\">" % escaped(piece.text) % u"</a>";
    }
}

void ChapterHtml::footer()
{
    const Article &article = m_article.article;
    m_out += QStringLiteral("<hr/>\n<p class=\"sources-title\">Bronnen</p>\n<ul class=\"sources\">\n");
    for (const QString &source : article.sources)
        m_out += u"<li>" % escaped(source) % u"</li>\n";
    m_out += u"</ul>\n<p class=\"reviewed\">Gecontroleerd op " % dutchDate(article.reviewed) % u"</p>\n";
}

} // namespace heupwijzer::core::content
