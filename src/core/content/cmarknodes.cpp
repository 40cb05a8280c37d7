#include "core/content/cmarknodes.h"

#include "core/content/sourcefile.h"

#include <cmark-gfm.h>

namespace heupwijzer::core::content {

namespace cmarknodes {

QList<cmark_node *> children(cmark_node *node)
{
    QList<cmark_node *> out;
    for (cmark_node *child = cmark_node_first_child(node); child != nullptr; child = cmark_node_next(child))
        out.append(child);
    return out;
}

QString typeName(cmark_node *node)
{
    return QString::fromUtf8(cmark_node_get_type_string(node));
}

bool isHeading(cmark_node *node, int level)
{
    if (node == nullptr || cmark_node_get_type(node) != CMARK_NODE_HEADING)
        return false;
    return level == 0 || cmark_node_get_heading_level(node) == level;
}

int headingLevel(cmark_node *node)
{
    return isHeading(node) ? cmark_node_get_heading_level(node) : 0;
}

QString literal(cmark_node *node)
{
    const char *text = cmark_node_get_literal(node);
    return text != nullptr ? QString::fromUtf8(text) : QString();
}

QString url(cmark_node *node)
{
    const char *text = cmark_node_get_url(node);
    return text != nullptr ? QString::fromUtf8(text) : QString();
}

QString fenceInfo(cmark_node *node)
{
    const char *text = cmark_node_get_fence_info(node);
    return text != nullptr ? QString::fromUtf8(text).trimmed() : QString();
}

QString inlineText(cmark_node *node)
{
    QString out;
    forEachNode(node, [&out](cmark_node *each) {
        switch (cmark_node_get_type(each)) {
        case CMARK_NODE_TEXT:
        case CMARK_NODE_CODE:
            out += literal(each);
            break;
        case CMARK_NODE_SOFTBREAK:
        case CMARK_NODE_LINEBREAK:
            out += u' ';
            break;
        default:
            break;
        }
    });
    return out;
}

} // namespace cmarknodes

SourceLocation NodeLocator::operator()(cmark_node *node) const
{
    for (cmark_node *each = node; each != nullptr; each = cmark_node_parent(each)) {
        const int line = cmark_node_get_start_line(each);
        if (line > 0)
            return at(line, cmark_node_get_start_column(each));
    }
    return m_file->start();
}

SourceLocation NodeLocator::at(int bodyLine, int byteColumn) const
{
    return m_file->at(bodyLine + m_lineOffset, byteColumn);
}

} // namespace heupwijzer::core::content
