#pragma once

#include <QDialog>

class QTextBrowser;

namespace heupwijzer::core {
struct ContentMeta;
}

namespace heupwijzer::ui {

// Version, content edition and its checks (reviewed date, hash), and the licences of the libraries used.
class AboutDialog : public QDialog {
    Q_OBJECT

public:
    AboutDialog(const core::ContentMeta &meta, QWidget *parent = nullptr);

    static QString aboutHtml(const core::ContentMeta &meta);

private:
    void sizeToText(QTextBrowser &text);
};

} // namespace heupwijzer::ui
