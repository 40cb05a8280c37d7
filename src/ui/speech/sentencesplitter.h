#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace heupwijzer::ui {

// One sentence of a text: where it starts and how long it is, in UTF-16 code units of that text.
struct SentenceSpan {
    qsizetype start = 0;
    qsizetype length = 0;

    friend bool operator==(const SentenceSpan &, const SentenceSpan &) = default;
};

// Splits Dutch text into the sentences read aloud one at a time. A paragraph or line break always ends a
// sentence (headings and list items often have no full stop), and common Dutch abbreviations ("bijv.",
// "o.a.", "dr.") do not. Leading and trailing spaces are left out of each span; pieces without a letter or
// digit (a lone dash, a picture) are skipped. Accepts QTextCursor::selectedText() output, whose block and
// frame separators are single characters, so span positions map one to one onto document positions.
QList<SentenceSpan> splitSentences(QStringView text);

// The words of one sentence as a speech engine should get them: the separators and invisible characters of a
// rich-text document become plain spaces.
QString speakableText(QStringView sentence);

} // namespace heupwijzer::ui
