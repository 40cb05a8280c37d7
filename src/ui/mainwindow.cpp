#include "ui/mainwindow.h"

#include <QTextBrowser>

namespace heupwijzer::ui {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Heupwijzer"));
    setupReader();
    resize(1100, 760);
}

void MainWindow::setupReader()
{
    m_reader = new QTextBrowser(this);
    m_reader->setObjectName(QStringLiteral("reader"));
    m_reader->setAccessibleName(tr("Leesvenster"));
    m_reader->setOpenLinks(false);
    setCentralWidget(m_reader);
}

} // namespace heupwijzer::ui
