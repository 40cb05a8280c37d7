#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace heupwijzer::core {
class ContentStore;
}

namespace heupwijzer::ui {

// The program's own pages: the start page (topics and "Waar heb je pijn?") and one page per body region that
// lists the chapters about that region, possible causes first.
class StartPage {
    Q_DECLARE_TR_FUNCTIONS(StartPage)

public:
    // The body regions of the content format, in the order the start page shows them.
    static QStringList regionKeys();
    static QString regionLabel(const QString &regionKey);

    static QString html(const core::ContentStore &store);
    static QString regionHtml(const core::ContentStore &store, const QString &regionKey);
};

} // namespace heupwijzer::ui
