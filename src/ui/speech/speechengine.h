#pragma once

#include <QObject>
#include <QString>

#include <memory>

class QTextToSpeech;
class QTimer;

namespace heupwijzer::ui {

// QTextToSpeech, driven from a thread of its own. Two facts about the speechd engine of Qt 6.4 shape it:
// - creating QTextToSpeech takes seconds (it reads speech-dispatcher's list of several thousand voices), so
//   it must not run on the thread that paints the window;
// - its state signals carry no message identity, and after stop() the stopped message may still report
//   Speaking and Ready. So this class says one text at a time under an id, and after a stop it lets the engine
//   settle (it waits for Ready, or a short time) before saying the next text; started/finished then always
//   belong to the id they carry.
// Pausing is left to the caller (stop, then say the sentence again): in our trials the engine never reported
// Paused, so a later resume() was ignored and speech-dispatcher stayed paused for every later text.
class SpeechEngine : public QObject {
    Q_OBJECT

public:
    enum class Availability {
        Available,
        NoEngine,     // the engine plug-in or speech-dispatcher is missing or not reachable
        NoDutchVoice, // the engine runs but offers no voice for Dutch
    };
    Q_ENUM(Availability)

    explicit SpeechEngine(const QString &engineName);
    ~SpeechEngine() override;

public Q_SLOTS:
    // Slow (seconds): call it through a queued connection once this object lives on its own thread.
    void open();
    // rate: -1 (slowest) to 1 (fastest), 0 is the engine's normal pace.
    void say(quint64 id, const QString &text, double rate);
    void stop();

Q_SIGNALS:
    void opened(heupwijzer::ui::SpeechEngine::Availability availability, const QString &voiceName);
    void started(quint64 id);
    void finished(quint64 id);
    void failed(quint64 id, const QString &reason);

private:
    bool chooseDutchVoice();
    void onStateChanged(int value); // a QTextToSpeech::State: the header stays free of QtTextToSpeech
    void sayPending();
    void endSettling();

    QString m_engineName;
    std::unique_ptr<QTextToSpeech> m_speech;
    QTimer *m_settleTimer = nullptr;

    quint64 m_currentId = 0; // 0: nothing being said
    bool m_begun = false;    // the engine reported Speaking for the current text
    bool m_settling = false; // a stop is under way: the engine's next Ready belongs to the stopped text

    quint64 m_pendingId = 0; // a text to say once settling ends
    QString m_pendingText;
    double m_pendingRate = 0;
};

} // namespace heupwijzer::ui
