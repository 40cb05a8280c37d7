#pragma once

#include <QObject>
#include <QUrl>

class QAction;

namespace heupwijzer::core {
class ContentStore;
}

namespace heupwijzer::ui {

class ReaderView;

// The window's ways of moving through the texts: back and forward through the reader's history (Alt+Left/Right),
// the start page, and the previous and next chapter in reading order (across article borders). It keeps the
// previous/next actions enabled only where there is a neighbour and names the neighbour in their tooltips.
class NavigationActions : public QObject {
    Q_OBJECT

public:
    NavigationActions(const core::ContentStore &store, ReaderView &reader, QObject *parent);

    QAction *back() const { return m_back; }
    QAction *forward() const { return m_forward; }
    QAction *home() const { return m_home; }
    QAction *previousChapter() const { return m_previous; }
    QAction *nextChapter() const { return m_next; }

    // The page shown changed. sourceChanged() comes before QTextBrowser::source() returns the new page, so the
    // page is passed in.
    void update(const QUrl &current);

Q_SIGNALS:
    void startPageRequested();
    void linkRequested(const QUrl &url);

private:
    void createHistoryActions();
    void createChapterActions();
    void goToNeighbour(int direction);

    const core::ContentStore &m_store;
    ReaderView &m_reader;
    QAction *m_back = nullptr;
    QAction *m_forward = nullptr;
    QAction *m_home = nullptr;
    QAction *m_previous = nullptr;
    QAction *m_next = nullptr;
};

} // namespace heupwijzer::ui
