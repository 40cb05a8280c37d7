#pragma once

#include "core/content/diagnostic.h"

#include <QString>

#include <optional>

struct cmark_node;

namespace heupwijzer::core::content {

class NodeLocator;

// GitHub alert boxes: a block quote that starts with `[!CAUTION]`, `[!TIP]` or `[!NOTE]`. cmark-gfm 0.29 does
// not know alerts, so the marker is found in the AST and taken out of it.
enum class CalloutKind { Caution, Tip, Note };

// The graded headings of a red-flag box, from most to least urgent.
enum class Urgency { Call112, Now, Appointment };

namespace callout {

// Removes the marker from `blockQuote` and returns its kind; nullopt for a plain quote. An unknown marker is
// reported and left in place.
std::optional<CalloutKind> take(cmark_node *blockQuote, const NodeLocator &locate, Diagnostics &diagnostics);

QString title(CalloutKind kind);    // "Alarmsignalen", "Tip", "Goed om te weten"
QString cssClass(CalloutKind kind); // "caution", "tip", "note"

// A paragraph that is nothing but bold text: a heading inside a red-flag box.
bool isBoldHeading(cmark_node *paragraph);
std::optional<Urgency> urgencyOf(const QString &headingText);
QString urgencyText(Urgency urgency);
QString urgencyClass(Urgency urgency); // "urgency-112", "urgency-now", "urgency-appointment"

} // namespace callout

} // namespace heupwijzer::core::content
