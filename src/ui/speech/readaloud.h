#pragma once

#include "ui/speech/sentencehighlighter.h"
#include "ui/speech/sentencesplitter.h"
#include "ui/speech/speechengine.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <chrono>

class QTextEdit;
class QTimer;

namespace heupwijzer::ui {

// Reads a text view aloud in Dutch, one sentence at a time, marking the sentence being read. It reads the
// selection if there is one, otherwise from the paragraph with the cursor to the end. Cheap to construct:
// the speech engine is created on a thread of its own at the first prepare() or start(), so it never delays
// the window's first paint. When the engine or a Dutch voice is missing, it says so (statusText()) and what
// to install, instead of staying silent.
class ReadAloud : public QObject {
    Q_OBJECT

public:
    enum class State {
        Idle,        // nothing being read
        Starting,    // waiting for the speech engine to open
        Speaking,    // reading a sentence
        Paused,      // stopped within the reading; resume() reads the interrupted sentence again
        Unavailable, // no engine or no Dutch voice: statusText() says what to install
    };
    Q_ENUM(State)

    static constexpr int kSlowestSpeed = 50; // percent of the normal speaking pace
    static constexpr int kNormalSpeed = 100;
    static constexpr int kFastestSpeed = 150;
    // The engine rate (-1 … 1) that gives about this percentage of the normal pace.
    static double rateForSpeed(int percent);

    explicit ReadAloud(QObject *parent = nullptr);
    // engineName: the QTextToSpeech engine; tests pass one that does not exist.
    ReadAloud(const QString &engineName, QObject *parent);
    ~ReadAloud() override;

    // The text to read; the reading stops when the view shows another text. Not owned.
    void setTextView(QTextEdit *view);

    State state() const { return m_state; }
    QString statusText() const { return m_status; }
    int speed() const { return m_speed; }
    // The sentence being read (0-based) and how many there are in what is being read.
    qsizetype sentenceIndex() const { return m_index; }
    qsizetype sentenceCount() const { return m_sentences.size(); }
    // A sentence that neither starts nor ends within this time means no sound is coming out (without an audio
    // server the engine stays in Speaking): reading then stops with a message. It grows with the sentence.
    void setStallTimeout(std::chrono::milliseconds base) { m_stallBase = base; }

public Q_SLOTS:
    // Opens the speech engine in the background, e.g. shortly after the window is shown, so that the first
    // start() reads at once and a missing voice is reported early.
    void prepare();
    void start();
    void pause();
    void resume();
    // Start, pause or resume: what the one play button does.
    void toggle();
    void stop();
    void setSpeed(int percent);

Q_SIGNALS:
    void stateChanged(heupwijzer::ui::ReadAloud::State state);
    void statusChanged(const QString &text);
    void speedChanged(int percent);
    void sentenceStarted(qsizetype index, qsizetype count);

private:
    void openEngine();
    void onOpened(SpeechEngine::Availability availability, const QString &voiceName);
    void onFinished(quint64 id);
    void onFailed(quint64 id, const QString &reason);
    void onStalled();
    QList<SentenceSpan> sentencesToRead() const;
    QList<SentenceSpan> sentencesBetween(int from, int to) const;
    void speakCurrent();
    void finishReading(const QString &status);
    void setState(State state, const QString &status);

    QString m_engineName;
    QThread m_thread;
    QPointer<SpeechEngine> m_engine; // lives on m_thread, deleted when the thread finishes
    bool m_engineReady = false;

    SentenceHighlighter m_highlighter;
    QList<SentenceSpan> m_sentences; // document positions
    qsizetype m_index = 0;
    quint64 m_lastId = 0; // id of the last text handed to the engine
    QTimer *m_stallTimer = nullptr;
    std::chrono::milliseconds m_stallBase{10000};

    State m_state = State::Idle;
    QString m_status;
    int m_speed = kNormalSpeed;
};

} // namespace heupwijzer::ui
