#pragma once

#include <QCoreApplication>
#include <QUrl>

class QWidget;

namespace heupwijzer::ui {

// A website link from the texts (a source): shows its full address and opens it in the web browser only when
// the reader says so. Heupwijzer itself never goes on the internet.
class ExternalLink {
    Q_DECLARE_TR_FUNCTIONS(ExternalLink)

public:
    static void open(const QUrl &url, QWidget *parent);
};

} // namespace heupwijzer::ui
