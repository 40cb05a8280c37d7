#include "contentc/compileoptions.h"

namespace heupwijzer::contentc {

namespace {

const QString kMinFlesch = QStringLiteral("min-flesch");

} // namespace

void addCompileOptions(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(kMinFlesch,
                                        QStringLiteral("Fail when a chapter's Flesch-Douma score is below N (default "
                                                       "50; a score below 60 gives a warning)."),
                                        QStringLiteral("N"), QStringLiteral("50")));
}

std::optional<core::content::CompileOptions> compileOptions(const QCommandLineParser &parser, QTextStream &err)
{
    core::content::CompileOptions options;
    bool ok = false;
    const double floor = parser.value(kMinFlesch).toDouble(&ok);
    if (!ok) {
        err << "heupwijzer-contentc: --min-flesch needs a number, not '" << parser.value(kMinFlesch) << "'\n";
        return std::nullopt;
    }
    options.fleschDoumaFloor = floor;
    return options;
}

int reportDiagnostics(const core::content::Diagnostics &diagnostics, QTextStream &err)
{
    for (const core::content::Diagnostic &diagnostic : diagnostics.sorted())
        err << diagnostic.toString() << '\n';
    if (diagnostics.errorCount() > 0 || diagnostics.warningCount() > 0)
        err << diagnostics.errorCount() << (diagnostics.errorCount() == 1 ? " error, " : " errors, ")
            << diagnostics.warningCount() << (diagnostics.warningCount() == 1 ? " warning\n" : " warnings\n");
    err.flush();
    return diagnostics.errorCount();
}

std::optional<int> parseCommand(QCommandLineParser &parser, const QString &command, const QStringList &arguments,
                                qsizetype positional, QTextStream &out, QTextStream &err)
{
    const QCommandLineOption help = parser.addHelpOption();
    const auto helpText = [&] {
        return parser.helpText().replace(QStringLiteral("heupwijzer-contentc"),
                                         QStringLiteral("heupwijzer-contentc ") + command);
    };
    if (!parser.parse(QStringList{QStringLiteral("heupwijzer-contentc")} + arguments)) {
        err << "heupwijzer-contentc " << command << ": " << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(help)) {
        out << helpText();
        return 0;
    }
    if (parser.positionalArguments().size() != positional) {
        err << "heupwijzer-contentc " << command << ": wrong arguments\n\n" << helpText();
        return 2;
    }
    return std::nullopt;
}

} // namespace heupwijzer::contentc
