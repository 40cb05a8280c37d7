// Read-aloud against the real speech-dispatcher with espeak-ng. Run through speech-env.sh, which starts a
// private PulseAudio (a null sink, so no sound card is needed) and speech-dispatcher, and stops them after.
#include "ui/speech/readaloud.h"
#include "ui/speech/readaloudbar.h"

#include "common/catch_qt.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTextBrowser>

using heupwijzer::ui::ReadAloud;
using namespace std::chrono_literals;

namespace {

// Opening the engine alone takes seconds (it lists thousands of voices); a short text takes a few more.
constexpr int kTimeoutMs = 30000;

// What the reader sees marked as being read now, empty when nothing is.
QString markedText(const QTextEdit &view)
{
    const QList<QTextEdit::ExtraSelection> selections = view.extraSelections();
    return selections.isEmpty() ? QString() : selections.last().cursor.selectedText();
}

struct LiveReader {
    LiveReader()
    {
        view.setHtml(QStringLiteral("<h1>Heuppijn</h1><p>Rust een paar dagen. Bel de huisarts bij koorts.</p>"));
        view.resize(600, 300);
        view.show();
        readAloud.setTextView(&view);
        QObject::connect(&readAloud, &ReadAloud::sentenceStarted, &readAloud,
                         [this] { marked.append(markedText(view)); });
        QObject::connect(&readAloud, &ReadAloud::stateChanged, &readAloud,
                         [this](ReadAloud::State state) { states.append(state); });
    }

    // Waits, never longer than the timeout, until the reading is over; false if it did not end in time.
    bool waitUntilIdle()
    {
        QSignalSpy spy(&readAloud, &ReadAloud::stateChanged);
        while (readAloud.state() != ReadAloud::State::Idle) {
            if (!spy.wait(kTimeoutMs))
                return false;
        }
        return true;
    }

    bool waitFor(ReadAloud::State state)
    {
        QSignalSpy spy(&readAloud, &ReadAloud::stateChanged);
        while (readAloud.state() != state) {
            if (!spy.wait(kTimeoutMs))
                return false;
        }
        return true;
    }

    QTextBrowser view;
    ReadAloud readAloud;
    QStringList marked;
    QList<ReadAloud::State> states;
};

// How long the engine takes to say the text at this speed, from the first sentence to Idle.
qint64 speakingTime(LiveReader &reader, int speed)
{
    reader.readAloud.setSpeed(speed);
    QSignalSpy started(&reader.readAloud, &ReadAloud::sentenceStarted);
    reader.readAloud.start();
    if (started.isEmpty() && !started.wait(kTimeoutMs))
        return -1;
    QElapsedTimer clock;
    clock.start();
    return reader.waitUntilIdle() ? clock.elapsed() : -1;
}

} // namespace

TEST_CASE("Creating the read-aloud controls does not wait for the speech engine", "[a11y]")
{
    QElapsedTimer clock;
    clock.start();
    ReadAloud readAloud;
    heupwijzer::ui::ReadAloudBar bar(readAloud);
    bar.show();
    readAloud.prepare(); // the engine opens on its own thread, seconds long
    CHECK(clock.elapsed() < 1000);
    QSignalSpy status(&readAloud, &ReadAloud::statusChanged);
    CHECK_FALSE(status.wait(500)); // the engine is still opening: no "does not work" message in between
    CHECK(readAloud.state() == ReadAloud::State::Idle);
}

TEST_CASE("A short Dutch text is read aloud sentence by sentence, each marked while it is read", "[a11y]")
{
    LiveReader reader;
    reader.readAloud.start();
    REQUIRE(reader.waitUntilIdle());

    INFO("status: " << reader.readAloud.statusText().toStdString());
    CHECK(reader.states ==
          QList<ReadAloud::State>{ReadAloud::State::Starting, ReadAloud::State::Speaking, ReadAloud::State::Idle});
    CHECK(reader.marked == QStringList{QStringLiteral("Heuppijn"), QStringLiteral("Rust een paar dagen."),
                                       QStringLiteral("Bel de huisarts bij koorts.")});
    CHECK(reader.readAloud.statusText() == QStringLiteral("Klaar met voorlezen."));
    CHECK(markedText(reader.view).isEmpty()); // the mark goes when the reading ends
}

