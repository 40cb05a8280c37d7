#pragma once

#include <QPointer>
#include <QTextEdit>

namespace heupwijzer::ui {

// Marks the sentence being read in a text view (a QTextBrowser is a QTextEdit) with an extra selection, so the
// document and the reader's own selection stay untouched, and scrolls it into view. Other extra selections of
// the view (a search highlight) are kept.
class SentenceHighlighter {
public:
    void setView(QTextEdit *view);
    QTextEdit *view() const { return m_view; }

    // start and length are document positions.
    void highlight(int start, int length);
    void clear();
    // The part of the document marked now, empty when nothing is.
    QTextCursor highlighted() const;

private:
    static bool isOurs(const QTextEdit::ExtraSelection &selection);
    QList<QTextEdit::ExtraSelection> othersSelections() const;
    void scrollIntoView(const QTextCursor &sentence);

    QPointer<QTextEdit> m_view;
};

} // namespace heupwijzer::ui
