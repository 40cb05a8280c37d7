#include "core/userdata/userstore.h"

#include "userdatatesting.h"

#include <QTemporaryDir>

#include <cmath>

using namespace heupwijzer::core;
using namespace userdatatesting;
using namespace Qt::StringLiterals;

TEST_CASE("A bookmark keeps its chapter, section, note and time after the reader restarts", "[userdata]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("user.db"));
    FakeClock clock;
    const QDateTime addedAt = clock.now;

    auto store = openStore(path, clock);
    auto added = store->addBookmark(QStringLiteral("liespijn-oorzaken"), QStringLiteral("alarmsignalen"),
                                    QStringLiteral("  Vragen voor de fysiotherapeut  "));
    REQUIRE(added.ok());
    CHECK(added->note == QStringLiteral("Vragen voor de fysiotherapeut"));
    CHECK(added->created == addedAt);
    store.reset();

    clock.advance(3600);
    store = openStore(path, clock);
    auto listed = store->bookmarks();
    REQUIRE(listed.ok());
    REQUIRE(listed->size() == 1);
    const Bookmark &kept = listed->first();
    CHECK(kept.id == added->id);
    CHECK(kept.chapterId == QStringLiteral("liespijn-oorzaken"));
    CHECK(kept.anchor == QStringLiteral("alarmsignalen"));
    CHECK(kept.note == QStringLiteral("Vragen voor de fysiotherapeut"));
    CHECK(kept.created == addedAt);
}

TEST_CASE("Bookmarks are listed newest first and one place has one bookmark", "[userdata]")
{
    FakeClock clock;
    auto store = UserStore::openPrivateSession(clock.clock());
    REQUIRE(store.ok());
    UserStore &user = *store.value();

    REQUIRE(user.addBookmark(QStringLiteral("heup"), {}, QStringLiteral("eerste")).ok());
    clock.advance(60);
    REQUIRE(user.addBookmark(QStringLiteral("heup"), QStringLiteral("oefeningen")).ok());
    clock.advance(60);
    REQUIRE(user.addBookmark(QStringLiteral("lies")).ok());

    SECTION("the newest comes first, even after the system clock jumped back")
    {
        clock.advance(-86400);
        REQUIRE(user.addBookmark(QStringLiteral("rug")).ok());
        auto listed = user.bookmarks();
        REQUIRE(listed.ok());
        QStringList order;
        for (const Bookmark &bookmark : listed.value())
            order.append(bookmark.chapterId + u'#' + bookmark.anchor);
        CHECK(order == QStringList{u"rug#"_s, u"lies#"_s, u"heup#oefeningen"_s, u"heup#"_s});
    }
    SECTION("bookmarking the same place again keeps one bookmark, its time and its note")
    {
        auto again = user.addBookmark(QStringLiteral("heup"));
        REQUIRE(again.ok());
        CHECK(again->note == QStringLiteral("eerste"));
        auto inChapter = user.bookmarksInChapter(QStringLiteral("heup"));
        REQUIRE(inChapter.ok());
        CHECK(inChapter->size() == 2);
    }
    SECTION("bookmarking it again with a note replaces the note")
    {
        auto again = user.addBookmark(QStringLiteral("heup"), {}, QStringLiteral("tweede"));
        REQUIRE(again.ok());
        CHECK(again->note == QStringLiteral("tweede"));
        CHECK(again->created == QDateTime(QDate(2026, 11, 21), QTime(9, 30, 15)));
    }
}

TEST_CASE("A note longer than 500 characters is refused and nothing is stored", "[userdata]")
{
    FakeClock clock;
    auto store = UserStore::openPrivateSession(clock.clock());
    REQUIRE(store.ok());
    UserStore &user = *store.value();

    // 500 emoji are 1000 UTF-16 units but 500 characters to the reader: they fit.
    QString emoji;
    for (int i = 0; i < UserStore::kMaxNoteLength; ++i)
        emoji += QStringLiteral("🦴");
    auto fits = user.addBookmark(QStringLiteral("heup"), {}, emoji);
    REQUIRE(fits.ok());
    CHECK(fits->note == emoji);

    auto tooLong = user.addBookmark(QStringLiteral("lies"), {}, QString(UserStore::kMaxNoteLength + 1, u'a'));
    REQUIRE_FALSE(tooLong.ok());
    CHECK(tooLong.error().message.contains(QStringLiteral("hoogstens 500 tekens")));
    CHECK(tooLong.error().message.contains(QStringLiteral("501")));

    auto editTooLong = user.setBookmarkNote(fits->id, QString(UserStore::kMaxNoteLength + 1, u'b'));
    REQUIRE_FALSE(editTooLong.ok());
    auto listed = user.bookmarks();
    REQUIRE(listed.ok());
    REQUIRE(listed->size() == 1);
    CHECK(listed->first().note == emoji);
}

