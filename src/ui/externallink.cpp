#include "ui/externallink.h"

#include <QDesktopServices>
#include <QMessageBox>
#include <QPushButton>

namespace heupwijzer::ui {

void ExternalLink::open(const QUrl &url, QWidget *parent)
{
    QMessageBox box(QMessageBox::Question, tr("Open website?"), tr("This link leads to a website outside Heupwijzer:"),
                    QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("externalLinkQuestion"));
    box.setInformativeText(QStringLiteral("<p><b>%1</b></p><p>%2</p>")
                               .arg(url.toString().toHtmlEscaped(),
                                    tr("Do you want to open it in your web browser? That needs the internet.")));
    QPushButton *openButton = box.addButton(tr("Open in browser"), QMessageBox::AcceptRole);
    QPushButton *stay = box.addButton(tr("Stay in Heupwijzer"), QMessageBox::RejectRole);
    box.setDefaultButton(stay); // Enter keeps the reader here: the internet is a deliberate choice
    box.exec();
    if (box.clickedButton() == static_cast<QAbstractButton *>(openButton))
        QDesktopServices::openUrl(url);
}

} // namespace heupwijzer::ui
