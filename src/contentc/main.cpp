// heupwijzer-contentc: the content editor's tool. Subcommands live in their own files.
#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("heupwijzer-contentc"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HEUPWIJZER_VERSION));
    QTextStream(stderr) << "usage: heupwijzer-contentc build|check|stats|search …\n";
    return 2;
}
