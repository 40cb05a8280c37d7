#include "core/userdata/userstore.h"

#include "core/logging.h"
#include "core/store/database.h"
#include "core/store/statement.h"
#include "core/userdata/corruptcopies.h"
#include "core/userdata/userdatabase.h"
#include "core/userdata/usermessages.h"
#include "core/userdata/writetransaction.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStandardPaths>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>

namespace heupwijzer::core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("UserStore", text);
}

QDateTime fromMs(std::int64_t ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

Result<void> requireChapter(const QString &chapterId)
{
    if (chapterId.trimmed().isEmpty())
        return Error{tr("Er is geen hoofdstuk gekozen.")};
    return {};
}

// Notes are counted in code points, as a reader counts characters (and as SQLite's length() does).
Result<QString> checkedNote(const QString &note)
{
    const QString trimmed = note.trimmed();
    const auto length = trimmed.toUcs4().size();
    if (length > UserStore::kMaxNoteLength)
        return Error{tr("Een notitie mag hoogstens %1 tekens lang zijn. Deze notitie heeft er %2.")
                         .arg(UserStore::kMaxNoteLength)
                         .arg(length)};
    return trimmed;
}

// Columns: id, chapter_id, anchor, note, created_ms.
Bookmark bookmarkFrom(const Statement &row)
{
    return Bookmark{row.columnInt64(0), row.columnText(1), row.columnText(2), row.columnText(3),
                    fromMs(row.columnInt64(4))};
}

} // namespace

UserStore::UserStore(std::unique_ptr<Database> db, QString path, Clock clock)
    : m_db(std::move(db)), m_path(std::move(path)), m_clock(std::move(clock))
{}

UserStore::~UserStore() = default;

QString UserStore::defaultPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return folder.isEmpty() ? QString() : folder + QStringLiteral("/user.db");
}

Result<UserStoreOpening> UserStore::open(const QString &path, Clock clock)
{
    auto opened = userdatabase::openFile(path, clock);
    if (!opened)
        return opened.error();
    UserStoreOpening opening;
    opening.corruptCopy = opened->corruptCopy;
    if (!opening.corruptCopy.isEmpty())
        opening.notice = usermessages::movedAside(opening.corruptCopy);
    opening.store.reset(new UserStore(std::move(opened->db), QFileInfo(path).absoluteFilePath(), std::move(clock)));
    return opening;
}

Result<std::unique_ptr<UserStore>> UserStore::openPrivateSession(Clock clock)
{
    auto opened = userdatabase::openInMemory();
    if (!opened)
        return opened.error();
    return std::unique_ptr<UserStore>(new UserStore(std::move(opened).value(), QString(), std::move(clock)));
}

Result<UserStoreOpening> UserStore::openOrFallBack(const QString &path, Clock clock)
{
    auto opened = open(path, clock);
    if (opened)
        return opened;
    qCWarning(lcStore) << "user data is not saved in this session:" << opened.error().message;
    auto memory = openPrivateSession(std::move(clock));
    if (!memory)
        return memory.error();
    return UserStoreOpening{std::move(memory).value(), usermessages::continuingWithoutSaving(opened.error()), {}};
}

std::int64_t UserStore::nowMs() const
{
    return m_clock().toMSecsSinceEpoch();
}

Result<Bookmark> UserStore::addBookmark(const QString &chapterId, const QString &anchor, const QString &note)
{
    if (auto valid = requireChapter(chapterId); !valid)
        return valid.error();
    auto checked = checkedNote(note);
    if (!checked)
        return checked.error();
    auto added = runWriteTransaction(*m_db, tr("De bladwijzer is niet bewaard"), [&]() -> Result<Bookmark> {
        // One place, one bookmark: adding it again keeps the first one and only takes a new, non-empty note.
        Statement upsert(*m_db, u"INSERT INTO bookmarks(chapter_id, anchor, note, created_ms) VALUES(?1, ?2, ?3, ?4) "
                                u"ON CONFLICT(chapter_id, anchor) DO UPDATE "
                                u"SET note = iif(excluded.note = '', note, excluded.note) "
                                u"RETURNING id, chapter_id, anchor, note, created_ms");
        upsert.bind(1, chapterId).bind(2, anchor).bind(3, checked.value()).bind(4, nowMs());
        auto stepped = upsert.step();
        if (!stepped)
            return stepped.error();
        if (!stepped.value())
            return Error{QStringLiteral("the bookmark insert returned no row"), SQLITE_INTERNAL};
        Bookmark bookmark = bookmarkFrom(upsert);
        if (auto finished = upsert.run(); !finished)
            return finished.error();
        return bookmark;
    });
    if (added)
        Q_EMIT bookmarksChanged();
    return added;
}

