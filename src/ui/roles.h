#pragma once

#include <Qt>

namespace heupwijzer::ui {

// Item data roles shared by the views and models of the window, in one place so no two models reuse a number.
enum Role : int {
    LinkRole = Qt::UserRole + 1, // QUrl the reader opens for this item (chapter:ID, chapter:ID#ANCHOR, begrip:ID)
    IdRole,                      // the content id of the item (article, chapter or glossary term)
    SearchTextRole,              // every word the glossary filter matches: term, lay and medical words
    SnippetHtmlRole,             // a search hit's extract, found words in <b>…</b> (search results)
};

} // namespace heupwijzer::ui
