#pragma once

#include <QString>

#include <optional>

namespace heupwijzer::core {
struct Exercise;
}

namespace heupwijzer::ui::handouthtml {

// The HTML of the pieces of a printed handout, in the rich-text subset QTextDocument understands. Printed in
// black and white, so every box has a black border and nothing relies on colour. The printed labels are Dutch
// literals, like the card labels of the content compiler: the handout is patient content, not program chrome.

// Styles shared by every piece; the base font size is set on the document itself.
QString styleSheet();

// The opening of the first page: the heading and, when the physiotherapist wrote one, the personal note.
QString opening(const QString &note);

// One exercise card: number and title, picture, goal, starting position, steps and a dosage table (Aanhouden,
// Herhalingen, Sets, Hoe vaak, Stop als). pictureWidth is the width of the drawing in layout units.
QString exerciseCard(const core::Exercise &exercise, int number, int pictureWidth);

// A chapter as the compiler wrote it, made fit for paper: links become plain text (a website keeps its address
// in brackets, since nobody can click paper), borders are added to the boxes, and the list of sources is left
// out (the "checked on" date stays).
QString printableChapter(const QString &chapterHtml);

// One section of a chapter: from its heading to the next section heading or the end of the chapter text, with a
// line naming the chapter it comes from. Empty when the chapter has no section with that anchor.
std::optional<QString> printableSection(const QString &chapterHtml, const QString &anchor, const QString &chapterTitle);

// Links made plain text; a website keeps its address in brackets.
QString withoutLinks(const QString &html);

} // namespace heupwijzer::ui::handouthtml
