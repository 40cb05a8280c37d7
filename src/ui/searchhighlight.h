#pragma once

#include <QList>
#include <QPalette>
#include <QStringList>
#include <QTextCharFormat>
#include <QTextCursor>

class QTextDocument;

namespace heupwijzer::ui::searchhighlight {

// The words of what the person typed that say what they look for (no "de", "in", "mijn"): a hit in a title or
// heading has no extract to take the found words from.
QStringList typedWords(const QString &query);

// Every place in `document` where one of `words` occurs, in document order: the same word without diacritics
// or capitals, another form of it (the Dutch stem: "heupen" for "heup"), or a compound that starts with a word of
// four letters or more ("heupbuiger" for "heup"), as the engine's snippets mark them.
QList<QTextCursor> findHits(QTextDocument &document, const QStringList &words);

// Where the anchor <a name="…"> of a section starts in `document`; 0 when there is none.
int anchorPosition(const QTextDocument &document, const QString &anchor);
// The first of `hits` (in document order) at or after `position`, or else the first of all; `hits` is not empty.
QTextCursor firstHitFrom(const QList<QTextCursor> &hits, int position);

// How a hit looks in the reading pane with this palette: black text on a highlighter colour (12:1 or better),
// never the selection colour, so a hit cannot be taken for selected text.
QTextCharFormat hitFormat(const QPalette &palette);

} // namespace heupwijzer::ui::searchhighlight
