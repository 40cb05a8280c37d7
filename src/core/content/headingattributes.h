#pragma once

#include "core/content/diagnostic.h"

#include <QString>
#include <QStringList>

struct cmark_node;

namespace heupwijzer::core::content {

class NodeLocator;

// The attribute block at the end of a heading: `## Title {#chapter-id .condition regions=lies,zijkant}`.
// cmark-gfm does not know this syntax, so the block arrives as the tail of the heading's last text node.
struct HeadingAttributes {
    bool present = false;
    QString id;
    bool isCondition = false;
    QStringList regions;
    SourceLocation where; // of the opening brace

    // Body regions the start page knows ("Waar heb je pijn?").
    static const QStringList &knownRegions();

    // Removes the block from `heading` (so it never reaches the HTML) and reports malformed attributes.
    static HeadingAttributes take(cmark_node *heading, const NodeLocator &locate, Diagnostics &diagnostics);
};

} // namespace heupwijzer::core::content
