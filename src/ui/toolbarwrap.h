#pragma once

#include <QObject>

class QMainWindow;
class QToolBar;
class QWidget;

namespace heupwijzer::ui {

// Keeps a second tool bar (the search field) on the row of the first while both fit, and gives it a row of its
// own when they don't: with a large system font in a narrow window the field would otherwise drop into the tool
// bar's » overflow menu, and search must always be in sight. Follows the window's width and font.
class ToolBarWrap : public QObject {
public:
    // `field` is the widget on `second` that must stay wide enough to use.
    ToolBarWrap(QMainWindow &window, QToolBar &first, QToolBar &second, const QWidget &field);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void update();
    int fieldWidth() const;

    QMainWindow &m_window;
    QToolBar &m_first;
    QToolBar &m_second;
    const QWidget &m_field;
    bool m_ownRow = false;
};

} // namespace heupwijzer::ui