TEST_CASE("A bookmark's note can be changed and the bookmark removed", "[userdata]")
{
    FakeClock clock;
    auto store = UserStore::openPrivateSession(clock.clock());
    REQUIRE(store.ok());
    UserStore &user = *store.value();
    auto added = user.addBookmark(QStringLiteral("heup"), QStringLiteral("rust"));
    REQUIRE(added.ok());

    REQUIRE(user.setBookmarkNote(added->id, QStringLiteral("Na twee weken weer proberen")).ok());
    auto listed = user.bookmarks();
    REQUIRE(listed.ok());
    CHECK(listed->first().note == QStringLiteral("Na twee weken weer proberen"));

    REQUIRE(user.removeBookmark(added->id).ok());
    listed = user.bookmarks();
    REQUIRE(listed.ok());
    CHECK(listed->isEmpty());
    CHECK(user.removeBookmark(added->id).ok()); // already gone: what the reader asked for

    auto noteOnRemoved = user.setBookmarkNote(added->id, QStringLiteral("te laat"));
    REQUIRE_FALSE(noteOnRemoved.ok());
    CHECK(noteOnRemoved.error().message.contains(QStringLiteral("bestaat niet meer")));
}

TEST_CASE("Each chapter remembers where the reader stopped and when", "[userdata]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("user.db"));
    FakeClock clock;
    const QDateTime firstRead = clock.now;

    auto store = openStore(path, clock);
    REQUIRE(store->saveReadingPosition(QStringLiteral("heup"), 0.4).ok());
    clock.advance(600);
    REQUIRE(store->saveReadingPosition(QStringLiteral("lies"), 0.9).ok());
    store.reset();

    store = openStore(path, clock);
    auto heup = store->readingPosition(QStringLiteral("heup"));
    REQUIRE(heup.ok());
    REQUIRE(heup->has_value());
    CHECK(heup->value().fraction == 0.4);
    CHECK(heup->value().lastRead == firstRead);
    auto lies = store->readingPosition(QStringLiteral("lies"));
    REQUIRE(lies.ok());
    REQUIRE(lies->has_value());
    CHECK(lies->value().fraction == 0.9);

    auto unread = store->readingPosition(QStringLiteral("rug"));
    REQUIRE(unread.ok());
    CHECK_FALSE(unread->has_value());

    SECTION("a scroll position a hair past the end counts as the end")
    {
        REQUIRE(store->saveReadingPosition(QStringLiteral("heup"), 1.0000001).ok());
        auto moved = store->readingPosition(QStringLiteral("heup"));
        REQUIRE(moved.ok());
        CHECK(moved->value().fraction == 1.0);
    }
    SECTION("an unknown position is refused and the old one stays")
    {
        CHECK_FALSE(store->saveReadingPosition(QStringLiteral("heup"), std::nan("")).ok());
        auto kept = store->readingPosition(QStringLiteral("heup"));
        REQUIRE(kept.ok());
        CHECK(kept->value().fraction == 0.4);
    }
}

