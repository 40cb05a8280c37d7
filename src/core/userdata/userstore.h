#pragma once

#include "core/result.h"
#include "core/userdata/clock.h"
#include "core/userdata/userrecords.h"

#include <QList>
#include <QObject>
#include <QString>

#include <cstdint>
#include <memory>
#include <optional>

namespace heupwijzer::core {

class Database;
class UserStore;

// What opening the user store found. Show `notice` to the reader once (then forget it): it says that a damaged file
// was replaced, or that nothing will be saved in this session.
struct UserStoreOpening {
    std::unique_ptr<UserStore> store;
    QString notice;      // Dutch, for the reader; empty when all went well
    QString corruptCopy; // where a damaged user.db was moved aside; empty when none was
};

// The reader's own data: bookmarks with a short note, where they stopped in each chapter, and the chapters they
// read recently. Lives in user.db (WAL, migrated by user_version), or only in memory for a private session
// (practice mode, or when the disk cannot be written). Every write is one transaction, and every time comes from
// the clock given at opening. Use from one thread (the UI thread).
class UserStore : public QObject {
    Q_OBJECT
public:
    static constexpr int kMaxNoteLength = 500; // characters (Unicode code points)
    static constexpr int kHistoryLimit = 20;   // chapters kept in the "recently read" list

    // user.db in QStandardPaths::AppDataLocation; empty when the system names no such folder.
    static QString defaultPath();

    // Opens user.db at `path`, creating the folder and file if needed. A damaged or foreign file is moved aside
    // and replaced (see UserStoreOpening::notice). A read-only folder, a full disk or a file from a newer
    // Heupwijzer gives an Error in Dutch and changes nothing on disk.
    static Result<UserStoreOpening> open(const QString &path, Clock clock);
    // A private session: everything lives in memory and nothing is ever written to disk (practice mode).
    static Result<std::unique_ptr<UserStore>> openPrivateSession(Clock clock);
    // open(), and when that fails a private session whose notice says why nothing is saved, so the reader
    // keeps working. Fails only when not even memory is available.
    static Result<UserStoreOpening> openOrFallBack(const QString &path, Clock clock);

    ~UserStore() override;

    // false in a private session: nothing the reader does reaches the disk.
    bool writesToDisk() const { return !m_path.isEmpty(); }
    QString path() const { return m_path; }

    // Bookmarks one place: a chapter, or a section of it when `anchor` is set. A place already bookmarked keeps
    // its bookmark (and its creation time); a non-empty `note` then replaces the old note.
    Result<Bookmark> addBookmark(const QString &chapterId, const QString &anchor = {}, const QString &note = {});
    Result<void> setBookmarkNote(qint64 bookmarkId, const QString &note);
    Result<void> removeBookmark(qint64 bookmarkId);
    // Newest first.
    Result<QList<Bookmark>> bookmarks() const;
    Result<QList<Bookmark>> bookmarksInChapter(const QString &chapterId) const;

    // `fraction` is the scroll position, 0 (top) to 1 (end); values just outside from rounding are clamped.
    Result<void> saveReadingPosition(const QString &chapterId, double fraction);
    Result<std::optional<ReadingPosition>> readingPosition(const QString &chapterId) const;

    // Records that the reader opened a chapter: it becomes the last opened chapter and moves to the top of the
    // recent history, which holds each chapter once and at most kHistoryLimit of them.
    Result<void> recordChapterOpened(const QString &chapterId);
    Result<std::optional<QString>> lastOpenedChapter() const;
    // Newest first.
    Result<QList<HistoryEntry>> recentChapters() const;

    // "Wis mijn gegevens": removes every bookmark, note, position and history entry, overwrites them in the file,
    // and deletes old damaged copies that still held the reader's data.
    Result<void> clearAll();

    // The connection itself, for integrity checks and for tests that simulate a full disk.
    Database &database() const { return *m_db; }

Q_SIGNALS:
    void bookmarksChanged();
    void historyChanged();

private:
    UserStore(std::unique_ptr<Database> db, QString path, Clock clock);
    std::int64_t nowMs() const;
    Result<void> forgetOldHistory();

    std::unique_ptr<Database> m_db;
    QString m_path; // empty in a private session
    Clock m_clock;
};

} // namespace heupwijzer::core
