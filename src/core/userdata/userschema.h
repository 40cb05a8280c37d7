#pragma once

#include <QStringView>

#include <array>

namespace heupwijzer::core::userschema {

// 'HWZU' — marks a file as a Heupwijzer user database (PRAGMA application_id); any other value means the file is
// not ours and is moved aside rather than changed.
inline constexpr int kApplicationId = 0x48575A55;

// The layout, one step per schema version: step i turns version i into version i + 1 (PRAGMA user_version).
// Steps are append-only: a step that has been released is never edited, a change is a new step, because a reader's
// user.db may be at any earlier version. Times are milliseconds since the epoch (UTC).
inline constexpr std::array<QStringView, 2> kMigrations = {
    // 1: bookmarks, reading positions and the history of opened chapters.
    uR"sql(
CREATE TABLE bookmarks(
    id INTEGER PRIMARY KEY, chapter_id TEXT NOT NULL, anchor TEXT NOT NULL DEFAULT '',
    created_ms INTEGER NOT NULL, UNIQUE(chapter_id, anchor));
CREATE TABLE reading_positions(
    chapter_id TEXT PRIMARY KEY, fraction REAL NOT NULL CHECK(fraction BETWEEN 0.0 AND 1.0),
    last_read_ms INTEGER NOT NULL) WITHOUT ROWID;
-- seq grows with every visit, so ORDER BY seq is the order of use even when the system clock jumps back.
CREATE TABLE history(seq INTEGER PRIMARY KEY, chapter_id TEXT NOT NULL UNIQUE, visited_ms INTEGER NOT NULL);
)sql",
    // 2: a short personal note on each bookmark.
    uR"sql(
ALTER TABLE bookmarks ADD COLUMN note TEXT NOT NULL DEFAULT '';
)sql",
};

inline constexpr int kSchemaVersion = static_cast<int>(kMigrations.size());

} // namespace heupwijzer::core::userschema
