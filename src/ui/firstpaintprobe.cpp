#include "ui/firstpaintprobe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace heupwijzer::ui {

namespace {
qint64 peakResidentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1; // not Linux: the benchmark prints -1 rather than a made-up number
    for (QByteArray line = status.readLine(); !line.isEmpty(); line = status.readLine()) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}
} // namespace

FirstPaintProbe::FirstPaintProbe(QWidget *watched, QElapsedTimer launch, QObject *parent)
    : QObject(parent), m_launch(launch)
{
    watched->installEventFilter(this);
}

bool FirstPaintProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && !m_seen) {
        m_seen = true;
        // Report once the paint has been done and flushed: the queued call runs after this event completes.
        QTimer::singleShot(0, this, &FirstPaintProbe::report);
    }
    return QObject::eventFilter(watched, event);
}

void FirstPaintProbe::report()
{
    std::printf("first-paint-ms %.2f\npeak-rss-kib %lld\n", double(m_launch.nsecsElapsed()) / 1e6,
                static_cast<long long>(peakResidentKiB()));
    std::fflush(stdout);
    QCoreApplication::quit();
}

} // namespace heupwijzer::ui
