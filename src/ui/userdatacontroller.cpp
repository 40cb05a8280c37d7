#include "ui/userdatacontroller.h"

#include "core/store/contentstore.h"
#include "core/userdata/userstore.h"
#include "ui/links.h"
#include "ui/readerview.h"
#include "ui/uilogging.h"

#include <QAction>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>

namespace heupwijzer::ui {

namespace {

std::optional<QString> askNote(QWidget *parent, const QString &chapterTitle)
{
    bool ok = false;
    const QString note = QInputDialog::getText(parent, UserDataController::tr("Bookmark"),
                                               UserDataController::tr("Bookmark “%1”.\nA short note (you may leave it empty):")
                                                   .arg(chapterTitle),
                                               QLineEdit::Normal, QString(), &ok);
    return ok ? std::optional<QString>(note.left(core::UserStore::kMaxNoteLength)) : std::nullopt;
}

template <typename T>
bool reported(const T &result, const char *what)
{
    if (!result)
        qCWarning(lcUi) << what << result.error().message;
    return !result;
}

} // namespace

UserDataController::UserDataController(core::UserStore &userStore, const core::ContentStore &content,
                                       ReaderView &reader, QWidget *window)
    : QObject(window), m_userStore(userStore), m_content(content), m_reader(reader), m_window(window),
      m_notePrompt(askNote)
{
    m_bookmarkAction = new QAction(tr("&Bookmark"), this);
    m_bookmarkAction->setCheckable(true);
    m_bookmarkAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_bookmarkAction->setEnabled(false);
    connect(m_bookmarkAction, &QAction::triggered, this, &UserDataController::toggleBookmark);

    m_clearAction = new QAction(tr("&Clear my data…"), this);
    connect(m_clearAction, &QAction::triggered, this, &UserDataController::confirmAndClear);

    connect(&m_reader, &QTextBrowser::sourceChanged, this, &UserDataController::onPageOpened);
    connect(&m_reader, &ReaderView::leavingPage, this, &UserDataController::onLeavingPage);
    connect(&m_userStore, &core::UserStore::bookmarksChanged, this, &UserDataController::updateBookmarkAction);
}

void UserDataController::attachBookmarksMenu(QMenu *menu)
{
    connect(menu, &QMenu::aboutToShow, this, [this, menu] { fillBookmarksMenu(menu); });
    fillBookmarksMenu(menu); // also filled now, so the shortcut works before the menu was ever opened
}

void UserDataController::fillBookmarksMenu(QMenu *menu)
{
    menu->clear();
    menu->addAction(m_bookmarkAction);
    menu->addSeparator();
    const auto bookmarks = m_userStore.bookmarks();
    if (reported(bookmarks, "Cannot list the bookmarks:") || bookmarks->isEmpty()) {
        menu->addAction(tr("No bookmarks yet"))->setEnabled(false);
        return;
    }
    QMenu *remove = new QMenu(tr("&Remove a bookmark"), menu);
    for (const core::Bookmark &bookmark : *bookmarks) {
        const QString title = chapterTitle(bookmark.chapterId);
        const QString label = bookmark.note.isEmpty() ? title : tr("%1 – %2").arg(title, bookmark.note);
        const QUrl url = links::chapter(bookmark.chapterId, bookmark.anchor);
        connect(menu->addAction(label), &QAction::triggered, this, [this, url] { Q_EMIT linkRequested(url); });
        connect(remove->addAction(label), &QAction::triggered, this, [this, id = bookmark.id] {
            reported(m_userStore.removeBookmark(id), "Cannot remove a bookmark:");
        });
    }
    menu->addSeparator();
    menu->addMenu(remove);
}

std::optional<QUrl> UserDataController::lastChapter() const
{
    const auto last = m_userStore.lastOpenedChapter();
    if (reported(last, "Cannot read the last chapter:") || !last->has_value() ||
        m_content.chapter(**last) == nullptr)
        return std::nullopt;
    return links::chapter(**last);
}

void UserDataController::saveCurrentPosition()
{
    onLeavingPage(m_reader.source(), m_reader.scrollFraction());
}

void UserDataController::forgetEverything()
{
    reported(m_userStore.clearAll(), "Cannot clear the reader's data:");
    updateBookmarkAction();
}

void UserDataController::onPageOpened(const QUrl &url)
{
    m_currentPage = url; // QTextBrowser::source() still names the old page while sourceChanged() is emitted
    updateBookmarkAction();
    if (links::kindOf(url) != LinkKind::Chapter)
        return;
    const QString chapterId = links::target(url);
    reported(m_userStore.recordChapterOpened(chapterId), "Cannot record the history:");
    if (url.hasFragment())
        return; // a link to a section: the section, not the old position, is what the reader asked for
    const auto position = m_userStore.readingPosition(chapterId);
    if (!reported(position, "Cannot read the reading position:") && position->has_value())
        m_reader.setScrollFraction((*position)->fraction);
}

void UserDataController::onLeavingPage(const QUrl &page, double scrollFraction)
{
    if (links::kindOf(page) == LinkKind::Chapter)
        reported(m_userStore.saveReadingPosition(links::target(page), scrollFraction),
                 "Cannot save the reading position:");
}

void UserDataController::toggleBookmark(bool checked)
{
    const QString chapterId = currentChapterId();
    if (chapterId.isEmpty())
        return;
    if (!checked) {
        const auto existing = m_userStore.bookmarksInChapter(chapterId);
        if (!reported(existing, "Cannot list the bookmarks:"))
            for (const core::Bookmark &bookmark : *existing)
                reported(m_userStore.removeBookmark(bookmark.id), "Cannot remove a bookmark:");
        updateBookmarkAction();
        return;
    }
    const std::optional<QString> note = m_notePrompt(m_window, chapterTitle(chapterId));
    if (note.has_value())
        reported(m_userStore.addBookmark(chapterId, {}, *note), "Cannot add a bookmark:");
    updateBookmarkAction();
}

void UserDataController::confirmAndClear()
{
    const auto answer = QMessageBox::question(
        m_window, tr("Clear my data"),
        tr("Remove all your bookmarks, notes, reading positions and the list of chapters you read?\n"
           "This cannot be undone."),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        forgetEverything();
}

void UserDataController::updateBookmarkAction()
{
    const QString chapterId = currentChapterId();
    m_bookmarkAction->setEnabled(!chapterId.isEmpty());
    bool bookmarked = false;
    if (!chapterId.isEmpty()) {
        const auto existing = m_userStore.bookmarksInChapter(chapterId);
        bookmarked = !reported(existing, "Cannot list the bookmarks:") && !existing->isEmpty();
    }
    m_bookmarkAction->setChecked(bookmarked);
}

QString UserDataController::currentChapterId() const
{
    const QUrl &url = m_currentPage;
    return links::kindOf(url) == LinkKind::Chapter ? links::target(url) : QString();
}

QString UserDataController::chapterTitle(const QString &chapterId) const
{
    const core::ChapterInfo *chapter = m_content.chapter(chapterId);
    return chapter != nullptr ? chapter->title : chapterId;
}

} // namespace heupwijzer::ui