Result<void> UserStore::setBookmarkNote(qint64 bookmarkId, const QString &note)
{
    auto checked = checkedNote(note);
    if (!checked)
        return checked.error();
    auto updated = runWriteTransaction(*m_db, tr("De notitie is niet bewaard"), [&]() -> Result<void> {
        Statement update(*m_db, u"UPDATE bookmarks SET note = ?1 WHERE id = ?2");
        update.bind(1, checked.value()).bind(2, std::int64_t{bookmarkId});
        if (auto ran = update.run(); !ran)
            return ran;
        if (m_db->changes() == 0) // the bookmark was removed meanwhile: the note has nowhere to go
            return Error{tr("De notitie is niet bewaard: deze bladwijzer bestaat niet meer.")};
        return {};
    });
    if (updated)
        Q_EMIT bookmarksChanged();
    return updated;
}

Result<void> UserStore::removeBookmark(qint64 bookmarkId)
{
    // Removing a bookmark that is already gone leaves the reader with what they asked for, so it is no error.
    auto removed = runWriteTransaction(*m_db, tr("De bladwijzer is niet verwijderd"), [&]() -> Result<void> {
        Statement remove(*m_db, u"DELETE FROM bookmarks WHERE id = ?1");
        remove.bind(1, std::int64_t{bookmarkId});
        return remove.run();
    });
    if (removed)
        Q_EMIT bookmarksChanged();
    return removed;
}

Result<QList<Bookmark>> UserStore::bookmarks() const
{
    // Ordered by id, not by time: the order of adding stays right even when the system clock jumps back.
    Statement select(*m_db, u"SELECT id, chapter_id, anchor, note, created_ms FROM bookmarks ORDER BY id DESC");
    QList<Bookmark> found;
    if (auto read = select.forEachRow([&](const Statement &row) { found.append(bookmarkFrom(row)); }); !read)
        return read.error();
    return found;
}

Result<QList<Bookmark>> UserStore::bookmarksInChapter(const QString &chapterId) const
{
    Statement select(*m_db, u"SELECT id, chapter_id, anchor, note, created_ms FROM bookmarks WHERE chapter_id = ?1 "
                            u"ORDER BY id DESC");
    select.bind(1, chapterId);
    QList<Bookmark> found;
    if (auto read = select.forEachRow([&](const Statement &row) { found.append(bookmarkFrom(row)); }); !read)
        return read.error();
    return found;
}

Result<void> UserStore::saveReadingPosition(const QString &chapterId, double fraction)
{
    if (auto valid = requireChapter(chapterId); !valid)
        return valid;
    if (!std::isfinite(fraction))
        return Error{tr("De leesplek is niet bewaard: de plek op de pagina is onbekend.")};
    // Scroll bar arithmetic can land a hair outside 0..1; the table refuses anything outside.
    const double clamped = std::clamp(fraction, 0.0, 1.0);
    return runWriteTransaction(*m_db, tr("De leesplek is niet bewaard"), [&]() -> Result<void> {
        Statement upsert(*m_db, u"INSERT INTO reading_positions(chapter_id, fraction, last_read_ms) VALUES(?1, ?2, ?3) "
                                u"ON CONFLICT(chapter_id) DO UPDATE "
                                u"SET fraction = excluded.fraction, last_read_ms = excluded.last_read_ms");
        upsert.bind(1, chapterId).bind(2, clamped).bind(3, nowMs());
        return upsert.run();
    });
}

