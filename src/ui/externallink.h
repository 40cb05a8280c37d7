#pragma once

#include <QUrl>

class QWidget;

namespace heupwijzer::ui {

// A website link from the texts (a source): shows its full address and opens it in the web browser only when
// the reader says so. Heupwijzer itself never goes on the internet.
void openExternalLink(const QUrl &url, QWidget *parent);

} // namespace heupwijzer::ui
