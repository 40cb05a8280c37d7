#include "core/content/headingattributes.h"

#include "core/content/cmarknodes.h"

#include <QRegularExpression>

#include <cmark-gfm.h>

namespace heupwijzer::core::content {

namespace {

const QRegularExpression &trailingBlock()
{
    static const QRegularExpression pattern(QStringLiteral("\\s*\\{([^{}]*)\\}\\s*$"));
    return pattern;
}

void readToken(const QString &token, HeadingAttributes &out, Diagnostics &diagnostics)
{
    if (token.startsWith(u'#') && token.size() > 1) {
        out.id = token.mid(1);
    } else if (token == u".condition") {
        out.isCondition = true;
    } else if (token.startsWith(QStringLiteral("regions="))) {
        for (const QString &region : token.mid(8).split(u',', Qt::SkipEmptyParts)) {
            if (!HeadingAttributes::knownRegions().contains(region)) {
                diagnostics.error(out.where, QStringLiteral("unknown region '%1' (known: %2)")
                                                 .arg(region, HeadingAttributes::knownRegions().join(u", ")));
            } else if (!out.regions.contains(region)) {
                out.regions.append(region);
            }
        }
    } else {
        diagnostics.error(
            out.where,
            QStringLiteral("unknown heading attribute '%1' (allowed: #id, .condition, regions=…)").arg(token));
    }
}

} // namespace

const QStringList &HeadingAttributes::knownRegions()
{
    static const QStringList regions{QStringLiteral("lies"), QStringLiteral("zijkant"), QStringLiteral("bil"),
                                     QStringLiteral("onderrug")};
    return regions;
}

HeadingAttributes HeadingAttributes::take(cmark_node *heading, const NodeLocator &locate, Diagnostics &diagnostics)
{
    HeadingAttributes out;
    cmark_node *last = cmark_node_last_child(heading);
    if (last == nullptr || cmark_node_get_type(last) != CMARK_NODE_TEXT)
        return out;
    const QString text = cmarknodes::literal(last);
    const QRegularExpressionMatch match = trailingBlock().match(text);
    if (!match.hasMatch())
        return out;
    out.present = true;
    const qsizetype brace = text.indexOf(u'{', match.capturedStart());
    const int byteOffset = static_cast<int>(text.left(brace).toUtf8().size());
    out.where = locate.at(cmark_node_get_start_line(last), cmark_node_get_start_column(last) + byteOffset);
    if (cmark_node_get_start_line(last) == 0)
        out.where = locate(heading);
    for (const QString &token : match.captured(1).split(u' ', Qt::SkipEmptyParts))
        readToken(token, out, diagnostics);
    const QByteArray rest = text.left(match.capturedStart()).toUtf8();
    cmark_node_set_literal(last, rest.constData());
    return out;
}

} // namespace heupwijzer::core::content
