#include "core/content/chaptertext.h"

#include "core/content/cmarknodes.h"

#include <cmark-gfm.h>

namespace heupwijzer::core::content {

namespace {

class BlockCollector {
public:
    BlockCollector(const ChapterDraft &draft, const ContentIndex &index) : m_draft(draft), m_index(index) {}

    QList<TextBlock> collect()
    {
        m_out.append(TextBlock{m_draft.chapter.title, -1, false, true});
        for (cmark_node *block : m_draft.blocks)
            visit(block);
        return m_out;
    }

private:
    void add(const QString &text, bool isSectionTitle = false, bool counts = true)
    {
        const QString simplified = text.simplified();
        if (!simplified.isEmpty())
            m_out.append(TextBlock{simplified, m_section, isSectionTitle, counts});
    }

    void addExerciseCard(const QString &id)
    {
        const ExerciseCard *card = m_index.exercise(id);
        if (card == nullptr)
            return;
        for (const QString &text :
             QStringList{card->title, card->goal, card->start} + card->steps + QStringList{card->stopIf})
            add(text, false, false);
    }

    void visit(cmark_node *node)
    {
        switch (cmark_node_get_type(node)) {
        case CMARK_NODE_HEADING: {
            const qsizetype section = m_draft.sectionHeadings.indexOf(node);
            if (section >= 0)
                m_section = static_cast<int>(section);
            add(ChapterText::inlinePlainText(node), section >= 0);
            return;
        }
        case CMARK_NODE_PARAGRAPH:
            add(ChapterText::inlinePlainText(node));
            return;
        case CMARK_NODE_CODE_BLOCK:
            if (cmarknodes::fenceInfo(node) == u"oefening")
                addExerciseCard(cmarknodes::literal(node).trimmed());
            else
                add(cmarknodes::literal(node), false, false);
            return;
        case CMARK_NODE_HTML_BLOCK:
        case CMARK_NODE_THEMATIC_BREAK:
            return;
        default:
            break;
        }
        if (cmarknodes::typeName(node) == u"table_cell") {
            add(ChapterText::inlinePlainText(node));
            return;
        }
        for (cmark_node *child : cmarknodes::children(node))
            visit(child);
    }

    const ChapterDraft &m_draft;
    const ContentIndex &m_index;
    QList<TextBlock> m_out;
    int m_section = -1;
};

void appendLine(QString &to, const QString &line)
{
    if (!to.isEmpty())
        to += u'\n';
    to += line;
}

} // namespace

QList<TextBlock> ChapterText::blocks(const ChapterDraft &draft, const ContentIndex &index)
{
    return BlockCollector(draft, index).collect();
}

QString ChapterText::inlinePlainText(cmark_node *node)
{
    QString out;
    for (cmark_node *child : cmarknodes::children(node)) {
        switch (cmark_node_get_type(child)) {
        case CMARK_NODE_TEXT:
        case CMARK_NODE_CODE:
            out += cmarknodes::literal(child);
            break;
        case CMARK_NODE_SOFTBREAK:
        case CMARK_NODE_LINEBREAK:
            out += u' ';
            break;
        case CMARK_NODE_IMAGE:
        case CMARK_NODE_HTML_INLINE:
            break;
        default:
            out += inlinePlainText(child);
            break;
        }
    }
    return out;
}

void ChapterText::fill(Chapter &chapter, const QList<TextBlock> &blocks)
{
    QStringList readable;
    chapter.plainText.clear();
    for (Section &section : chapter.sections)
        section.plainText.clear();
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        const TextBlock &block = blocks.at(i);
        if (block.countsForReadability)
            readable.append(block.text);
        if (i == 0)
            continue; // the chapter title has a column of its own
        appendLine(chapter.plainText, block.text);
        if (block.section >= 0 && block.section < chapter.sections.size() && !block.isSectionTitle)
            appendLine(chapter.sections[block.section].plainText, block.text);
    }
    chapter.readability = Readability::measure(readable);
}

} // namespace heupwijzer::core::content
