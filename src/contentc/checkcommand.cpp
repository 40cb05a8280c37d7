#include "contentc/checkcommand.h"

#include "contentc/compileoptions.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace heupwijzer::contentc {

int runCheck(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Checks CONTENT_DIR; writes nothing."));
    parser.addPositionalArgument(QStringLiteral("CONTENT_DIR"), QStringLiteral("The content folder."));
    addCompileOptions(parser);
    if (const std::optional<int> stop = parseCommand(parser, QStringLiteral("check"), arguments, 1, out, err))
        return *stop;
    const std::optional<core::content::CompileOptions> options = compileOptions(parser, err);
    if (!options)
        return 2;
    const QString dir = parser.positionalArguments().at(0);
    const core::content::Compilation compilation = core::content::ContentCompiler::compile(dir, *options);
    if (reportDiagnostics(compilation.diagnostics, err) > 0)
        return 1;
    out << dir << ": ok\n";
    return 0;
}

} // namespace heupwijzer::contentc
