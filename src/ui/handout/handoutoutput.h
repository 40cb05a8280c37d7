#pragma once

#include "core/result.h"

#include <QDate>
#include <QString>

class QPrinter;

namespace heupwijzer::ui {

class HandoutDocument;

// Sets a printer up for a handout before the print dialog or the preview shows it: A4 portrait, and full-page
// mode, because the handout keeps its own margins (the printer's would come on top).
void prepareHandoutPrinter(QPrinter &printer);

// Writes the handout as a PDF file. The file appears complete or not at all (written beside it, then renamed),
// so a full disk never leaves half a handout that looks whole.
core::Result<void> saveHandoutPdf(const HandoutDocument &document, const QString &path);

// "Oefenblad 21 november 2026.pdf" in the user's Documents folder: what the save dialog suggests.
QString suggestedPdfPath(const QDate &date);

} // namespace heupwijzer::ui
