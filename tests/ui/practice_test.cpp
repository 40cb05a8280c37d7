#include "windowfixture.h"

#include "ui/links.h"
#include "ui/practicemode.h"
#include "ui/userdatacontroller.h"

#include "common/catch_qt.h"

#include <QAction>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>

namespace links = heupwijzer::ui::links;
using namespace std::chrono_literals;

namespace {

const QUrl kHeupbuiger = links::chapter(QStringLiteral("heupbuiger"));
const QUrl kLiespijn = links::chapter(QStringLiteral("liespijn"));

QLineEdit &searchField(const WindowFixture &f)
{
    return *f.window->findChild<QLineEdit *>(QStringLiteral("searchField"));
}

// What a patient leaves behind: two chapters read, a bookmark, a search, a bigger text.
void useLikeAPatient(WindowFixture &f)
{
    f.window->userData()->setNotePrompt([](QWidget *, const QString &) { return QString(); });
    f.window->openLink(kHeupbuiger);
    f.window->userData()->bookmarkAction()->trigger();
    f.window->openLink(kLiespijn);
    searchField(f).setText(QStringLiteral("traplopen"));
    f.settings->setZoomPercent(150);
    REQUIRE(f.userStore->bookmarks()->size() == 1);
    REQUIRE(f.reader().isBackwardAvailable());
}

void checkEverythingForgotten(const WindowFixture &f)
{
    CHECK(f.reader().source() == links::start());
    CHECK_FALSE(f.reader().isBackwardAvailable());
    CHECK(searchField(f).text().isEmpty());
    CHECK(f.reader().zoomPercent() == heupwijzer::ui::Settings::kDefaultZoom);
    CHECK(f.userStore->bookmarks()->isEmpty());
    CHECK(f.userStore->recentChapters()->isEmpty());
}

QStringList filesIn(const QString &folder)
{
    QStringList found;
    QDirIterator it(folder, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        found << it.next();
    return found;
}

} // namespace

TEST_CASE("Next patient returns to the start page and forgets history, zoom, search and bookmarks", "[practice]")
{
    WindowFixture f;
    f.window->enablePracticeMode(3min);
    useLikeAPatient(f);
    auto *next = f.window->findChild<QPushButton *>(QStringLiteral("nextPatientButton"));
    REQUIRE(next != nullptr);
    CHECK(next->isVisible());
    CHECK(next->text() == QStringLiteral("Volgende patiënt"));
    next->click();
    checkEverythingForgotten(f);
}

TEST_CASE("After the idle time without input the window hands over to the next patient", "[practice]")
{
    WindowFixture f;
    f.window->enablePracticeMode(3min);
    useLikeAPatient(f);
    QSignalSpy handOvers(f.window->practiceMode(), &heupwijzer::ui::PracticeMode::handOverRequested);
    f.window->practiceMode()->setIdleTimeout(300ms);
    REQUIRE(handOvers.wait(5000));
    checkEverythingForgotten(f);
}

TEST_CASE("Input restarts the idle countdown", "[practice]")
{
    WindowFixture f;
    f.window->enablePracticeMode(400ms);
    QSignalSpy handOvers(f.window->practiceMode(), &heupwijzer::ui::PracticeMode::handOverRequested);
    QElapsedTimer clock;
    clock.start();
    // Keep typing for longer than the timeout: no hand-over while someone is reading.
    while (clock.elapsed() < 1000) {
        QTest::keyClick(f.reader().viewport(), Qt::Key_Down);
        QTest::qWait(100);
    }
    CHECK(handOvers.isEmpty());
    CHECK(handOvers.wait(5000));
}

TEST_CASE("A bookmark with its note is still there after a restart", "[userdata]")
{
    WindowFixture f;
    f.window->userData()->setNotePrompt([](QWidget *, const QString &) { return QStringLiteral("Oefening 2"); });
    f.window->openLink(kLiespijn);
    QAction *bookmark = f.window->userData()->bookmarkAction();
    bookmark->trigger();
    CHECK(bookmark->isChecked());
    f.window->close();

    f.reopen();
    const auto bookmarks = f.userStore->bookmarks();
    REQUIRE(bookmarks);
    REQUIRE(bookmarks->size() == 1);
    CHECK(bookmarks->first().chapterId == QStringLiteral("liespijn"));
    CHECK(bookmarks->first().note == QStringLiteral("Oefening 2"));
    f.window->openLink(kLiespijn);
    CHECK(f.window->userData()->bookmarkAction()->isChecked());
    f.window->userData()->bookmarkAction()->trigger(); // a second press removes it
    CHECK(f.userStore->bookmarks()->isEmpty());
}

TEST_CASE("Coming back to a chapter scrolls to where the reader was", "[userdata]")
{
    WindowFixture f;
    f.window->openLink(kHeupbuiger);
    QScrollBar *bar = f.reader().verticalScrollBar();
    REQUIRE(bar->maximum() > 0);
    bar->setValue(bar->maximum() * 3 / 4);
    f.window->openLink(kLiespijn);
    f.window->openLink(kHeupbuiger);
    CHECK(QTest::qWaitFor([bar] { return bar->maximum() > 0 && double(bar->value()) / bar->maximum() > 0.7; }));
    CHECK(double(bar->value()) / bar->maximum() == Approx(0.75).margin(0.03));
    const auto recent = f.userStore->recentChapters();
    REQUIRE(recent);
    REQUIRE(recent->size() == 2);
    CHECK(recent->first().chapterId == QStringLiteral("heupbuiger"));
}

TEST_CASE("A practice session writes nothing in the home folder", "[practice]")
{
    QTemporaryDir home;
    REQUIRE(home.isValid());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home.path());
    for (const char *variable : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
        environment.insert(QLatin1StringView(variable), home.path() + u'/' + QLatin1StringView(variable));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QProcess session;
    session.setProcessEnvironment(environment);
    session.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    session.start(QStringLiteral(HEUPWIJZER_PRACTICE_SESSION), {});
    REQUIRE(session.waitForFinished(60000));
    CHECK(session.exitStatus() == QProcess::NormalExit);
    CHECK(session.exitCode() == 0);
    CHECK(session.readAllStandardOutput().contains("practice session done"));
    CHECK(filesIn(home.path()) == QStringList());
}
