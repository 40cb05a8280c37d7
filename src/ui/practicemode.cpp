#include "ui/practicemode.h"

#include <QCoreApplication>
#include <QEvent>

namespace heupwijzer::ui {

PracticeMode::PracticeMode(std::chrono::milliseconds idleTimeout, QObject *parent) : QObject(parent)
{
    m_idleTimer.setSingleShot(true);
    m_idleTimer.setInterval(idleTimeout);
    connect(&m_idleTimer, &QTimer::timeout, this, &PracticeMode::handOver);
    QCoreApplication::instance()->installEventFilter(this);
    m_idleTimer.start();
}

PracticeMode::~PracticeMode()
{
    if (QCoreApplication *app = QCoreApplication::instance())
        app->removeEventFilter(this);
}

std::chrono::milliseconds PracticeMode::idleTimeout() const
{
    return m_idleTimer.intervalAsDuration();
}

void PracticeMode::setIdleTimeout(std::chrono::milliseconds timeout)
{
    m_idleTimer.setInterval(timeout);
    m_idleTimer.start();
}

void PracticeMode::handOver()
{
    Q_EMIT handOverRequested();
    m_idleTimer.start();
}

bool PracticeMode::isUserInput(const QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
        return true;
    default:
        return false;
    }
}

bool PracticeMode::eventFilter(QObject *watched, QEvent *event)
{
    // Every input event restarts the countdown; the event itself is never consumed.
    if (isUserInput(event))
        m_idleTimer.start();
    return QObject::eventFilter(watched, event);
}

} // namespace heupwijzer::ui
