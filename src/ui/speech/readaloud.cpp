#include "ui/speech/readaloud.h"

#include "ui/speech/speechlogging.h"

#include <QTextBlock>
#include <QTextDocument>
#include <QTextEdit>
#include <QTimer>

#include <algorithm>

namespace heupwijzer::ui {

namespace {

// Speaking time per character at the normal pace, generously: espeak-ng reads about 15 characters a second.
constexpr std::chrono::milliseconds kStallPerCharacter{120};

} // namespace

// speech-dispatcher's espeak-ng module turns the rate -100 … 0 … 100 (Qt passes rate × 100) into 80 … 170 …
// 449 words a minute (EspeakMinRate, EspeakNormalRate, EspeakMaxRate in its espeak-ng.conf), with a bend at 0.
// A linear -1 … 1 over the slider would make 50 % read at 47 % and 150 % at 264 % of the normal pace.
double ReadAloud::rateForSpeed(int percent)
{
    constexpr double kMinWordsPerMinute = 80;
    constexpr double kNormalWordsPerMinute = 170;
    constexpr double kMaxWordsPerMinute = 449;
    const double wordsPerMinute = kNormalWordsPerMinute * std::clamp(percent, kSlowestSpeed, kFastestSpeed) / 100.0;
    const double rate = wordsPerMinute < kNormalWordsPerMinute
                            ? (wordsPerMinute - kNormalWordsPerMinute) / (kNormalWordsPerMinute - kMinWordsPerMinute)
                            : (wordsPerMinute - kNormalWordsPerMinute) / (kMaxWordsPerMinute - kNormalWordsPerMinute);
    return std::clamp(rate, -1.0, 1.0);
}

ReadAloud::ReadAloud(QObject *parent) : ReadAloud(QStringLiteral("speechd"), parent) {}

ReadAloud::ReadAloud(const QString &engineName, QObject *parent)
    : QObject(parent), m_engineName(engineName), m_stallTimer(new QTimer(this))
{
    m_thread.setObjectName(QStringLiteral("read-aloud"));
    m_stallTimer->setSingleShot(true);
    connect(m_stallTimer, &QTimer::timeout, this, &ReadAloud::onStalled);
}

ReadAloud::~ReadAloud()
{
    m_highlighter.clear();
    // The engine is deleted on its own thread when the thread finishes, and stops speaking then. This waits
    // while an engine is still opening (seconds at most).
    m_thread.quit();
    m_thread.wait();
}

void ReadAloud::setTextView(QTextEdit *view)
{
    stop();
    if (QTextEdit *old = m_highlighter.view())
        disconnect(old, nullptr, this, nullptr);
    m_highlighter.setView(view);
    // Another page in the view: the positions of the sentences no longer hold.
    if (view != nullptr)
        connect(view, &QTextEdit::textChanged, this, &ReadAloud::stop);
}

void ReadAloud::prepare()
{
    if (!m_engine)
        openEngine();
}

void ReadAloud::openEngine()
{
    auto *engine = new SpeechEngine(m_engineName);
    engine->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, engine, &QObject::deleteLater);
    connect(engine, &SpeechEngine::opened, this, &ReadAloud::onOpened);
    connect(engine, &SpeechEngine::finished, this, &ReadAloud::onFinished);
    connect(engine, &SpeechEngine::failed, this, &ReadAloud::onFailed);
    m_engine = engine;
    m_engineReady = false;
    if (!m_thread.isRunning())
        m_thread.start();
    QMetaObject::invokeMethod(engine, &SpeechEngine::open, Qt::QueuedConnection);
}

void ReadAloud::onOpened(SpeechEngine::Availability availability, const QString &voiceName)
{
    if (sender() != m_engine)
        return; // an engine given up on after an earlier failure
    switch (availability) {
    case SpeechEngine::Availability::Available:
        qCInfo(lcSpeech) << "reading aloud with voice" << voiceName;
        m_engineReady = true;
        if (m_state == State::Starting)
            speakCurrent();
        return;
    case SpeechEngine::Availability::NoEngine:
        m_sentences.clear();
        m_highlighter.clear();
        setState(State::Unavailable,
                 tr("Read-aloud does not work: the speech service is missing. Ask someone to install the packages "
                    "speech-dispatcher, speech-dispatcher-espeak-ng and qt6-speech-speechd-plugin."));
        return;
    case SpeechEngine::Availability::NoDutchVoice:
        m_sentences.clear();
        m_highlighter.clear();
        setState(State::Unavailable, tr("Read-aloud does not work: there is no Dutch voice. Ask someone to install "
                                        "the packages speech-dispatcher-espeak-ng and espeak-ng."));
        return;
    }
}

void ReadAloud::start()
{
    if (m_state == State::Speaking || m_state == State::Paused || m_state == State::Starting)
        stop();
    if (!m_highlighter.view())
        return;
    m_sentences = sentencesToRead();
    m_index = 0;
    if (m_sentences.isEmpty()) {
        setState(State::Idle, tr("There is no text to read aloud."));
        return;
    }
    // The sentence mark uses the selection colours: a selection left in place would hide it.
    QTextCursor cursor = m_highlighter.view()->textCursor();
    if (cursor.hasSelection()) {
        cursor.setPosition(cursor.selectionStart());
        m_highlighter.view()->setTextCursor(cursor);
    }
    if (m_state == State::Unavailable && m_engine) {
        m_engine->deleteLater(); // try again: something may have been installed since
        m_engine = nullptr;
    }
    if (!m_engineReady) {
        setState(State::Starting, tr("Starting read-aloud…"));
        if (!m_engine)
            openEngine();
        return;
    }
    speakCurrent();
}

