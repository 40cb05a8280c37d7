#include "contentc/buildcommand.h"

#include "contentc/compileoptions.h"
#include "core/content/contentwriter.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace heupwijzer::contentc {

int runBuild(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Checks CONTENT_DIR and writes the content database."));
    parser.addPositionalArgument(QStringLiteral("CONTENT_DIR"), QStringLiteral("The content folder."));
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                    QStringLiteral("The database to write."), QStringLiteral("FILE.db"));
    parser.addOption(output);
    addCompileOptions(parser);
    if (const std::optional<int> stop = parseCommand(parser, QStringLiteral("build"), arguments, 1, out, err))
        return *stop;
    if (!parser.isSet(output)) {
        err << "heupwijzer-contentc build: say where to write the database: -o FILE.db\n";
        return 2;
    }
    const std::optional<core::content::CompileOptions> options = compileOptions(parser, err);
    if (!options)
        return 2;

    const core::content::Compilation compilation =
        core::content::ContentCompiler::compile(parser.positionalArguments().at(0), *options);
    if (reportDiagnostics(compilation.diagnostics, err) > 0) {
        err << "heupwijzer-contentc build: nothing written\n";
        return 1;
    }
    const QString path = parser.value(output);
    if (auto written = core::content::ContentWriter::write(compilation.content, path); !written) {
        err << "heupwijzer-contentc build: " << written.error().message << '\n';
        return 1;
    }
    qsizetype chapters = 0;
    for (const core::content::Article &article : compilation.content.articles)
        chapters += article.chapters.size();
    out << "wrote " << path << ": " << compilation.content.articles.size() << " articles, " << chapters << " chapters, "
        << compilation.content.glossary.size() << " glossary terms, " << compilation.content.exercises.size()
        << " exercises\n";
    return 0;
}

} // namespace heupwijzer::contentc
