#include "ui/speech/speechengine.h"

#include "ui/speech/speechlogging.h"

#include <QLocale>
#include <QTextToSpeech>
#include <QTimer>
#include <QVoice>

#include <algorithm>
#include <utility>

namespace heupwijzer::ui {

namespace {

// After stop(), how long a stopped text may take to report Ready. A text stopped before the engine began it
// may report nothing at all; longer than this and the next sentence would start late noticeably.
constexpr int kSettleMilliseconds = 400;

bool isDutch(const QLocale &locale)
{
    return locale.language() == QLocale::Dutch;
}

} // namespace

SpeechEngine::SpeechEngine(const QString &engineName) : m_engineName(engineName), m_settleTimer(new QTimer(this))
{
    m_settleTimer->setSingleShot(true);
    m_settleTimer->setInterval(kSettleMilliseconds);
    connect(m_settleTimer, &QTimer::timeout, this, &SpeechEngine::endSettling);
}

SpeechEngine::~SpeechEngine()
{
    if (m_speech && m_currentId != 0)
        m_speech->stop();
}

void SpeechEngine::open()
{
    if (m_speech)
        return;
    m_speech = std::make_unique<QTextToSpeech>(m_engineName);
    if (m_speech->state() == QTextToSpeech::Error) {
        qCWarning(lcSpeech) << "speech engine" << m_engineName << "unavailable:" << m_speech->errorString();
        Q_EMIT opened(Availability::NoEngine, QString());
        return;
    }
    if (!chooseDutchVoice()) {
        qCWarning(lcSpeech) << "speech engine" << m_engineName << "has no Dutch voice";
        Q_EMIT opened(Availability::NoDutchVoice, QString());
        return;
    }
    connect(m_speech.get(), &QTextToSpeech::stateChanged, this,
            [this](QTextToSpeech::State state) { onStateChanged(state); });
    qCInfo(lcSpeech) << "speech engine" << m_engineName << "ready with voice" << m_speech->voice().name();
    Q_EMIT opened(Availability::Available, m_speech->voice().name());
}

// Prefers Dutch as spoken in the Netherlands over Flemish, and the locale's default voice over variants.
bool SpeechEngine::chooseDutchVoice()
{
    const QList<QLocale> locales = m_speech->availableLocales();
    auto dutch = std::find_if(locales.begin(), locales.end(), [](const QLocale &locale) {
        return isDutch(locale) && locale.territory() == QLocale::Netherlands;
    });
    if (dutch == locales.end())
        dutch = std::find_if(locales.begin(), locales.end(), isDutch);
    if (dutch == locales.end())
        return false;
    m_speech->setLocale(*dutch);
    if (isDutch(m_speech->voice().locale()))
        return true;
    const QList<QVoice> voices = m_speech->availableVoices();
    const auto voice = std::find_if(voices.begin(), voices.end(), [](const QVoice &v) { return isDutch(v.locale()); });
    if (voice == voices.end())
        return false;
    m_speech->setVoice(*voice);
    return true;
}

void SpeechEngine::say(quint64 id, const QString &text, double rate)
{
    m_pendingId = id;
    m_pendingText = text;
    m_pendingRate = rate;
    if (!m_settling)
        sayPending();
}

void SpeechEngine::sayPending()
{
    if (!m_speech || m_pendingId == 0)
        return;
    m_currentId = std::exchange(m_pendingId, 0);
    m_begun = false;
    m_speech->setRate(m_pendingRate);
    qCDebug(lcSpeech) << "say" << m_currentId << m_pendingText;
    m_speech->say(std::exchange(m_pendingText, QString()));
}

void SpeechEngine::stop()
{
    m_pendingId = 0;
    m_pendingText.clear();
    if (!m_speech || m_currentId == 0)
        return;
    m_currentId = 0;
    // Set before stop(): the engine may report the stopped text's states from inside the call.
    m_settling = true;
    m_settleTimer->start();
    m_speech->stop();
}

void SpeechEngine::endSettling()
{
    m_settling = false;
    m_settleTimer->stop();
    sayPending();
}

void SpeechEngine::onStateChanged(int value)
{
    const auto state = static_cast<QTextToSpeech::State>(value);
    qCDebug(lcSpeech) << "engine state" << state << "for" << m_currentId << (m_settling ? "(settling)" : "");
    if (m_settling) {
        if (state == QTextToSpeech::Ready || state == QTextToSpeech::Error)
            endSettling();
        return;
    }
    if (m_currentId == 0)
        return;
    switch (state) {
    case QTextToSpeech::Speaking:
        if (!std::exchange(m_begun, true))
            Q_EMIT started(m_currentId);
        break;
    case QTextToSpeech::Ready:
        if (m_begun)
            Q_EMIT finished(std::exchange(m_currentId, 0));
        break;
    case QTextToSpeech::Error:
        Q_EMIT failed(std::exchange(m_currentId, 0), m_speech->errorString());
        break;
    case QTextToSpeech::Paused:
        break;
    }
}

} // namespace heupwijzer::ui
