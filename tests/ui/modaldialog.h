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
inline void whenModalDialogOpens(std::function<void(QWidget &)> handle, int timeoutMs = 10000)
{
    auto *poll = new QTimer(qApp);
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