// The selection; otherwise from the paragraph with the cursor, or, when the cursor is out of sight, from the
// paragraph at the top of the pane; and when that leaves nothing to read, the whole text.
QList<SentenceSpan> ReadAloud::sentencesToRead() const
{
    QTextEdit *view = m_highlighter.view();
    const QTextCursor cursor = view->textCursor();
    if (cursor.hasSelection())
        return sentencesBetween(cursor.selectionStart(), cursor.selectionEnd());
    const bool cursorInSight = view->viewport()->rect().intersects(view->cursorRect(cursor));
    const QTextCursor from = cursorInSight ? cursor : view->cursorForPosition(QPoint(0, 0));
    const int end = view->document()->characterCount() - 1;
    QList<SentenceSpan> sentences = sentencesBetween(from.block().position(), end);
    return sentences.isEmpty() ? sentencesBetween(0, end) : sentences;
}

QList<SentenceSpan> ReadAloud::sentencesBetween(int from, int to) const
{
    QTextCursor range(m_highlighter.view()->document());
    range.setPosition(from);
    range.setPosition(to, QTextCursor::KeepAnchor);
    QList<SentenceSpan> sentences = splitSentences(range.selectedText());
    for (SentenceSpan &sentence : sentences)
        sentence.start += from;
    return sentences;
}

void ReadAloud::speakCurrent()
{
    QTextEdit *view = m_highlighter.view();
    if (view == nullptr || !m_engine || m_index >= m_sentences.size()) {
        finishReading(QString());
        return;
    }
    const SentenceSpan sentence = m_sentences.at(m_index);
    m_highlighter.highlight(static_cast<int>(sentence.start), static_cast<int>(sentence.length));
    const QString text = speakableText(m_highlighter.highlighted().selectedText());
    const quint64 id = ++m_lastId;
    // The engine as context: a call to an engine deleted in the meantime is dropped.
    SpeechEngine *engine = m_engine.data();
    QMetaObject::invokeMethod(engine,
                              [engine, id, text, rate = rateForSpeed(m_speed)] { engine->say(id, text, rate); });
    m_stallTimer->start(m_stallBase + kStallPerCharacter * text.size() * kNormalSpeed / m_speed);
    setState(State::Speaking, tr("Reading sentence %1 of %2.").arg(m_index + 1).arg(m_sentences.size()));
    Q_EMIT sentenceStarted(m_index, m_sentences.size());
}

void ReadAloud::onFinished(quint64 id)
{
    if (id != m_lastId || m_state != State::Speaking)
        return; // a sentence stopped by pause() or stop()
    m_stallTimer->stop();
    if (++m_index < m_sentences.size())
        speakCurrent();
    else
        finishReading(tr("Finished reading."));
}

void ReadAloud::onFailed(quint64 id, const QString &reason)
{
    if (id != m_lastId || m_state != State::Speaking)
        return;
    qCWarning(lcSpeech) << "speech engine failed:" << reason;
    finishReading(tr("Read-aloud stopped because of an error in the speech service."));
}

// Without an audio server speech-dispatcher reports Speaking and then never finishes.
void ReadAloud::onStalled()
{
    qCWarning(lcSpeech) << "sentence" << m_index << "did not finish in time: no audio output?";
    if (m_engine)
        QMetaObject::invokeMethod(m_engine.data(), &SpeechEngine::stop);
    finishReading(tr("Read-aloud stopped: no sound is coming out. Check that the sound is on, then try again."));
}

void ReadAloud::pause()
{
    if (m_state != State::Speaking)
        return;
    m_stallTimer->stop();
    if (m_engine)
        QMetaObject::invokeMethod(m_engine.data(), &SpeechEngine::stop);
    setState(State::Paused, tr("Paused. Press Continue to read on."));
}

void ReadAloud::resume()
{
    if (m_state == State::Paused)
        speakCurrent(); // the interrupted sentence again, from its start
}

void ReadAloud::toggle()
{
    switch (m_state) {
    case State::Speaking:
        pause();
        break;
    case State::Paused:
        resume();
        break;
    case State::Starting:
        break;
    case State::Idle:
    case State::Unavailable:
        start();
        break;
    }
}

void ReadAloud::stop()
{
    if (m_state != State::Speaking && m_state != State::Paused && m_state != State::Starting)
        return;
    if (m_engine)
        QMetaObject::invokeMethod(m_engine.data(), &SpeechEngine::stop);
    finishReading(tr("Stopped."));
}

void ReadAloud::finishReading(const QString &status)
{
    m_stallTimer->stop();
    m_sentences.clear();
    m_index = 0;
    m_highlighter.clear();
    setState(State::Idle, status);
}

void ReadAloud::setSpeed(int percent)
{
    percent = std::clamp(percent, kSlowestSpeed, kFastestSpeed);
    if (percent == m_speed)
        return;
    m_speed = percent; // from the next sentence on
    Q_EMIT speedChanged(m_speed);
}

void ReadAloud::setState(State state, const QString &status)
{
    const bool stateChanged = state != m_state;
    const bool statusChanged = status != m_status;
    m_state = state;
    m_status = status;
    if (stateChanged)
        Q_EMIT this->stateChanged(m_state);
    if (statusChanged)
        Q_EMIT this->statusChanged(m_status);
}

} // namespace heupwijzer::ui
