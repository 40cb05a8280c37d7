#include "ui/handout/handoutoutput.h"

#include "core/content/exercisecardhtml.h"
#include "ui/handout/handoutdocument.h"

#include <QCoreApplication>
#include <QDir>
#include <QPdfWriter>
#include <QPrinter>
#include <QSaveFile>
#include <QStandardPaths>

namespace heupwijzer::ui {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("HandoutOutput", text);
}
} // namespace

void prepareHandoutPrinter(QPrinter &printer)
{
    printer.setFullPage(true);
    printer.setPageLayout(HandoutDocument::pageLayout());
    printer.setDocName(QStringLiteral("Oefenblad"));
}

core::Result<void> saveHandoutPdf(const HandoutDocument &document, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return core::Error{tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    {
        QPdfWriter writer(&file);
        writer.setTitle(QStringLiteral("Oefenblad"));
        writer.setCreator(QStringLiteral("Heupwijzer"));
        // 300 dpi: text and drawings are vectors anyway; this only sets the grid they are placed on.
        writer.setResolution(300);
        if (auto rendered = document.render(writer); !rendered) {
            file.cancelWriting();
            return rendered;
        }
    } // the writer finishes the PDF when it is destroyed, before the file is committed
    if (!file.commit())
        return core::Error{tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    return {};
}

QString suggestedPdfPath(const QDate &date)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = QStringLiteral("Oefenblad ") + core::content::dutchDate(date) + QStringLiteral(".pdf");
    return folder.isEmpty() ? name : QDir(folder).filePath(name);
}

} // namespace heupwijzer::ui
