// Test helper for crash_test.cpp: adds bookmarks (and moves the reading position and history along) as fast as it
// can, printing "<id> <anchor>" for each bookmark only after its transaction committed. The test kills it with
// SIGKILL at a random moment and then checks that every printed bookmark survived.

#include "core/userdata/userstore.h"

#include <QCoreApplication>

#include <cstdio>

using namespace heupwijzer::core;

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "userdata_writer: %s\n", message.toLocal8Bit().constData());
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2)
        return fail(QStringLiteral("usage: userdata_writer DATABASE"));
    auto opened = UserStore::open(QString::fromLocal8Bit(argv[1]), systemClock());
    if (!opened)
        return fail(opened.error().message);
    // A kill must never make the file look damaged; if it did, the test's bookmarks would now be in a copy.
    if (!opened->corruptCopy.isEmpty())
        return fail(QStringLiteral("the database was moved aside as damaged: ") + opened->corruptCopy);
    UserStore &store = *opened->store;
    const QString run = QString::number(QCoreApplication::applicationPid());
    for (qint64 i = 0;; ++i) {
        const QString chapter = QStringLiteral("hoofdstuk-%1").arg(i % 7);
        const QString anchor = QStringLiteral("run-%1-%2").arg(run).arg(i);
        auto added = store.addBookmark(chapter, anchor, QStringLiteral("notitie %1").arg(i));
        if (!added)
            return fail(added.error().message);
        std::printf("%lld %s\n", static_cast<long long>(added->id), anchor.toUtf8().constData());
        std::fflush(stdout);
        if (auto saved = store.saveReadingPosition(chapter, static_cast<double>(i % 100) / 100.0); !saved)
            return fail(saved.error().message);
        if (auto recorded = store.recordChapterOpened(chapter); !recorded)
            return fail(recorded.error().message);
    }
}
