#pragma once

#include <QObject>
#include <QUrl>

#include <functional>
#include <optional>

class QAction;
class QMenu;
class QWidget;

namespace heupwijzer::core {
class ContentStore;
class UserStore;
} // namespace heupwijzer::core

namespace heupwijzer::ui {

class ReaderView;

// Connects the reader's own data (core::UserStore) to the window: the bookmark toggle on the current chapter
// with an optional note, the Bookmarks menu (open or remove one), the reading position per chapter (saved when
// leaving a chapter or closing, restored when opening it), the recent history, and "Clear my data".
class UserDataController : public QObject {
    Q_OBJECT

public:
    // Asks for the optional note of a new bookmark; nullopt when the reader cancels. Replaceable for tests.
    using NotePrompt = std::function<std::optional<QString>(QWidget *parent, const QString &chapterTitle)>;

    UserDataController(core::UserStore &userStore, const core::ContentStore &content, ReaderView &reader,
                       QWidget *window);

    core::UserStore &userStore() const { return m_userStore; }
    QAction *bookmarkAction() const { return m_bookmarkAction; }
    QAction *clearDataAction() const { return m_clearAction; }
    // Lists the bookmarks each time the menu opens, so it is never out of date.
    void attachBookmarksMenu(QMenu *menu);
    void setNotePrompt(NotePrompt prompt) { m_notePrompt = std::move(prompt); }

    // The chapter the reader last opened, if it still exists in this content edition.
    std::optional<QUrl> lastChapter() const;
    // Where the reader is now, for closing the window.
    void saveCurrentPosition();
    // Practice hand-over: forgets every bookmark, position and history entry without asking.
    void forgetEverything();

Q_SIGNALS:
    void linkRequested(const QUrl &url);

private:
    void onPageOpened(const QUrl &url);
    void onLeavingPage(const QUrl &page, double scrollFraction);
    void toggleBookmark(bool checked);
    void confirmAndClear();
    void fillBookmarksMenu(QMenu *menu);
    void updateBookmarkAction();
    QString currentChapterId() const;
    QString chapterTitle(const QString &chapterId) const;

    core::UserStore &m_userStore;
    const core::ContentStore &m_content;
    ReaderView &m_reader;
    QWidget *m_window;
    QAction *m_bookmarkAction = nullptr;
    QAction *m_clearAction = nullptr;
    NotePrompt m_notePrompt;
    QUrl m_currentPage;
};

} // namespace heupwijzer::ui
