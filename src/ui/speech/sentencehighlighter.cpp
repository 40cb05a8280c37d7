#include "ui/speech/sentencehighlighter.h"

#include <QScrollBar>

namespace heupwijzer::ui {

namespace {

// Marks our extra selection, so clear() removes only ours.
constexpr int kReadAloudProperty = QTextFormat::UserProperty + 0x5A;

} // namespace

void SentenceHighlighter::setView(QTextEdit *view)
{
    clear();
    m_view = view;
}

bool SentenceHighlighter::isOurs(const QTextEdit::ExtraSelection &selection)
{
    return selection.format.boolProperty(kReadAloudProperty);
}

QList<QTextEdit::ExtraSelection> SentenceHighlighter::othersSelections() const
{
    QList<QTextEdit::ExtraSelection> selections = m_view->extraSelections();
    selections.removeIf(isOurs);
    return selections;
}

void SentenceHighlighter::highlight(int start, int length)
{
    if (!m_view)
        return;
    QTextEdit::ExtraSelection sentence;
    sentence.cursor = QTextCursor(m_view->document());
    sentence.cursor.setPosition(start);
    sentence.cursor.setPosition(start + length, QTextCursor::KeepAnchor);
    // The theme's selection colours: readable in light, dark and high-contrast alike.
    const QPalette palette = m_view->palette();
    sentence.format.setBackground(palette.brush(QPalette::Active, QPalette::Highlight));
    sentence.format.setForeground(palette.brush(QPalette::Active, QPalette::HighlightedText));
    sentence.format.setProperty(kReadAloudProperty, true);
    QList<QTextEdit::ExtraSelection> selections = othersSelections();
    selections.append(sentence);
    m_view->setExtraSelections(selections);
    scrollIntoView(sentence.cursor);
}

void SentenceHighlighter::clear()
{
    if (m_view)
        m_view->setExtraSelections(othersSelections());
}

QTextCursor SentenceHighlighter::highlighted() const
{
    if (!m_view)
        return {};
    const QList<QTextEdit::ExtraSelection> selections = m_view->extraSelections();
    for (const QTextEdit::ExtraSelection &selection : selections) {
        if (isOurs(selection))
            return selection.cursor;
    }
    return {};
}

// Scrolls only when the sentence is not fully visible, and then puts it a third down the pane, so the reader
// sees what comes next. The view's own text cursor is not moved: that would clear the reader's selection.
void SentenceHighlighter::scrollIntoView(const QTextCursor &sentence)
{
    QTextCursor first(sentence);
    first.setPosition(sentence.selectionStart());
    QTextCursor last(sentence);
    last.setPosition(sentence.selectionEnd());
    const QRect top = m_view->cursorRect(first);
    const QRect bottom = m_view->cursorRect(last);
    const int height = m_view->viewport()->height();
    if (top.top() >= 0 && bottom.bottom() <= height)
        return;
    QScrollBar *bar = m_view->verticalScrollBar();
    bar->setValue(bar->value() + top.top() - height / 3);
}

} // namespace heupwijzer::ui
