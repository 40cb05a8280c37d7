// The composition root: builds the stores and the window and wires them together. Nothing else lives here.
#include "ui/mainwindow.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Heupwijzer"));
    QApplication::setOrganizationName(QStringLiteral("Heupwijzer"));
    QApplication::setApplicationVersion(QStringLiteral(HEUPWIJZER_VERSION));

    heupwijzer::ui::MainWindow window;
    window.show();
    return QApplication::exec();
}
