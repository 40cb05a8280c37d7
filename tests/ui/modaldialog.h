#pragma once

#include <QApplication>
#include <QDeadlineTimer>
#include <QDialog>
#include <QTimer>
#include <QWidget>

#include <functional>

// Handles the next modal dialog once it is really on screen. A zero-delay timer is not enough: the event loop can
// run it before exec() has shown the dialog, which then waits for a click that never comes. So this polls, runs
// `handle` on the dialog, and closes the dialog if `handle` did not. If no dialog appears within the time limit it
// gives up, so the test fails on its own assertions instead of hanging.
// `handle` usually refers to the test's locals: a poller still waiting when its test ends is stopped by
// stopModalDialogPollers(), which tests/ui/main.cpp calls after every test case.
inline constexpr const char *kModalDialogPoller = "modalDialogPoller";

inline void whenModalDialogOpens(std::function<void(QWidget &)> handle, int timeoutMs = 10000)
{
    auto *poll = new QTimer(qApp);
    poll->setObjectName(QString::fromLatin1(kModalDialogPoller));
    poll->setInterval(10);
    const QDeadlineTimer deadline(timeoutMs);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, deadline, handle = std::move(handle)] {
        QWidget *dialog = QApplication::activeModalWidget();
        if (dialog == nullptr || !dialog->isVisible()) {
            if (deadline.hasExpired())
                poll->deleteLater();
            return;
        }
        poll->stop();
        poll->deleteLater();
        handle(*dialog);
        if (dialog->isVisible()) {
            if (auto *asDialog = qobject_cast<QDialog *>(dialog))
                asDialog->reject();
            else
                dialog->close();
        }
    });
    poll->start();
}

inline void stopModalDialogPollers()
{
    const QList<QTimer *> pollers =
        qApp->findChildren<QTimer *>(QString::fromLatin1(kModalDialogPoller), Qt::FindDirectChildrenOnly);
    for (QTimer *poll : pollers)
        delete poll; // now, not later: its test's locals are gone
}
