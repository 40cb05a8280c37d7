#pragma once

#include "core/result.h"

#include <QString>

namespace heupwijzer::core::usermessages {

// The Dutch sentences the reader sees when the user store cannot do its work. Each keeps SQLite's result code in
// Error::code, so the caller can still tell a full disk from a read-only folder.

// `failure` says what did not happen ("De bladwijzer is niet bewaard"); the cause adds why, in plain words.
Error writeFailed(const QString &failure, const Error &cause);
// The database file at `path` could not be opened or set up.
Error cannotOpen(const QString &path, const Error &cause);
// The system names no folder for application data, so there is no place for user.db.
Error noDataFolder();
// The folder for user.db could not be made.
Error cannotMakeFolder(const QString &folder);
// Something that is not a file (a folder, a device) sits where user.db belongs.
Error notAFile(const QString &path);
// Told once after a damaged user.db was moved aside and a fresh one was made.
QString movedAside(const QString &copyPath);
// Told when the reader continues without saving anything.
QString continuingWithoutSaving(const Error &why);

} // namespace heupwijzer::core::usermessages
