#include "core/content/contentloader.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace heupwijzer::core::content {

namespace {

struct InputFile {
    QString relativePath;
    SourceFile source;
};

std::optional<SourceFile> readFile(const QString &contentDir, const QString &relativePath, Diagnostics &diagnostics)
{
    const QString path = QDir(contentDir).filePath(relativePath);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        diagnostics.error(SourceLocation{path, 0, 0},
                          QStringLiteral("cannot read the file: %1").arg(file.errorString()));
        return std::nullopt;
    }
    return SourceFile(path, file.readAll());
}

QStringList listFiles(const QString &contentDir, const QString &folder, const QString &pattern)
{
    const QDir dir(QDir(contentDir).filePath(folder));
    QStringList out;
    for (const QString &name : dir.entryList({pattern}, QDir::Files, QDir::Name))
        out.append(folder % u'/' % name);
    out.sort(); // QDir::Name may follow the locale; the build must not
    return out;
}

} // namespace

ContentInputs ContentLoader::load(const QString &contentDir, Diagnostics &diagnostics)
{
    ContentInputs inputs;
    if (!QFileInfo(contentDir).isDir()) {
        diagnostics.error(SourceLocation{contentDir, 0, 0}, QStringLiteral("the content directory does not exist"));
        return inputs;
    }
    const QStringList articlePaths = listFiles(contentDir, QStringLiteral("articles"), QStringLiteral("*.md"));
    const QStringList exercisePaths = listFiles(contentDir, QStringLiteral("exercises"), QStringLiteral("*.md"));
    const QStringList imagePaths = listFiles(contentDir, QStringLiteral("images"), QStringLiteral("*.svg"));
    if (articlePaths.isEmpty())
        diagnostics.error(SourceLocation{QDir(contentDir).filePath(QStringLiteral("articles")), 0, 0},
                          QStringLiteral("no articles: add at least one articles/NAME.md"));

    QStringList all = articlePaths + exercisePaths + imagePaths;
    for (const QString &single : {QStringLiteral("edition.yaml"), QStringLiteral("glossary.yaml")}) {
        if (QFileInfo::exists(QDir(contentDir).filePath(single)))
            all.append(single);
        else
            diagnostics.error(SourceLocation{QDir(contentDir).filePath(single), 0, 0},
                              QStringLiteral("missing file: every content directory has %1").arg(single));
    }
    all.sort();

    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &relative : std::as_const(all)) {
        std::optional<SourceFile> source = readFile(contentDir, relative, diagnostics);
        if (!source)
            continue;
        hash.addData(relative.toUtf8());
        hash.addData(QByteArrayView("\0", 1));
        hash.addData(QByteArray::number(source->bytes().size()));
        hash.addData(QByteArrayView("\0", 1));
        hash.addData(source->bytes());
        if (relative == u"edition.yaml") {
            inputs.edition = std::move(source);
        } else if (relative == u"glossary.yaml") {
            inputs.glossary = std::move(source);
        } else if (relative.startsWith(u"articles/")) {
            inputs.articles.append(std::move(*source));
        } else if (relative.startsWith(u"exercises/")) {
            inputs.exercises.append(std::move(*source));
        } else {
            inputs.images.append(ImageFile{relative.mid(7), source->bytes(), {}});
            inputs.imageSources.append(std::move(*source));
        }
    }
    inputs.sha256 = QString::fromLatin1(hash.result().toHex());
    return inputs;
}

} // namespace heupwijzer::core::content
