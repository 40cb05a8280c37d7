#include "core/userdata/usermessages.h"

#include <QCoreApplication>
#include <QDir>

#include <sqlite3.h>

namespace heupwijzer::core::usermessages {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("UserStore", text);
}

// Why a write or an open failed, as one plain sentence; empty when SQLite's code has no better words than its own.
QString reasonFor(const Error &cause)
{
    switch (cause.code & 0xff) { // the primary code; extended codes only add detail
    case SQLITE_FULL:
        return tr("de schijf is vol. Maak ruimte vrij en probeer het opnieuw.");
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
    case SQLITE_AUTH:
        return tr("Heupwijzer mag op deze plek niets opslaan (de map of het bestand is alleen-lezen).");
    case SQLITE_IOERR:
        return tr("de schijf gaf een fout bij het schrijven.");
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return tr("een ander Heupwijzer-venster is net bezig met opslaan. Probeer het zo opnieuw.");
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return tr("het bestand met je gegevens is beschadigd. Start Heupwijzer opnieuw om het te herstellen.");
    default:
        return {};
    }
}

QString reasonOrMessage(const Error &cause)
{
    const QString reason = reasonFor(cause);
    return reason.isEmpty() ? cause.message : reason;
}

} // namespace

Error writeFailed(const QString &failure, const Error &cause)
{
    if (cause.code == 0)
        return cause; // our own check (a note that is too long, an unknown bookmark): already in plain Dutch
    return Error{failure + QStringLiteral(": ") + reasonOrMessage(cause), cause.code};
}

Error cannotOpen(const QString &path, const Error &cause)
{
    const QString reason = reasonFor(cause);
    // Our own messages are whole sentences; SQLite's reasons continue the first one.
    const QString text = reason.isEmpty() ? tr("Je bladwijzers en leesplekken in %1 kunnen niet worden geopend. %2")
                                          : tr("Je bladwijzers en leesplekken in %1 kunnen niet worden geopend: %2");
    return Error{text.arg(QDir::toNativeSeparators(path), reason.isEmpty() ? cause.message : reason), cause.code};
}

Error noDataFolder()
{
    return Error{tr("Deze computer wijst geen map aan voor de gegevens van programma's, dus je bladwijzers en "
                    "leesplekken kunnen niet worden bewaard."),
                 SQLITE_CANTOPEN};
}

Error cannotMakeFolder(const QString &folder)
{
    return Error{tr("Heupwijzer kan de map %1 niet maken, dus je bladwijzers en leesplekken kunnen niet worden "
                    "bewaard.")
                     .arg(QDir::toNativeSeparators(folder)),
                 SQLITE_CANTOPEN};
}

Error notAFile(const QString &path)
{
    return Error{tr("Op de plek van je gegevens (%1) staat geen bestand maar iets anders, bijvoorbeeld een map. "
                    "Heupwijzer laat het staan en bewaart nu niets.")
                     .arg(QDir::toNativeSeparators(path)),
                 SQLITE_CANTOPEN};
}

QString movedAside(const QString &copyPath)
{
    return tr("Het bestand met je bladwijzers en leesplekken was beschadigd. Heupwijzer is opnieuw begonnen met een "
              "leeg bestand. Het oude bestand staat nog als %1.")
        .arg(QDir::toNativeSeparators(copyPath));
}

QString continuingWithoutSaving(const Error &why)
{
    return why.message + u'\n' +
           tr("Je kunt gewoon verder lezen, maar bladwijzers en leesplekken worden nu niet bewaard.");
}

} // namespace heupwijzer::core::usermessages
