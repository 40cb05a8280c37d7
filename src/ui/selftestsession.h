#pragma once

#include <QObject>
#include <QString>

namespace heupwijzer::core {
class ContentStore;
}

namespace heupwijzer::ui {

class MainWindow;

// For the hidden `--self-test-session FILE.pdf`: after the window's first paint, walks through what a reader and
// a physiotherapist do in one sitting (open chapters, search, look up a glossary term, save a handout as PDF),
// then quits with 0, or with 1 and a message on stderr if a step failed. The offline test runs it under strace
// to prove no step ever opens a network socket (tests/offline/).
class SelfTestSession : public QObject {
    Q_OBJECT

public:
    SelfTestSession(MainWindow &window, const core::ContentStore &store, QString pdfPath);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void run();
    bool openChapters();
    bool search();
    bool lookUpTerm();
    bool saveHandout();
    void finish(bool ok, const QString &failedStep);

    MainWindow &m_window;
    const core::ContentStore &m_store;
    QString m_pdfPath;
    bool m_started = false;
};

} // namespace heupwijzer::ui
