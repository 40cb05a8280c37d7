// `heupwijzer --content FILE`: ContentStore::openFile refuses anything but a sound Heupwijzer content database
// of this schema version, with a Dutch message that names the problem.
#include "contentfixture.h"

#include "common/catch_qt.h"
#include "core/content/contentwriter.h"
#include "core/store/contentstore.h"
#include "core/store/database.h"

#include <QFile>

using namespace heupwijzer::core;

namespace {

QString builtDatabase(const ContentFixture &fixture)
{
    const content::Compilation compilation = fixture.compile();
    REQUIRE(compilation.ok());
    const QString path = fixture.outputPath(QStringLiteral("content.db"));
    REQUIRE(content::ContentWriter::write(compilation.content, path).ok());
    return path;
}

QString refusal(const QString &path)
{
    auto opened = ContentStore::openFile(path);
    REQUIRE_FALSE(opened.ok());
    return opened.error().message;
}

} // namespace

TEST_CASE("openFile accepts a database the compiler wrote", "[store]")
{
    const ContentFixture fixture;
    auto opened = ContentStore::openFile(builtDatabase(fixture));
    REQUIRE(opened.ok());
    CHECK(opened.value()->library().size() == 2);
}

TEST_CASE("openFile refuses a file that does not exist or is empty", "[store]")
{
    ContentFixture fixture;
    CHECK(refusal(fixture.outputPath(QStringLiteral("weg.db"))).contains(QStringLiteral("bestaat niet")));
    fixture.write(QStringLiteral("../leeg.db"), {});
    CHECK(refusal(fixture.outputPath(QStringLiteral("leeg.db"))).contains(QStringLiteral("is leeg")));
}

TEST_CASE("openFile refuses random bytes", "[store]")
{
    ContentFixture fixture;
    QByteArray noise;
    for (int i = 0; i < 8192; ++i)
        noise.append(static_cast<char>((i * 7919 + 13) % 251));
    fixture.write(QStringLiteral("../ruis.db"), noise);
    const QString message = refusal(fixture.outputPath(QStringLiteral("ruis.db")));
    CHECK(message.contains(QStringLiteral("geen database")));
}

TEST_CASE("openFile refuses a truncated database", "[store]")
{
    ContentFixture fixture;
    const QByteArray whole = ContentFixture::readFile(builtDatabase(fixture));
    fixture.write(QStringLiteral("../half.db"), whole.left(whole.size() / 2));
    const QString message = refusal(fixture.outputPath(QStringLiteral("half.db")));
    CHECK(message.contains(QStringLiteral("onvolledig")));
    CHECK(message.contains(QString::number(whole.size())));
}

TEST_CASE("openFile refuses another SQLite database", "[store]")
{
    const ContentFixture fixture;
    const QString other = fixture.outputPath(QStringLiteral("ander.db"));
    {
        auto db = Database::open(other, Database::Mode::ReadWriteCreate);
        REQUIRE(db.ok());
        REQUIRE(db.value()->execute(u"CREATE TABLE bookmarks(id INTEGER)").ok());
    }
    CHECK(refusal(other).contains(QStringLiteral("geen Heupwijzer-inhoud")));
}

TEST_CASE("openFile refuses a content database of another schema version", "[store]")
{
    const ContentFixture fixture;
    const QString path = builtDatabase(fixture);
    {
        auto db = Database::open(path, Database::Mode::ReadWrite);
        REQUIRE(db.ok());
        REQUIRE(db.value()->execute(u"PRAGMA user_version = 99").ok());
    }
    const QString message = refusal(path);
    CHECK(message.contains(QStringLiteral("andere versie")));
    CHECK(message.contains(QStringLiteral("99")));
}

TEST_CASE("openFile refuses a database that fails the integrity check", "[store]")
{
    ContentFixture fixture;
    QByteArray bytes = ContentFixture::readFile(builtDatabase(fixture));
    // Page 5 holds a table's b-tree; a garbage page header there is what a bad disk sector looks like.
    const qsizetype pageSize = 4096;
    REQUIRE(bytes.size() > 6 * pageSize);
    for (qsizetype i = 0; i < 8; ++i)
        bytes[4 * pageSize + i] = static_cast<char>(0xFF);
    fixture.write(QStringLiteral("../kapot.db"), bytes);
    CHECK(refusal(fixture.outputPath(QStringLiteral("kapot.db"))).contains(QStringLiteral("beschadigd")));
}
