#include "core/store/database.h"
#include "core/userdata/corruptcopies.h"
#include "core/userdata/userstore.h"

#include "userdatatesting.h"

#include <QTemporaryDir>

#include <sqlite3.h>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace heupwijzer::core;
using namespace userdatatesting;

namespace {

QStringList bookmarkAnchors(UserStore &store)
{
    auto listed = store.bookmarks();
    REQUIRE(listed.ok());
    QStringList anchors;
    for (const Bookmark &bookmark : listed.value())
        anchors.prepend(bookmark.anchor); // oldest first, like the test adds them
    return anchors;
}

// Root may write anywhere, so permission bits alone prove nothing in a test run as root. This drops the
// effective user to "nobody" for the scope (and back), so a read-only folder really is read-only.
class UnprivilegedScope {
public:
    UnprivilegedScope()
    {
#ifdef Q_OS_UNIX
        if (geteuid() == 0)
            m_dropped = seteuid(65534) == 0;
#endif
    }
    ~UnprivilegedScope()
    {
#ifdef Q_OS_UNIX
        if (m_dropped && seteuid(0) != 0)
            qFatal("could not return to the root user"); // the remaining tests would run as the wrong user
#endif
    }
    UnprivilegedScope(const UnprivilegedScope &) = delete;
    UnprivilegedScope &operator=(const UnprivilegedScope &) = delete;

private:
    bool m_dropped = false;
};

bool folderAcceptsFiles(const QString &folder)
{
    QFile probe(folder + QStringLiteral("/probe"));
    const bool writable = probe.open(QIODevice::WriteOnly);
    if (writable)
        probe.remove();
    return writable;
}

} // namespace

TEST_CASE("A full disk refuses the write in plain Dutch and loses nothing already saved", "[userdata]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("user.db"));
    FakeClock clock;
    auto store = openStore(path, clock);
    QStringList saved;
    for (int i = 0; i < 3; ++i) {
        saved.append(QStringLiteral("plek-%1").arg(i));
        REQUIRE(store->addBookmark(QStringLiteral("heup"), saved.last()).ok());
    }

    // The database may not grow by a single page: the next page it needs is a full disk to SQLite.
    const QString pages = firstValue(store->database(), u"PRAGMA page_count");
    REQUIRE(store->database().execute(QString(QStringLiteral("PRAGMA max_page_count = ") + pages)).ok());
    std::optional<Error> refused;
    for (int i = 3; i < 1000 && !refused; ++i) {
        const QString anchor = QStringLiteral("plek-%1").arg(i);
        auto added = store->addBookmark(QStringLiteral("heup"), anchor, QString(UserStore::kMaxNoteLength, u'n'));
        if (added)
            saved.append(anchor);
        else
            refused = added.error();
    }
    REQUIRE(refused.has_value());
    CHECK((refused->code & 0xff) == SQLITE_FULL);
    CHECK(refused->message.startsWith(QStringLiteral("De bladwijzer is niet bewaard")));
    CHECK(refused->message.contains(QStringLiteral("de schijf is vol")));

    CHECK(bookmarkAnchors(*store) == saved); // reading goes on, and the failed bookmark left no half
    CHECK(firstValue(store->database(), u"PRAGMA integrity_check") == QStringLiteral("ok"));
    store.reset();
    store = openStore(path, clock);
    CHECK(bookmarkAnchors(*store) == saved);
    CHECK(store->addBookmark(QStringLiteral("heup"), QStringLiteral("met ruimte")).ok());
}

TEST_CASE("When the folder for user.db cannot be made, the reader goes on without saving", "[userdata]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString blocker = dir.filePath(QStringLiteral("Heupwijzer"));
    writeFile(blocker, QByteArrayLiteral("a file where the folder should be"));
    const QString path = blocker + QStringLiteral("/user.db");
    FakeClock clock;

    auto refused = UserStore::open(path, clock.clock());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("kan de map")));

    auto fallback = UserStore::openOrFallBack(path, clock.clock());
    REQUIRE(fallback.ok());
    CHECK_FALSE(fallback->store->writesToDisk());
    CHECK(fallback->notice.contains(QStringLiteral("Je kunt gewoon verder lezen")));
    REQUIRE(fallback->store->addBookmark(QStringLiteral("heup")).ok());
    CHECK(bookmarkAnchors(*fallback->store).size() == 1);
    CHECK(entriesBelow(dir.path()) == QStringList{QStringLiteral("Heupwijzer")});
}

TEST_CASE("A folder where user.db belongs is left alone", "[userdata]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("user.db"));
    REQUIRE(QDir().mkpath(path + QStringLiteral("/inside")));
    FakeClock clock;

    auto refused = UserStore::open(path, clock.clock());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("geen bestand")));
    CHECK(QFileInfo(path + QStringLiteral("/inside")).isDir());
    CHECK(corruptcopies::list(path).isEmpty());
}

TEST_CASE("A read-only folder: user.db is not opened for writing and stays exactly as it was", "[userdata]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString folder = dir.filePath(QStringLiteral("readonly"));
    REQUIRE(QDir().mkpath(folder));
    const QString existing = folder + QStringLiteral("/user.db");
    FakeClock clock;
    {
        auto store = openStore(existing, clock);
        REQUIRE(store->addBookmark(QStringLiteral("heup")).ok());
    }
    const QByteArray before = fileBytes(existing);
    const QString fresh = dir.filePath(QStringLiteral("readonly/nieuw/user.db"));
    // The temporary folder is private to its owner; "nobody" needs to pass through it to see the folder inside.
    // (seteuid keeps root's groups, so the group bits count as well.)
    const auto readAndEnter =
        QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther;
    REQUIRE(QFile::setPermissions(dir.path(), readAndEnter | QFile::WriteOwner));
    REQUIRE(QFile::setPermissions(folder, readAndEnter));
    REQUIRE(QFile::setPermissions(existing, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));

    {
        UnprivilegedScope unprivileged;
        if (folderAcceptsFiles(folder)) {
            WARN("this process may write into a read-only folder (root without CAP_SETUID?): not tested here");
        } else {
            auto refused = UserStore::open(existing, clock.clock());
            REQUIRE_FALSE(refused.ok());
            INFO(refused.error().message.toStdString());
            CHECK(refused.error().message.contains(QStringLiteral("alleen-lezen")));
            auto notCreated = UserStore::open(fresh, clock.clock());
            REQUIRE_FALSE(notCreated.ok());

            auto fallback = UserStore::openOrFallBack(existing, clock.clock());
            REQUIRE(fallback.ok());
            CHECK_FALSE(fallback->store->writesToDisk());
            CHECK(fallback->store->addBookmark(QStringLiteral("lies")).ok());
        }
    }
    CHECK(fileBytes(existing) == before);
    CHECK(entriesBelow(folder) == QStringList{QStringLiteral("user.db")});
    REQUIRE(QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
}

TEST_CASE("Without a folder for application data the reader goes on without saving", "[userdata]")
{
    FakeClock clock;
    auto refused = UserStore::open(QString(), clock.clock());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("niet worden bewaard")));
    auto fallback = UserStore::openOrFallBack(QString(), clock.clock());
    REQUIRE(fallback.ok());
    CHECK_FALSE(fallback->store->writesToDisk());
    CHECK_FALSE(fallback->notice.isEmpty());
}
