// The floor for the start-up benchmark: the least a Qt Widgets program with a QTextBrowser can do before its
// first paint. Prints the same two lines as `heupwijzer --benchmark-first-paint` and quits.
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QMainWindow>
#include <QTextBrowser>
#include <QTimer>

#include <cstdio>

namespace {

long long peakResidentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (QByteArray line = status.readLine(); !line.isEmpty(); line = status.readLine()) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

class FirstPaint : public QObject {
public:
    explicit FirstPaint(QElapsedTimer launch) : m_launch(launch) {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            QTimer::singleShot(0, this, [this] {
                std::printf("first-paint-ms %.2f\npeak-rss-kib %lld\n", double(m_launch.nsecsElapsed()) / 1e6,
                            peakResidentKiB());
                std::fflush(stdout);
                QCoreApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QElapsedTimer m_launch;
    bool m_seen = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer launch;
    launch.start();
    QApplication app(argc, argv);
    QMainWindow window;
    auto *browser = new QTextBrowser(&window);
    browser->setHtml(QStringLiteral("<h1>Welkom</h1><p>Een minimaal venster met een QTextBrowser.</p>"));
    window.setCentralWidget(browser);
    FirstPaint probe(launch);
    browser->viewport()->installEventFilter(&probe);
    window.resize(1200, 820);
    window.show();
    return QApplication::exec();
}
