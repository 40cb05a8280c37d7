#include "core/content/referencechecker.h"

#include "core/content/exerciseparser.h"
#include "core/content/linktarget.h"

#include <cmark-gfm.h>

#include <algorithm>

namespace heupwijzer::core::content {

namespace {

bool isCaution(const ParsedArticle &article, cmark_node *node)
{
    const auto found = article.callouts.constFind(node);
    return found != article.callouts.cend() && *found == CalloutKind::Caution;
}

} // namespace

ReferenceChecker::ReferenceChecker(const ContentIndex &index, Diagnostics &diagnostics)
    : m_index(index), m_diagnostics(diagnostics)
{}

const QStringList &ReferenceChecker::conditionSections()
{
    static const QStringList sections{
        QStringLiteral("In het kort"),
        QStringLiteral("Wat is het?"),
        QStringLiteral("Wat merk je?"),
        QStringLiteral("Hoe ontstaat het?"),
        QStringLiteral("Wat kun je zelf doen?"),
        QStringLiteral("Wanneer bel je de huisarts?"),
        QStringLiteral("Wat kan de huisarts of fysiotherapeut doen?"),
        QStringLiteral("Hoe gaat het verder?"),
    };
    return sections;
}

void ReferenceChecker::check(const ParsedArticle &article)
{
    bool anyCaution = false;
    for (const ChapterDraft &draft : article.chapters) {
        for (cmark_node *block : draft.blocks)
            checkNode(block, article);
        checkNode(draft.heading, article);
        if (draft.chapter.isCondition)
            checkConditionChapter(draft, article);
        anyCaution = anyCaution || containsCaution(draft, article);
    }
    if (article.article.kind == u"condition" && !anyCaution)
        m_diagnostics.error(article.kindLocation.line > 0 ? article.kindLocation : article.article.where,
                            QStringLiteral("a condition article needs a red-flag box ('> [!CAUTION]') that says "
                                           "when to call the doctor"));
}

void ReferenceChecker::checkNode(cmark_node *node, const ParsedArticle &article)
{
    const NodeLocator locate = article.locator();
    cmarknodes::forEachNode(node, [&](cmark_node *each) {
        switch (cmark_node_get_type(each)) {
        case CMARK_NODE_LINK:
            checkLink(each, locate);
            break;
        case CMARK_NODE_IMAGE:
            checkImage(each, locate);
            break;
        case CMARK_NODE_CODE_BLOCK:
            checkExerciseBlock(each, locate);
            break;
        case CMARK_NODE_BLOCK_QUOTE:
            if (isCaution(article, each))
                checkCautionHeadings(each, locate);
            break;
        default:
            break;
        }
    });
}

void ReferenceChecker::checkLink(cmark_node *link, const NodeLocator &locate)
{
    const LinkTarget target = LinkTarget::classify(cmarknodes::url(link));
    switch (target.kind) {
    case LinkTarget::Kind::Chapter: {
        const std::optional<QString> chapter = m_index.chapterFor(target.id);
        if (!chapter)
            m_diagnostics.error(locate(link), QStringLiteral("unknown link target '#%1': no article or chapter has "
                                                             "this id")
                                                  .arg(target.id));
        else if (!target.anchor.isEmpty() && !m_index.hasAnchor(*chapter, target.anchor))
            m_diagnostics.error(locate(link),
                                QStringLiteral("unknown section '%1' in chapter '%2'").arg(target.anchor, *chapter));
        break;
    }
    case LinkTarget::Kind::Term:
        if (m_index.term(target.id) == nullptr)
            m_diagnostics.error(
                locate(link), QStringLiteral("unknown glossary term 'begrip:%1': not in glossary.yaml").arg(target.id));
        break;
    case LinkTarget::Kind::Exercise:
        if (m_index.exercise(target.id) == nullptr)
            m_diagnostics.error(locate(link),
                                QStringLiteral("unknown exercise 'oefening:%1': no exercises/%1.md").arg(target.id));
        break;
    case LinkTarget::Kind::External:
        break;
    case LinkTarget::Kind::Insecure:
        m_diagnostics.error(
            locate(link),
            QStringLiteral("external link is not https: '%1' (only https:// is allowed)").arg(target.url));
        break;
    case LinkTarget::Kind::Unsupported:
        m_diagnostics.error(locate(link), QStringLiteral("unsupported link '%1': use #id, begrip:id, oefening:id or "
                                                         "https://…")
                                              .arg(target.url));
        break;
    }
}

void ReferenceChecker::checkImage(cmark_node *image, const NodeLocator &locate)
{
    const QString path = cmarknodes::url(image);
    const QString name = ExerciseParser::imageName(path);
    if (name.isEmpty())
        m_diagnostics.error(locate(image),
                            QStringLiteral("image must be written as images/NAME.svg, not '%1'").arg(path));
    else if (!m_index.hasImage(name))
        m_diagnostics.error(locate(image), QStringLiteral("missing image '%1': no such file in images/").arg(path));
    if (cmarknodes::inlineText(image).trimmed().isEmpty())
        m_diagnostics.error(locate(image), QStringLiteral("image '%1' has no alt text: describe what it shows, "
                                                          "![like this](%1)")
                                               .arg(path));
}

void ReferenceChecker::checkExerciseBlock(cmark_node *codeBlock, const NodeLocator &locate)
{
    if (cmarknodes::fenceInfo(codeBlock) != u"oefening")
        return;
    const QString id = cmarknodes::literal(codeBlock).trimmed();
    if (id.isEmpty() || id.contains(u'\n'))
        m_diagnostics.error(locate(codeBlock), QStringLiteral("an oefening block holds exactly one exercise id"));
    else if (m_index.exercise(id) == nullptr)
        m_diagnostics.error(locate(codeBlock),
                            QStringLiteral("unknown exercise '%1' in oefening block: no exercises/%1.md").arg(id));
}

void ReferenceChecker::checkCautionHeadings(cmark_node *quote, const NodeLocator &locate)
{
    int previous = -1;
    for (cmark_node *block : cmarknodes::children(quote)) {
        if (!callout::isBoldHeading(block))
            continue;
        const QString text = cmarknodes::inlineText(block).simplified();
        const std::optional<Urgency> urgency = callout::urgencyOf(text);
        if (!urgency) {
            m_diagnostics.error(locate(block), QStringLiteral("unknown heading '%1' in a red-flag box: use '%2', '%3' "
                                                              "or '%4'")
                                                   .arg(text, callout::urgencyText(Urgency::Call112),
                                                        callout::urgencyText(Urgency::Now),
                                                        callout::urgencyText(Urgency::Appointment)));
            continue;
        }
        if (static_cast<int>(*urgency) <= previous)
            m_diagnostics.error(locate(block), QStringLiteral("'%1' is out of order: the red-flag headings go from "
                                                              "most to least urgent")
                                                   .arg(text));
        previous = static_cast<int>(*urgency);
    }
}

// "In het kort" is read first and most: 4 to 7 bullets. A different count is a warning, not an error.
void ReferenceChecker::checkSummaryBullets(const ChapterDraft &draft, const ParsedArticle &article)
{
    const qsizetype section =
        std::distance(draft.chapter.sections.begin(),
                      std::find_if(draft.chapter.sections.begin(), draft.chapter.sections.end(),
                                   [](const Section &s) { return s.title == conditionSections().first(); }));
    if (section >= draft.sectionHeadings.size())
        return;
    const qsizetype headingAt = draft.blocks.indexOf(draft.sectionHeadings.at(section));
    cmark_node *list = headingAt + 1 < draft.blocks.size() ? draft.blocks.at(headingAt + 1) : nullptr;
    const qsizetype bullets =
        list != nullptr && cmark_node_get_type(list) == CMARK_NODE_LIST ? cmarknodes::children(list).size() : 0;
    if (bullets < 4 || bullets > 7)
        m_diagnostics.warning(
            article.locator()(draft.sectionHeadings.at(section)),
            QStringLiteral("'### %1' has %2 bullets; write 4 to 7").arg(conditionSections().first()).arg(bullets));
}

bool ReferenceChecker::containsCaution(const ChapterDraft &draft, const ParsedArticle &article) const
{
    bool found = false;
    for (cmark_node *block : draft.blocks) {
        cmarknodes::forEachNode(block, [&](cmark_node *each) { found = found || isCaution(article, each); });
    }
    return found;
}

void ReferenceChecker::checkConditionChapter(const ChapterDraft &draft, const ParsedArticle &article)
{
    qsizetype next = 0; // index in conditionSections() of the section we expect next
    for (const Section &section : draft.chapter.sections) {
        const qsizetype at = conditionSections().indexOf(section.title);
        if (at < 0)
            continue; // extra sections are allowed between the fixed ones
        if (at < next)
            m_diagnostics.error(draft.chapter.where, QStringLiteral("condition chapter '%1': section '### %2' is out "
                                                                    "of order")
                                                         .arg(draft.chapter.id, section.title));
        next = std::max(next, at + 1);
    }
    QStringList titles;
    for (const Section &section : draft.chapter.sections)
        titles.append(section.title);
    for (const QString &wanted : conditionSections()) {
        if (!titles.contains(wanted))
            m_diagnostics.error(draft.chapter.where, QStringLiteral("condition chapter '%1' misses the section "
                                                                    "'### %2'")
                                                         .arg(draft.chapter.id, wanted));
    }
    checkSummaryBullets(draft, article);
    if (!containsCaution(draft, article))
        m_diagnostics.error(draft.chapter.where, QStringLiteral("condition chapter '%1' has no red-flag box "
                                                                "('> [!CAUTION]' under '### %2')")
                                                     .arg(draft.chapter.id, conditionSections().at(5)));
}

} // namespace heupwijzer::core::content
