#pragma once

#include "core/content/contentcompiler.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

// A content directory in a temporary folder, made from tests/data/content/minimal (a small valid content set)
// plus whatever a test adds: the error fixtures in tests/data/content/errors, or files written inline.
class ContentFixture {
public:
    ContentFixture();

    QString dir() const { return m_dir.filePath(QStringLiteral("content")); }
    QString path(const QString &relative) const;
    // Copies tests/data/content/errors/<name> into <folder>/ of this content directory.
    void addErrorFixture(const QString &name, const QString &folder = QStringLiteral("articles"));
    void write(const QString &relative, const QByteArray &bytes);
    heupwijzer::core::content::Compilation compile() const;
    // Somewhere to write output files, outside the content directory.
    QString outputPath(const QString &name) const { return m_dir.filePath(name); }

    static QByteArray readFile(const QString &path);

private:
    QTemporaryDir m_dir;
};

// Copies a directory tree; REQUIREs success.
void copyTree(const QString &from, const QString &to);
