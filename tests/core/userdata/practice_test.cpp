#include "core/userdata/userstore.h"

#include "userdatatesting.h"

#include <QStandardPaths>
#include <QTemporaryDir>

using namespace heupwijzer::core;
using namespace userdatatesting;

namespace {

// Points HOME (and with it the test-mode AppDataLocation) at an empty folder for the scope.
class TemporaryHome {
public:
    TemporaryHome() : m_oldHome(qgetenv("HOME")) { qputenv("HOME", m_home.path().toLocal8Bit()); }
    ~TemporaryHome() { qputenv("HOME", m_oldHome); }
    TemporaryHome(const TemporaryHome &) = delete;
    TemporaryHome &operator=(const TemporaryHome &) = delete;

    bool isValid() const { return m_home.isValid(); }
    QString path() const { return m_home.path(); }

private:
    QTemporaryDir m_home;
    QByteArray m_oldHome;
};

} // namespace

TEST_CASE("In practice mode nothing the reader does reaches the disk", "[practice][userdata]")
{
    TemporaryHome home;
    REQUIRE(home.isValid());
    REQUIRE(UserStore::defaultPath().startsWith(home.path())); // where user.db would have gone
    FakeClock clock;

    auto session = UserStore::openPrivateSession(clock.clock());
    REQUIRE(session.ok());
    UserStore &store = *session.value();
    CHECK_FALSE(store.writesToDisk());
    CHECK(store.path().isEmpty());

    // A whole consultation: bookmarks with notes, reading, history, and enough rows to make SQLite sort.
    for (int i = 0; i < 300; ++i) {
        const QString chapter = QStringLiteral("hoofdstuk-%1").arg(i);
        REQUIRE(store.addBookmark(chapter, QStringLiteral("sectie"), QString(400, u'p')).ok());
        REQUIRE(store.saveReadingPosition(chapter, 0.5).ok());
        REQUIRE(store.recordChapterOpened(chapter).ok());
    }
    auto bookmarks = store.bookmarks();
    REQUIRE(bookmarks.ok());
    CHECK(bookmarks->size() == 300);
    REQUIRE(store.clearAll().ok());

    CHECK(entriesBelow(home.path()).isEmpty());
}

TEST_CASE("Volgende patiënt: a practice session forgets the previous patient", "[practice][userdata]")
{
    FakeClock clock;
    auto session = UserStore::openPrivateSession(clock.clock());
    REQUIRE(session.ok());
    UserStore &store = *session.value();
    REQUIRE(store.addBookmark(QStringLiteral("heup"), {}, QStringLiteral("patiënt A")).ok());
    REQUIRE(store.recordChapterOpened(QStringLiteral("heup")).ok());

    REQUIRE(store.clearAll().ok());

    auto bookmarks = store.bookmarks();
    auto last = store.lastOpenedChapter();
    REQUIRE((bookmarks.ok() && last.ok()));
    CHECK(bookmarks->isEmpty());
    CHECK_FALSE(last->has_value());

    auto another = UserStore::openPrivateSession(clock.clock()); // a new session starts empty too
    REQUIRE(another.ok());
    auto anotherBookmarks = another.value()->bookmarks();
    REQUIRE(anotherBookmarks.ok());
    CHECK(anotherBookmarks->isEmpty());
}
