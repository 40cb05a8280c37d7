#pragma once

#include <QDateTime>
#include <QString>

namespace heupwijzer::core {

// A place the reader wants to find again: a chapter, or one section of it.
struct Bookmark {
    qint64 id = 0;
    QString chapterId;
    QString anchor; // section anchor inside the chapter; empty for the chapter as a whole
    QString note;   // the reader's own short note, at most UserStore::kMaxNoteLength characters
    QDateTime created;
};

// Where the reader stopped in a chapter, so the reader can scroll back there.
struct ReadingPosition {
    QString chapterId;
    double fraction = 0.0; // 0 = top of the chapter, 1 = its end
    QDateTime lastRead;
};

// One chapter in the "recently read" list.
struct HistoryEntry {
    QString chapterId;
    QDateTime visited;
};

} // namespace heupwijzer::core