TEST_CASE("Only the selected text is read when there is a selection", "[a11y]")
{
    LiveReader reader;
    const QString wanted = QStringLiteral("Bel de huisarts bij koorts.");
    QTextCursor selection = reader.view.document()->find(wanted);
    REQUIRE(selection.hasSelection());
    reader.view.setTextCursor(selection);
    reader.readAloud.start();
    REQUIRE(reader.waitUntilIdle());
    CHECK(reader.marked == QStringList{wanted});
}

TEST_CASE("Pause stops the voice, Continue reads the sentence again, Stop ends the reading", "[a11y]")
{
    LiveReader reader;
    reader.view.setPlainText(QStringLiteral("Dit is een lange eerste zin, die de stem even bezig houdt zodat er "
                                            "tijd is om te pauzeren. Dit is de tweede zin."));
    reader.readAloud.start();
    REQUIRE(reader.waitFor(ReadAloud::State::Speaking));
    reader.readAloud.pause();
    CHECK(reader.readAloud.state() == ReadAloud::State::Paused);
    CHECK(markedText(reader.view).startsWith(QStringLiteral("Dit is een lange eerste zin"))); // still marked
    QSignalSpy sentences(&reader.readAloud, &ReadAloud::sentenceStarted);
    CHECK_FALSE(sentences.wait(1500)); // paused: the reading does not go on by itself

    reader.readAloud.resume();
    REQUIRE(sentences.size() == 1);
    CHECK(sentences.first().first().value<qsizetype>() == 0); // the interrupted sentence again
    CHECK(reader.readAloud.state() == ReadAloud::State::Speaking);

    reader.readAloud.stop();
    CHECK(reader.readAloud.state() == ReadAloud::State::Idle);
    CHECK(reader.readAloud.statusText() == QStringLiteral("Gestopt."));
    CHECK(markedText(reader.view).isEmpty());
    CHECK_FALSE(sentences.wait(1500)); // stopped: no next sentence follows

    // And it reads again after a stop, to the end.
    reader.readAloud.start();
    REQUIRE(reader.waitUntilIdle());
    CHECK(reader.readAloud.statusText() == QStringLiteral("Klaar met voorlezen."));
}

TEST_CASE("At a higher speed the same text is read in less time", "[a11y]")
{
    LiveReader reader;
    reader.view.setPlainText(QStringLiteral("De heupbuiger loopt van de onderrug naar de binnenkant van het "
                                            "bovenbeen."));
    const qint64 slow = speakingTime(reader, ReadAloud::kSlowestSpeed);
    const qint64 fast = speakingTime(reader, ReadAloud::kFastestSpeed);
    INFO("50 %: " << slow << " ms, 150 %: " << fast << " ms");
    REQUIRE(slow > 0);
    REQUIRE(fast > 0);
    // 50 % against 150 % is three times as slow; allow for the fixed time around each sentence.
    CHECK(slow > 2 * fast);
}

// Run by speech-env.sh --no-audio: speech-dispatcher without an audio server reports Speaking and never ends.
TEST_CASE("Without sound output read-aloud stops with a message instead of hanging", "[a11y][.no-audio]")
{
    LiveReader reader;
    reader.readAloud.setStallTimeout(2s);
    reader.readAloud.start();
    REQUIRE(reader.waitUntilIdle());
    CHECK(reader.readAloud.statusText().startsWith(QStringLiteral("Voorlezen is gestopt")));
    CHECK(markedText(reader.view).isEmpty());
}
