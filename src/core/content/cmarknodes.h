#pragma once

#include "core/content/diagnostic.h"

#include <QList>
#include <QString>

struct cmark_node;

namespace heupwijzer::core::content {

class SourceFile;

// Small read helpers over cmark-gfm's C node API, so the parser, checker and renderer read alike.
namespace cmarknodes {

QList<cmark_node *> children(cmark_node *node);
// Type names as cmark-gfm spells them, extension types included ("table", "strikethrough").
QString typeName(cmark_node *node);
bool isHeading(cmark_node *node, int level = 0);
int headingLevel(cmark_node *node);
QString literal(cmark_node *node);
QString url(cmark_node *node);
QString fenceInfo(cmark_node *node);
// The text a reader sees in an inline container: text and code spans, breaks as spaces.
QString inlineText(cmark_node *node);
// Calls `visit` for `node` and every node below it, in document order.
template <typename Visit> void forEachNode(cmark_node *node, Visit visit)
{
    visit(node);
    for (cmark_node *child : children(node))
        forEachNode(child, visit);
}

} // namespace cmarknodes

// Turns cmark's source positions (1-based, bytes, relative to the Markdown body) into places in the file.
class NodeLocator {
public:
    NodeLocator(const SourceFile &file, int lineOffset) : m_file(&file), m_lineOffset(lineOffset) {}

    // Some inline nodes (autolinks, soft breaks) carry no position: their nearest positioned ancestor is used.
    SourceLocation operator()(cmark_node *node) const;
    SourceLocation at(int bodyLine, int byteColumn) const;
    const SourceFile &file() const { return *m_file; }

private:
    const SourceFile *m_file;
    int m_lineOffset;
};

} // namespace heupwijzer::core::content
