#pragma once

#include <QAbstractItemView>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>

// Finds where a link with this exact href is drawn in a text browser (viewport coordinates, scrolled into view),
// so a test can click it as a person would. A null point when there is no such link.
inline QPoint linkPosition(QTextBrowser &browser, const QString &href)
{
    QTextDocument *document = browser.document();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.charFormat().anchorHref() != href)
                continue;
            QTextCursor cursor(document);
            cursor.setPosition(fragment.position() + fragment.length() / 2);
            browser.setTextCursor(cursor);
            browser.ensureCursorVisible();
            return browser.cursorRect(cursor).center();
        }
    }
    return {};
}

inline bool clickLink(QTextBrowser &browser, const QString &href)
{
    const QPoint at = linkPosition(browser, href);
    if (at.isNull())
        return false;
    QTest::mouseClick(browser.viewport(), Qt::LeftButton, {}, at);
    return true;
}

inline void clickItem(QAbstractItemView &view, const QModelIndex &index)
{
    view.scrollTo(index);
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, view.visualRect(index).center());
}
