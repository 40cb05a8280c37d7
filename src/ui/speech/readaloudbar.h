#pragma once

#include "ui/speech/readaloud.h"

#include <QWidget>

#include <initializer_list>

class QAction;
class QLabel;
class QSlider;
class QToolButton;

namespace heupwijzer::ui {

// The read-aloud controls: read aloud / pause / continue, stop, a speed slider (50–150 %) and a status line
// that also says why read-aloud does not work when it does not. Every control is reached with Tab and has an
// accessible name and a tooltip. The window may put playAction() and stopAction() in a menu or give them
// shortcuts; the buttons follow them.
class ReadAloudBar : public QWidget {
    Q_OBJECT

public:
    explicit ReadAloudBar(ReadAloud &readAloud, QWidget *parent = nullptr);

    QAction *playAction() const { return m_playAction; }
    QAction *stopAction() const { return m_stopAction; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void setupActions();
    void setupLayout();
    QToolButton *makeButton(QAction *action, const QString &objectName);
    // A row of widgets that stays together on one line; `stretch` takes the spare width.
    QWidget *group(std::initializer_list<QWidget *> widgets, QWidget *stretch = nullptr);
    void showState(ReadAloud::State state);
    void showStatus(const QString &text);
    void showSpeed(int percent);
    void fitHeightToWidth();

    ReadAloud &m_readAloud;
    QAction *m_playAction = nullptr;
    QAction *m_stopAction = nullptr;
    QToolButton *m_playButton = nullptr;
    QToolButton *m_stopButton = nullptr;
    QSlider *m_speedSlider = nullptr;
    QLabel *m_speedLabel = nullptr;
    QLabel *m_warningIcon = nullptr;
    QLabel *m_statusLabel = nullptr;
};

} // namespace heupwijzer::ui
