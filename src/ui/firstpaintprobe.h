#pragma once

#include <QElapsedTimer>
#include <QObject>

namespace heupwijzer::ui {

// For `--benchmark-first-paint`: waits for the first paint of a widget, then prints the time since `launch`
// and the peak memory so far (Linux: VmHWM) on stdout and quits the application.
class FirstPaintProbe : public QObject {
    Q_OBJECT

public:
    FirstPaintProbe(QWidget *watched, QElapsedTimer launch, QObject *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void report();

    QElapsedTimer m_launch;
    bool m_seen = false;
};

} // namespace heupwijzer::ui
