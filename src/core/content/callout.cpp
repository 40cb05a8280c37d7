#include "core/content/callout.h"

#include "core/content/cmarknodes.h"

#include <QRegularExpression>

#include <cmark-gfm.h>

namespace heupwijzer::core::content::callout {

namespace {

std::optional<CalloutKind> kindNamed(const QString &name)
{
    if (name == u"CAUTION")
        return CalloutKind::Caution;
    if (name == u"TIP")
        return CalloutKind::Tip;
    if (name == u"NOTE")
        return CalloutKind::Note;
    return std::nullopt;
}

// After the marker is cut off, drop what is left empty: the text node, the line break after it, the paragraph.
void removeMarkerRemains(cmark_node *paragraph, cmark_node *text, const QString &rest)
{
    if (!rest.isEmpty()) {
        cmark_node_set_literal(text, rest.toUtf8().constData());
        return;
    }
    cmark_node *next = cmark_node_next(text);
    cmark_node_free(text);
    if (next != nullptr &&
        (cmark_node_get_type(next) == CMARK_NODE_SOFTBREAK || cmark_node_get_type(next) == CMARK_NODE_LINEBREAK))
        cmark_node_free(next);
    if (cmark_node_first_child(paragraph) == nullptr)
        cmark_node_free(paragraph);
}

} // namespace

std::optional<CalloutKind> take(cmark_node *blockQuote, const NodeLocator &locate, Diagnostics &diagnostics)
{
    static const QRegularExpression marker(QStringLiteral("^\\[!([A-Za-z]+)\\][ \\t]*"));
    cmark_node *paragraph = cmark_node_first_child(blockQuote);
    if (paragraph == nullptr || cmark_node_get_type(paragraph) != CMARK_NODE_PARAGRAPH)
        return std::nullopt;
    cmark_node *text = cmark_node_first_child(paragraph);
    if (text == nullptr || cmark_node_get_type(text) != CMARK_NODE_TEXT)
        return std::nullopt;
    const QString literal = cmarknodes::literal(text);
    const QRegularExpressionMatch match = marker.match(literal);
    if (!match.hasMatch())
        return std::nullopt;
    const std::optional<CalloutKind> kind = kindNamed(match.captured(1).toUpper());
    if (!kind) {
        diagnostics.error(
            locate(text),
            QStringLiteral("unknown box type '[!%1]' (use [!CAUTION], [!TIP] or [!NOTE])").arg(match.captured(1)));
        return std::nullopt;
    }
    removeMarkerRemains(paragraph, text, literal.mid(match.capturedLength()));
    return kind;
}

QString title(CalloutKind kind)
{
    switch (kind) {
    case CalloutKind::Caution:
        return QStringLiteral("Alarmsignalen");
    case CalloutKind::Tip:
        return QStringLiteral("Tip");
    case CalloutKind::Note:
        return QStringLiteral("Goed om te weten");
    }
    return {};
}

QString cssClass(CalloutKind kind)
{
    switch (kind) {
    case CalloutKind::Caution:
        return QStringLiteral("caution");
    case CalloutKind::Tip:
        return QStringLiteral("tip");
    case CalloutKind::Note:
        return QStringLiteral("note");
    }
    return {};
}

bool isBoldHeading(cmark_node *paragraph)
{
    if (paragraph == nullptr || cmark_node_get_type(paragraph) != CMARK_NODE_PARAGRAPH)
        return false;
    cmark_node *only = cmark_node_first_child(paragraph);
    return only != nullptr && cmark_node_next(only) == nullptr && cmark_node_get_type(only) == CMARK_NODE_STRONG;
}

std::optional<Urgency> urgencyOf(const QString &headingText)
{
    const QString text = headingText.simplified();
    for (Urgency urgency : {Urgency::Call112, Urgency::Now, Urgency::Appointment}) {
        if (text.compare(urgencyText(urgency), Qt::CaseInsensitive) == 0)
            return urgency;
    }
    return std::nullopt;
}

QString urgencyText(Urgency urgency)
{
    switch (urgency) {
    case Urgency::Call112:
        return QStringLiteral("Bel 112");
    case Urgency::Now:
        return QStringLiteral("Bel meteen de huisarts of huisartsenpost");
    case Urgency::Appointment:
        return QStringLiteral("Maak een afspraak");
    }
    return {};
}

QString urgencyClass(Urgency urgency)
{
    switch (urgency) {
    case Urgency::Call112:
        return QStringLiteral("urgency-112");
    case Urgency::Now:
        return QStringLiteral("urgency-now");
    case Urgency::Appointment:
        return QStringLiteral("urgency-appointment");
    }
    return {};
}

} // namespace heupwijzer::core::content::callout
