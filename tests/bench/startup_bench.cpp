// Start-up benchmark: launch → first paint of the start page for Heupwijzer and for the floor (a bare Qt Widgets
// window with a QTextBrowser), measured the same way in one run, with their ratio and peak memory.
//   startup_bench [--runs N]
// The clock runs from QProcess::start() until the child reports its first paint (so it includes loading the
// program and its libraries); the child prints its peak resident memory at that moment.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>

#include <algorithm>
#include <cstdio>

namespace {

struct Sample {
    double launchToPaintMs = -1;
    double insideMs = -1; // the child's own clock, from main() to the paint
    long long peakKiB = -1;
};

Sample runOnce(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer clock;
    clock.start();
    process.start(program, arguments);
    Sample sample;
    QByteArray output;
    while (sample.launchToPaintMs < 0 && process.waitForReadyRead(30000)) {
        output += process.readAllStandardOutput();
        if (output.contains("first-paint-ms"))
            sample.launchToPaintMs = double(clock.nsecsElapsed()) / 1e6;
    }
    process.waitForFinished(30000);
    output += process.readAllStandardOutput();
    for (const QByteArray &line : output.split('\n')) {
        if (line.startsWith("first-paint-ms "))
            sample.insideMs = line.mid(15).toDouble();
        else if (line.startsWith("peak-rss-kib "))
            sample.peakKiB = line.mid(13).toLongLong();
    }
    return sample;
}

template <typename T> T median(QList<T> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? T{} : values[values.size() / 2];
}

struct Summary {
    double launchMs;
    double insideMs;
    double peakMiB;
};

Summary summarise(const QList<Sample> &samples)
{
    QList<double> launch, inside, peak;
    for (const Sample &s : samples) {
        launch.append(s.launchToPaintMs);
        inside.append(s.insideMs);
        peak.append(double(s.peakKiB) / 1024.0);
    }
    return {median(launch), median(inside), median(peak)};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs per program (median)."),
                                        QStringLiteral("N"), QStringLiteral("9"));
    parser.addOption(runsOption);
    parser.process(app);
    const int runs = qMax(1, parser.value(runsOption).toInt());

    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
        qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const QString platform = qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") ? QStringLiteral("default")
                                                                            : qEnvironmentVariable("QT_QPA_PLATFORM");

    QList<Sample> appSamples, floorSamples;
    // Alternate the two programs so a busy moment on the machine hits both alike; one warm-up run each.
    runOnce(QStringLiteral(HEUPWIJZER_APP), {QStringLiteral("--benchmark-first-paint")});
    runOnce(QStringLiteral(HEUPWIJZER_FLOOR), {});
    for (int i = 0; i < runs; ++i) {
        appSamples.append(runOnce(QStringLiteral(HEUPWIJZER_APP), {QStringLiteral("--benchmark-first-paint")}));
        floorSamples.append(runOnce(QStringLiteral(HEUPWIJZER_FLOOR), {}));
    }
    const Summary heupwijzer = summarise(appSamples);
    const Summary floor = summarise(floorSamples);
    if (heupwijzer.launchMs <= 0 || floor.launchMs <= 0) {
        std::fprintf(stderr, "startup_bench: a program did not report its first paint\n");
        return 2;
    }
    const double ratio = heupwijzer.launchMs / floor.launchMs;
    std::printf("platform %s, %d runs each (medians)\n", qPrintable(platform), runs);
    std::printf("%-12s %14s %14s %12s\n", "program", "launch->paint", "main->paint", "peak RSS");
    std::printf("%-12s %11.1f ms %11.1f ms %8.1f MiB\n", "heupwijzer", heupwijzer.launchMs, heupwijzer.insideMs,
                heupwijzer.peakMiB);
    std::printf("%-12s %11.1f ms %11.1f ms %8.1f MiB\n", "floor", floor.launchMs, floor.insideMs, floor.peakMiB);
    std::printf("ratio launch->paint %.2f (goal <= 1.50), peak RSS %.2f\n", ratio, heupwijzer.peakMiB / floor.peakMiB);
    return ratio <= 1.5 ? 0 : 1;
}
