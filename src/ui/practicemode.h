#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>

namespace heupwijzer::ui {

// Practice mode (the reader on a shared screen in the physiotherapy practice): when nobody has touched the
// keyboard, mouse or screen for the idle timeout, or when "Next patient" is pressed, handOverRequested() is
// emitted so the window can forget everything the previous patient did. It watches the whole application
// through an event filter because any widget (the reader, a dock, a dialog) may receive the input.
class PracticeMode : public QObject {
    Q_OBJECT

public:
    static constexpr std::chrono::minutes kDefaultIdleTimeout{3};

    explicit PracticeMode(std::chrono::milliseconds idleTimeout = kDefaultIdleTimeout, QObject *parent = nullptr);
    ~PracticeMode() override;

    std::chrono::milliseconds idleTimeout() const;
    void setIdleTimeout(std::chrono::milliseconds timeout);

    // The "Next patient" button: hand over now and start counting idle time again.
    void handOver();

Q_SIGNALS:
    void handOverRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    static bool isUserInput(const QEvent *event);

    QTimer m_idleTimer;
};

} // namespace heupwijzer::ui
