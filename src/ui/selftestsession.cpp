#include "ui/selftestsession.h"

#include "core/store/contentstore.h"
#include "ui/glossarypanel.h"
#include "ui/handout/handoutdocument.h"
#include "ui/handout/handoutoutput.h"
#include "ui/links.h"
#include "ui/mainwindow.h"
#include "ui/readerview.h"
#include "ui/searchpanel.h"
#include "ui/uilogging.h"

#include <QCoreApplication>
#include <QEvent>
#include <QEventLoop>
#include <QLineEdit>
#include <QTimer>

#include <algorithm>
#include <cstdio>

namespace heupwijzer::ui {

namespace {
// Enough chapters to pass through the start page, a condition chapter with boxes, and the exercises.
constexpr qsizetype kChaptersToOpen = 4;
// A word every edition uses, typed the way a patient would (lower case, Dutch).
constexpr QStringView kSearchText = u"heup pijn";
constexpr int kSearchTimeoutMs = 10000;
} // namespace

SelfTestSession::SelfTestSession(MainWindow &window, const core::ContentStore &store, QString pdfPath)
    : QObject(&window), m_window(window), m_store(store), m_pdfPath(std::move(pdfPath))
{
    window.reader()->viewport()->installEventFilter(this);
}

bool SelfTestSession::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && !m_started) {
        m_started = true;
        // After the paint has completed: the session starts from a window the user could already see.
        QTimer::singleShot(0, this, &SelfTestSession::run);
    }
    return QObject::eventFilter(watched, event);
}

void SelfTestSession::run()
{
    if (!openChapters())
        return finish(false, QStringLiteral("open chapters"));
    if (!search())
        return finish(false, QStringLiteral("search"));
    if (!lookUpTerm())
        return finish(false, QStringLiteral("glossary"));
    if (!saveHandout())
        return finish(false, QStringLiteral("handout PDF"));
    finish(true, {});
}

bool SelfTestSession::openChapters()
{
    const QList<const core::ChapterInfo *> chapters = m_store.chaptersInOrder();
    if (chapters.isEmpty())
        return false;
    for (qsizetype i = 0; i < std::min(kChaptersToOpen, chapters.size()); ++i) {
        const QUrl url = links::chapter(chapters.at(i)->id);
        m_window.openLink(url);
        if (m_window.reader()->source() != url)
            return false;
        m_window.reader()->viewport()->repaint(); // paint it, as a reader would see it
    }
    return true;
}

bool SelfTestSession::search()
{
    auto *panel = m_window.findChild<SearchPanel *>();
    if (panel == nullptr)
        return false;
    // The search runs on its own thread: wait for the answer as a reader would, with a generous limit.
    QEventLoop answered;
    connect(panel, &SearchPanel::resultsShown, &answered, &QEventLoop::quit);
    QTimer::singleShot(kSearchTimeoutMs, &answered, &QEventLoop::quit);
    panel->searchField()->setText(kSearchText.toString());
    answered.exec();
    return panel->hitCount() > 0;
}

bool SelfTestSession::lookUpTerm()
{
    auto *panel = m_window.findChild<GlossaryPanel *>();
    if (panel == nullptr || m_store.glossary().isEmpty())
        return false;
    const QString termId = m_store.glossary().first().id;
    m_window.openLink(links::term(termId));
    return panel->currentTermId() == termId;
}

bool SelfTestSession::saveHandout()
{
    HandoutDocument::Contents contents;
    for (const core::Exercise &exercise : m_store.exercises().mid(0, 2))
        contents.items.append({HandoutItem::Kind::Exercise, exercise.id, {}, exercise.title});
    const QList<const core::ChapterInfo *> chapters = m_store.chaptersInOrder();
    if (!chapters.isEmpty())
        contents.items.append({HandoutItem::Kind::Chapter, chapters.first()->id, {}, chapters.first()->title});
    contents.note = QStringLiteral("Zelftest");
    contents.date = QDate::currentDate();
    const HandoutDocument document(m_store, std::move(contents));
    const core::Result<void> saved = saveHandoutPdf(document, m_pdfPath);
    if (!saved)
        qCWarning(lcUi) << "self-test: handout not saved:" << saved.error().message;
    return saved.ok();
}

void SelfTestSession::finish(bool ok, const QString &failedStep)
{
    if (!ok)
        std::fprintf(stderr, "self-test session failed at: %s\n", qPrintable(failedStep));
    QCoreApplication::exit(ok ? 0 : 1);
}

} // namespace heupwijzer::ui
