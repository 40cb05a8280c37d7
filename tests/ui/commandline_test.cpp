// The program's own command line, run as a user would: the answers to --help, --version and a mistyped option,
// and a clean end each time. main() starts two threads before it reads the command line (fonts, texts); an
// exit() from inside the parser while they still ran crashed about one --version in a hundred (Release build)
// before they were waited for; 60 runs catch that about every other time.
#include "common/catch_qt.h"

#include <QProcess>
#include <QProcessEnvironment>

namespace {

struct Run {
    int exitCode = -1;
    QProcess::ExitStatus status = QProcess::CrashExit;
    QString output; // stdout and stderr together
};

Run runProgram(const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(HEUPWIJZER_APP), arguments);
    Run run;
    if (!process.waitForFinished(30000))
        return run;
    run.exitCode = process.exitCode();
    run.status = process.exitStatus();
    run.output = QString::fromUtf8(process.readAll());
    return run;
}

} // namespace

TEST_CASE("The program answers --version and --help and ends cleanly, every time", "[ui]")
{
    for (int attempt = 0; attempt < 60; ++attempt) {
        const Run version = runProgram({QStringLiteral("--version")});
        INFO("attempt " << attempt << ": " << version.output.toStdString());
        REQUIRE(version.status == QProcess::NormalExit);
        REQUIRE(version.exitCode == 0);
        CHECK(version.output.contains(QStringLiteral("Heupwijzer " HEUPWIJZER_VERSION)));
    }
    const Run help = runProgram({QStringLiteral("--help")});
    REQUIRE(help.status == QProcess::NormalExit);
    CHECK(help.exitCode == 0);
    CHECK(help.output.contains(QStringLiteral("--content")));
    CHECK(help.output.contains(QStringLiteral("--practice")));
    CHECK_FALSE(help.output.contains(QStringLiteral("--self-test-session"))); // for the offline test only
}

TEST_CASE("A mistyped option is named in Dutch and the program ends with an error, without crashing", "[ui]")
{
    const Run run = runProgram({QStringLiteral("--conten=x.db")});
    REQUIRE(run.status == QProcess::NormalExit);
    CHECK(run.exitCode == 1);
    CHECK(run.output.contains(QStringLiteral("Onbekende optie")));
}