TEST_CASE("Recent history holds each chapter once, newest first, and at most 20 chapters", "[userdata]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("user.db"));
    FakeClock clock;
    auto store = openStore(path, clock);

    auto empty = store->lastOpenedChapter();
    REQUIRE(empty.ok());
    CHECK_FALSE(empty->has_value());

    for (const QString &chapter : {u"heup"_s, u"lies"_s, u"heup"_s})
        REQUIRE(store->recordChapterOpened(chapter).ok()); // the clock stands still: order must not need it
    auto recent = store->recentChapters();
    REQUIRE(recent.ok());
    REQUIRE(recent->size() == 2);
    CHECK(recent->at(0).chapterId == QStringLiteral("heup"));
    CHECK(recent->at(1).chapterId == QStringLiteral("lies"));

    for (int i = 1; i <= 25; ++i) {
        clock.advance(60);
        REQUIRE(store->recordChapterOpened(QStringLiteral("hoofdstuk-%1").arg(i)).ok());
    }
    store.reset();
    store = openStore(path, clock);
    recent = store->recentChapters();
    REQUIRE(recent.ok());
    REQUIRE(recent->size() == UserStore::kHistoryLimit);
    CHECK(recent->first().chapterId == QStringLiteral("hoofdstuk-25"));
    CHECK(recent->first().visited == clock.now);
    CHECK(recent->last().chapterId == QStringLiteral("hoofdstuk-6"));
    auto last = store->lastOpenedChapter();
    REQUIRE(last.ok());
    CHECK(last->value_or(QString()) == QStringLiteral("hoofdstuk-25"));
}

TEST_CASE("The UI hears when bookmarks or history change", "[userdata]")
{
    FakeClock clock;
    auto store = UserStore::openPrivateSession(clock.clock());
    REQUIRE(store.ok());
    UserStore &user = *store.value();
    int bookmarkSignals = 0;
    int historySignals = 0;
    QObject::connect(&user, &UserStore::bookmarksChanged, [&] { ++bookmarkSignals; });
    QObject::connect(&user, &UserStore::historyChanged, [&] { ++historySignals; });

    auto added = user.addBookmark(QStringLiteral("heup"));
    REQUIRE(added.ok());
    REQUIRE(user.setBookmarkNote(added->id, QStringLiteral("notitie")).ok());
    CHECK_FALSE(user.addBookmark(QStringLiteral("heup"), {}, QString(600, u'x')).ok()); // refused: no signal
    REQUIRE(user.recordChapterOpened(QStringLiteral("heup")).ok());
    CHECK(bookmarkSignals == 2);
    CHECK(historySignals == 1);

    REQUIRE(user.clearAll().ok());
    CHECK(bookmarkSignals == 3);
    CHECK(historySignals == 2);
}

TEST_CASE("Wis mijn gegevens removes everything, also from the bytes on disk", "[userdata]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("user.db"));
    const QString oldCopy = path + QStringLiteral(".corrupt-20250101-120000");
    writeFile(oldCopy, QByteArrayLiteral("old bookmarks of this reader"));
    FakeClock clock;
    auto store = openStore(path, clock);
    const QString secret = QStringLiteral("Geheime notitie over mijn pijn 4711");
    REQUIRE(store->addBookmark(QStringLiteral("chapter-only-in-this-test"), {}, secret).ok());
    REQUIRE(store->saveReadingPosition(QStringLiteral("chapter-only-in-this-test"), 0.5).ok());
    REQUIRE(store->recordChapterOpened(QStringLiteral("chapter-only-in-this-test")).ok());
    const QByteArray before = fileBytes(path) + fileBytes(path + QStringLiteral("-wal"));
    REQUIRE(before.contains(secret.toUtf8()));

    REQUIRE(store->clearAll().ok());

    auto bookmarks = store->bookmarks();
    auto recent = store->recentChapters();
    auto position = store->readingPosition(QStringLiteral("chapter-only-in-this-test"));
    REQUIRE((bookmarks.ok() && recent.ok() && position.ok()));
    CHECK(bookmarks->isEmpty());
    CHECK(recent->isEmpty());
    CHECK_FALSE(position->has_value());
    CHECK_FALSE(QFile::exists(oldCopy));
    // Neither the main file nor its WAL still holds the words, even while the store is open.
    const QByteArray onDisk = fileBytes(path) + fileBytes(path + QStringLiteral("-wal"));
    CHECK_FALSE(onDisk.isEmpty());
    CHECK_FALSE(onDisk.contains(secret.toUtf8()));
    CHECK_FALSE(onDisk.contains(QByteArrayLiteral("chapter-only-in-this-test")));
}
