#pragma once

#include <QCoreApplication>
#include <QSet>
#include <QString>
#include <QTranslator>

// Records every text of the program's own classes that the Dutch translation does not have, while it exists: an
// interface text that a user would see in English. It answers with the program's real translation (the same .qm
// the program loads), so the window behaves exactly as with the normal translators.
class UntranslatedTexts : public QTranslator {
public:
    UntranslatedTexts()
    {
        m_ok = m_dutch.load(QStringLiteral(":/i18n/heupwijzer_nl.qm")) && QCoreApplication::installTranslator(this);
    }
    ~UntranslatedTexts() override { QCoreApplication::removeTranslator(this); }
    UntranslatedTexts(const UntranslatedTexts &) = delete;
    UntranslatedTexts &operator=(const UntranslatedTexts &) = delete;

    bool ok() const { return m_ok; }
    QStringList texts() const { return QStringList(m_missing.cbegin(), m_missing.cend()); }

    QString translate(const char *context, const char *sourceText, const char *disambiguation, int n) const override
    {
        const QString dutch = m_dutch.translate(context, sourceText, disambiguation, n);
        // Qt's own classes have their own translation (qtbase_nl); only the program's texts are ours to check.
        if (dutch.isEmpty() && QByteArrayView(context).startsWith("heupwijzer::"))
            m_missing.insert(QString::fromUtf8(context) + u": " + QString::fromUtf8(sourceText));
        return dutch;
    }

    bool isEmpty() const override { return false; }

private:
    QTranslator m_dutch;
    mutable QSet<QString> m_missing;
    bool m_ok = false;
};
