#pragma once

#include "ui/speech/readaloud.h"
#include "ui/speech/readaloudbar.h"

#include <QString>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QWidget>

// A reading pane and the read-aloud bar under it, in one shown window.
struct ReadAloudWindow {
    explicit ReadAloudWindow(const QString &engineName)
        : readAloud(engineName, nullptr), view(new QTextBrowser(&window)),
          bar(new heupwijzer::ui::ReadAloudBar(readAloud, &window))
    {
        auto *layout = new QVBoxLayout(&window);
        layout->addWidget(view);
        layout->addWidget(bar);
        view->setHtml(QStringLiteral("<h1>Heuppijn</h1><p>Rust een paar dagen. Bel de huisarts bij koorts.</p>"));
        readAloud.setTextView(view);
        window.resize(900, 400);
        window.show();
    }

    template <typename T> T *child(const char *name) const { return bar->findChild<T *>(QString::fromLatin1(name)); }

    heupwijzer::ui::ReadAloud readAloud; // outlives the window: the bar refers to it
    QWidget window;
    QTextBrowser *view;
    heupwijzer::ui::ReadAloudBar *bar;
};
