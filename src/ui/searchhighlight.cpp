#include "ui/searchhighlight.h"

#include "core/search/dutchstemmer.h"
#include "core/search/stopwords.h"
#include "core/search/textfold.h"

#include <QSet>
#include <QTextBlock>
#include <QTextDocument>

#include <algorithm>

namespace heupwijzer::ui::searchhighlight {

namespace {

// Shorter words ("rug", "arm") would also match unrelated compounds and words ("rugzak", "armoede").
constexpr qsizetype kShortestCompoundHead = 4;

// What a found word may look like in the chapter text.
struct WordForms {
    QSet<QString> folded;
    QSet<QString> stems;
    QStringList heads; // folded words long enough to start a compound

    bool matches(const QString &foldedWord, const core::search::DutchStemmer &stemmer) const
    {
        if (folded.contains(foldedWord) || stems.contains(stemmer.stem(foldedWord)))
            return true;
        return std::any_of(heads.cbegin(), heads.cend(),
                           [&foldedWord](const QString &head) { return foldedWord.startsWith(head); });
    }
};

WordForms formsOf(const QStringList &words, const core::search::DutchStemmer &stemmer)
{
    WordForms forms;
    for (const QString &word : words) {
        const QString folded = core::search::foldText(word);
        if (folded.isEmpty())
            continue;
        forms.folded.insert(folded);
        forms.stems.insert(stemmer.stem(folded));
        if (folded.size() >= kShortestCompoundHead && !forms.heads.contains(folded))
            forms.heads.append(folded);
    }
    return forms;
}

} // namespace

QStringList typedWords(const QString &query)
{
    QStringList words;
    for (const core::search::WordSpan &span : core::search::wordSpans(query)) {
        const QString word = query.mid(span.start, span.length);
        if (!core::search::isStopWord(core::search::foldText(word)))
            words.append(word);
    }
    return words;
}

QList<QTextCursor> findHits(QTextDocument &document, const QStringList &words)
{
    const core::search::DutchStemmer stemmer;
    const WordForms forms = formsOf(words, stemmer);
    QList<QTextCursor> hits;
    if (forms.folded.isEmpty())
        return hits;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QString text = block.text();
        for (const core::search::WordSpan &span : core::search::wordSpans(text)) {
            if (!forms.matches(core::search::foldText(QStringView(text).mid(span.start, span.length)), stemmer))
                continue;
            QTextCursor cursor(&document);
            cursor.setPosition(block.position() + int(span.start));
            cursor.setPosition(block.position() + int(span.start + span.length), QTextCursor::KeepAnchor);
            hits.append(cursor);
        }
    }
    return hits;
}

int anchorPosition(const QTextDocument &document, const QString &anchor)
{
    if (anchor.isEmpty())
        return 0;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().anchorNames().contains(anchor))
                return it.fragment().position();
        }
    }
    return 0;
}

QTextCursor firstHitFrom(const QList<QTextCursor> &hits, int position)
{
    const auto found = std::find_if(hits.cbegin(), hits.cend(),
                                    [position](const QTextCursor &hit) { return hit.position() >= position; });
    return found != hits.cend() ? *found : hits.first();
}

QTextCharFormat hitFormat(const QPalette &palette)
{
    // A highlighter pen: pale yellow on a light page, a deeper amber on a dark one (less glare). High contrast
    // already selects in yellow, so its hits are cyan.
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    QColor marker = dark ? QColor(0xf2, 0xc1, 0x4e) : QColor(0xff, 0xe0, 0x66);
    const QColor selection = palette.color(QPalette::Highlight);
    const int hueDistance = qAbs(selection.hsvHue() - marker.hsvHue());
    if (selection.hsvSaturation() > 128 && hueDistance < 40)
        marker = QColor(0x00, 0xff, 0xff);
    QTextCharFormat format;
    format.setBackground(marker);
    format.setForeground(QColor(Qt::black));
    return format;
}

} // namespace heupwijzer::ui::searchhighlight
