#pragma once

#include <QString>
#include <QUrl>

namespace heupwijzer::core {
class ContentStore;
struct ChapterInfo;
} // namespace heupwijzer::core

namespace heupwijzer::ui {

// The link schemes of the reading pane. Chapter HTML from the compiler uses chapter:, begrip:, oefening:,
// image: and https:; the program's own pages use start: and regio:.
enum class LinkKind { Start, Region, Chapter, Exercise, Term, Image, External, Unknown };

namespace links {

LinkKind kindOf(const QUrl &url);

QUrl start();
QUrl region(const QString &regionKey);
QUrl chapter(const QString &chapterId, const QString &anchor = {});
QUrl exercise(const QString &exerciseId);
QUrl term(const QString &termId);

// The id a link points at: the chapter, region, exercise or term id (without the #anchor).
QString target(const QUrl &url);

// chapter:ARTICLE-ID means the article's first chapter; the reader always shows (and remembers) the chapter
// itself so history, previous/next and the tree agree. Other links are returned unchanged.
QUrl canonical(const core::ContentStore &store, const QUrl &url);

// The chapter before (direction -1) or after (+1) the page at url in reading order, across article borders;
// null at either end. From a page that is not a chapter, "next" is the first chapter (start reading).
const core::ChapterInfo *neighbourChapter(const core::ContentStore &store, const QUrl &url, int direction);

} // namespace links
} // namespace heupwijzer::ui
