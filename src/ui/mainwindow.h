#pragma once

#include <QMainWindow>

class QTextBrowser;

namespace heupwijzer::ui {

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

private:
    void setupReader();

    QTextBrowser *m_reader = nullptr;
};

} // namespace heupwijzer::ui