Result<std::optional<ReadingPosition>> UserStore::readingPosition(const QString &chapterId) const
{
    Statement select(*m_db, u"SELECT fraction, last_read_ms FROM reading_positions WHERE chapter_id = ?1");
    select.bind(1, chapterId);
    auto stepped = select.step();
    if (!stepped)
        return stepped.error();
    if (!stepped.value())
        return std::optional<ReadingPosition>();
    return std::optional<ReadingPosition>(
        ReadingPosition{chapterId, select.columnDouble(0), fromMs(select.columnInt64(1))});
}

Result<void> UserStore::recordChapterOpened(const QString &chapterId)
{
    if (auto valid = requireChapter(chapterId); !valid)
        return valid;
    auto recorded = runWriteTransaction(*m_db, tr("De geschiedenis is niet bijgewerkt"), [&]() -> Result<void> {
        // Delete and insert, so the chapter gets the next seq and moves to the top of the list.
        Statement remove(*m_db, u"DELETE FROM history WHERE chapter_id = ?1");
        remove.bind(1, chapterId);
        if (auto removed = remove.run(); !removed)
            return removed;
        Statement insert(*m_db, u"INSERT INTO history(chapter_id, visited_ms) VALUES(?1, ?2)");
        insert.bind(1, chapterId).bind(2, nowMs());
        if (auto inserted = insert.run(); !inserted)
            return inserted;
        return forgetOldHistory();
    });
    if (recorded)
        Q_EMIT historyChanged();
    return recorded;
}

Result<void> UserStore::forgetOldHistory()
{
    Statement trim(*m_db, u"DELETE FROM history WHERE seq NOT IN (SELECT seq FROM history ORDER BY seq DESC LIMIT ?1)");
    trim.bind(1, kHistoryLimit);
    return trim.run();
}

Result<std::optional<QString>> UserStore::lastOpenedChapter() const
{
    Statement select(*m_db, u"SELECT chapter_id FROM history ORDER BY seq DESC LIMIT 1");
    auto stepped = select.step();
    if (!stepped)
        return stepped.error();
    return stepped.value() ? std::optional<QString>(select.columnText(0)) : std::optional<QString>();
}

Result<QList<HistoryEntry>> UserStore::recentChapters() const
{
    Statement select(*m_db, u"SELECT chapter_id, visited_ms FROM history ORDER BY seq DESC LIMIT ?1");
    select.bind(1, kHistoryLimit);
    QList<HistoryEntry> found;
    auto read = select.forEachRow([&](const Statement &row) {
        found.append(HistoryEntry{row.columnText(0), fromMs(row.columnInt64(1))});
    });
    if (!read)
        return read.error();
    return found;
}

Result<void> UserStore::clearAll()
{
    const QString failure = tr("Je gegevens zijn niet gewist");
    auto cleared = runWriteTransaction(*m_db, failure, [this]() -> Result<void> {
        for (QStringView sql : {u"DELETE FROM bookmarks", u"DELETE FROM reading_positions", u"DELETE FROM history"}) {
            if (auto deleted = m_db->execute(sql); !deleted)
                return deleted;
        }
        return {};
    });
    if (!cleared)
        return cleared;
    Q_EMIT bookmarksChanged();
    Q_EMIT historyChanged();
    if (!writesToDisk())
        return {};
    // secure_delete zeroed the rows in the new pages; the checkpoint writes those over the old ones and TRUNCATE
    // empties the WAL, whose older frames still held the deleted text.
    Statement checkpoint(*m_db, u"PRAGMA wal_checkpoint(TRUNCATE)");
    auto stepped = checkpoint.step();
    if (!stepped)
        return usermessages::writeFailed(failure, stepped.error());
    if (stepped.value() && checkpoint.columnInt(0) != 0)
        qCWarning(lcStore) << "another connection kept the WAL busy; erased data leaves it at the next checkpoint";
    return corruptcopies::removeAll(m_path);
}

} // namespace heupwijzer::core
