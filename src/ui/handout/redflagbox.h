#pragma once

#include <QString>

#include <optional>

namespace heupwijzer::ui::redflagbox {

// The red-flag box every handout ends with ("Alarmsignalen": when to call 112, the doctor now, or for an
// appointment), taken from the content so it says exactly what the reader says.

// What is inside the first red-flag box (> [!CAUTION]) of a chapter's HTML, without its title and with links
// made plain text; empty when the chapter has none.
std::optional<QString> cautionContent(const QString &chapterHtml);

// The box: its title, one line on how to read it, then `content`, or a short fixed summary when the content
// has no box. twoColumns sets the items side by side, split where both columns are about as long, so a long box
// still fits on the last page.
QString html(const std::optional<QString> &content, bool twoColumns);

// The box title, also what a test looks for on the last page.
QString title();

} // namespace heupwijzer::ui::redflagbox
