// Content build benchmark: how long `heupwijzer-contentc build` takes and how big content.db gets, for the real
// content and for a synthetic corpus of 10,000 chapters made from it. Run by hand:
//   contentbuild_bench [--chapters N]
// Prints only; it is no test (nothing to pass or fail), so it is not registered with CTest.
#include "core/content/contentcompiler.h"
#include "core/content/contentwriter.h"
#include "core/store/contentstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>

using namespace heupwijzer::core;

namespace {

struct RealChapter {
    QString frontMatter; // of its article, without the id line
    QString markdown;    // from its "## " line up to the next
};

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return QString::fromUtf8(file.readAll());
}

void writeText(const QString &path, const QString &text)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0)
        qFatal("cannot write %s", qPrintable(path));
}

// The real chapters, and for every article and chapter id the chapter a link to it opens.
QList<RealChapter> readRealChapters(const QString &contentDir, QHash<QString, QString> &linkTarget)
{
    static const QRegularExpression chapterId(QStringLiteral("^## .*\\{#([a-z0-9-]+)"));
    static const QRegularExpression articleId(QStringLiteral("(?m)^id: *([a-z0-9-]+)\\s*$"));
    QList<RealChapter> out;
    const QDir articles(QDir(contentDir).filePath(QStringLiteral("articles")));
    for (const QString &name : articles.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name)) {
        const QString text = readText(articles.filePath(name));
        const qsizetype bodyStart = text.indexOf(QStringLiteral("\n---\n"), 3) + 5;
        QString frontMatter = text.left(bodyStart);
        const QString article = articleId.match(frontMatter).captured(1);
        frontMatter.remove(articleId);
        frontMatter.replace(QStringLiteral("kind: condition"), QStringLiteral("kind: information"));
        QString firstChapter;
        for (const QString &chunk : text.mid(bodyStart).split(QStringLiteral("\n## "), Qt::SkipEmptyParts)) {
            const QString markdown = chunk.startsWith(QStringLiteral("## ")) ? chunk : QStringLiteral("## ") + chunk;
            const QString id = chapterId.match(markdown).captured(1);
            if (id.isEmpty())
                continue;
            if (firstChapter.isEmpty())
                firstChapter = id;
            linkTarget.insert(id, id);
            out.append(RealChapter{frontMatter, markdown});
        }
        linkTarget.insert(article, firstChapter);
    }
    return out;
}

// Copy `cycle` of every real chapter gets the ids "<id>-<cycle>"; links point into the complete copy 0.
QString renumbered(const QString &markdown, int cycle, const QHash<QString, QString> &linkTarget)
{
    static const QRegularExpression heading(QStringLiteral("\\{#([a-z0-9-]+)"));
    static const QRegularExpression link(QStringLiteral("\\]\\(#([a-z0-9-]+)"));
    QString out = markdown;
    out.replace(heading, QStringLiteral("{#\\1-") + QString::number(cycle));
    QString linked;
    qsizetype last = 0;
    for (auto it = link.globalMatch(out); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        linked += out.mid(last, match.capturedStart() - last) + QStringLiteral("](#") +
                  linkTarget.value(match.captured(1), match.captured(1)) + QStringLiteral("-0");
        last = match.capturedEnd();
    }
    return linked + out.mid(last);
}

void makeSyntheticContent(const QString &realDir, const QString &targetDir, int chapters)
{
    for (const QString &folder : {QStringLiteral("exercises"), QStringLiteral("images")}) {
        QDirIterator it(QDir(realDir).filePath(folder), QDir::Files);
        while (it.hasNext()) {
            const QString source = it.next();
            writeText(QDir(targetDir).filePath(folder + u'/' + it.fileName()), readText(source));
        }
    }
    for (const QString &file : {QStringLiteral("glossary.yaml"), QStringLiteral("edition.yaml")})
        writeText(QDir(targetDir).filePath(file), readText(QDir(realDir).filePath(file)));

    QHash<QString, QString> linkTarget;
    const QList<RealChapter> real = readRealChapters(realDir, linkTarget);
    constexpr int kChaptersPerArticle = 100;
    for (int first = 0; first < chapters; first += kChaptersPerArticle) {
        const int article = first / kChaptersPerArticle;
        QString text = real.at(first % real.size()).frontMatter;
        text.insert(4, QStringLiteral("id: synthetic-%1\n").arg(article, 4, 10, QLatin1Char('0')));
        for (int n = first; n < std::min(chapters, first + kChaptersPerArticle); ++n)
            text += QStringLiteral("\n") + renumbered(real.at(n % real.size()).markdown, n / real.size(), linkTarget);
        writeText(QDir(targetDir).filePath(QStringLiteral("articles/%1.md").arg(article, 4, 10, QLatin1Char('0'))),
                  text);
    }
}

void measure(const QString &label, const QString &contentDir, QTextStream &out)
{
    QElapsedTimer timer;
    timer.start();
    const content::Compilation compilation = content::ContentCompiler::compile(contentDir);
    const qint64 compileMs = timer.restart();
    if (!compilation.ok()) {
        for (const content::Diagnostic &diagnostic : compilation.diagnostics.sorted().mid(0, 10))
            out << diagnostic.toString() << '\n';
        qFatal("%s: the content has %d errors", qPrintable(label), compilation.diagnostics.errorCount());
    }
    auto image = content::ContentWriter::image(compilation.content);
    const qint64 writeMs = timer.restart();
    if (!image)
        qFatal("%s: %s", qPrintable(label), qPrintable(image.error().message));
    auto store = ContentStore::openImage(image.value());
    const qint64 openMs = timer.elapsed();
    if (!store)
        qFatal("%s: %s", qPrintable(label), qPrintable(store.error().message));
    qsizetype chapters = 0;
    for (const content::Article &article : compilation.content.articles)
        chapters += article.chapters.size();
    out << label << ": " << chapters << " chapters; check+render " << compileMs << " ms, database+search index "
        << writeMs << " ms, total build " << compileMs + writeMs << " ms; content.db "
        << QString::number(image.value().size() / 1048576.0, 'f', 2) << " MiB; ContentStore::openImage " << openMs
        << " ms\n";
    out.flush();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption chapters(QStringLiteral("chapters"), QStringLiteral("Synthetic corpus size."),
                                      QStringLiteral("N"), QStringLiteral("10000"));
    parser.addOption(chapters);
    parser.addHelpOption();
    parser.process(app);

    QTextStream out(stdout);
    measure(QStringLiteral("real content"), QStringLiteral(HEUPWIJZER_CONTENT_DIR), out);
    QTemporaryDir synthetic;
    if (!synthetic.isValid())
        qFatal("no temporary folder");
    makeSyntheticContent(QStringLiteral(HEUPWIJZER_CONTENT_DIR), synthetic.path(), parser.value(chapters).toInt());
    measure(QStringLiteral("synthetic corpus"), synthetic.path(), out);
    return 0;
}
