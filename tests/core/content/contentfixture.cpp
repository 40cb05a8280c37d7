#include "contentfixture.h"

#include "common/catch_qt.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

void copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString target = QDir(to).filePath(QDir(from).relativeFilePath(source));
        REQUIRE(QDir().mkpath(QFileInfo(target).path()));
        REQUIRE(QFile::copy(source, target));
    }
}

ContentFixture::ContentFixture()
{
    REQUIRE(m_dir.isValid());
    copyTree(QStringLiteral(HEUPWIJZER_TEST_DATA "/content/minimal"), dir());
}

QString ContentFixture::path(const QString &relative) const
{
    return QDir(dir()).filePath(relative);
}

void ContentFixture::addErrorFixture(const QString &name, const QString &folder)
{
    const QString source = QStringLiteral(HEUPWIJZER_TEST_DATA "/content/errors/") + name;
    REQUIRE(QFile::copy(source, path(folder + u'/' + name)));
}

void ContentFixture::write(const QString &relative, const QByteArray &bytes)
{
    REQUIRE(QDir().mkpath(QFileInfo(path(relative)).path()));
    QFile file(path(relative));
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

heupwijzer::core::content::Compilation ContentFixture::compile() const
{
    return heupwijzer::core::content::ContentCompiler::compile(dir());
}

QByteArray ContentFixture::readFile(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}
