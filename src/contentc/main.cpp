// heupwijzer-contentc: the content editor's tool. Each subcommand lives in its own file.
#include "contentc/buildcommand.h"
#include "contentc/checkcommand.h"
#include "contentc/searchcommand.h"
#include "contentc/statscommand.h"

#include <QCoreApplication>
#include <QTextStream>

#include <functional>
#include <map>

namespace {

constexpr const char *kUsage =
    "usage: heupwijzer-contentc COMMAND …\n"
    "\n"
    "  build CONTENT_DIR -o FILE.db [--min-flesch N]   check the texts and write the content database\n"
    "  check CONTENT_DIR [--min-flesch N]              check the texts, write nothing\n"
    "  stats FILE.db [--json]                          counts and readability of a database\n"
    "  search FILE.db QUERY [--limit N] [--json]       search a database as the reader does\n"
    "\n"
    "Problems are printed as file:line:column: message. Exit status: 0 ok, 1 errors in the content, 2 wrong "
    "usage.\n";

using Command = std::function<int(const QStringList &, QTextStream &, QTextStream &)>;

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("heupwijzer-contentc"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HEUPWIJZER_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);

    const std::map<QString, Command> commands{
        {QStringLiteral("build"), heupwijzer::contentc::runBuild},
        {QStringLiteral("check"), heupwijzer::contentc::runCheck},
        {QStringLiteral("stats"), heupwijzer::contentc::runStats},
        {QStringLiteral("search"), heupwijzer::contentc::runSearch},
    };
    QStringList arguments = QCoreApplication::arguments().mid(1);
    if (arguments.isEmpty() || arguments.first() == u"--help" || arguments.first() == u"-h") {
        (arguments.isEmpty() ? err : out) << kUsage;
        return arguments.isEmpty() ? 2 : 0;
    }
    if (arguments.first() == u"--version") {
        out << "heupwijzer-contentc " << HEUPWIJZER_VERSION << '\n';
        return 0;
    }
    const auto command = commands.find(arguments.takeFirst());
    if (command == commands.end()) {
        err << kUsage;
        return 2;
    }
    return command->second(arguments, out, err);
}
