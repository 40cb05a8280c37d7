#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>

namespace heupwijzer::core {

class Database;

// Where a second read-only connection to an open database comes from, so another thread can read the same
// content on a connection of its own (an SQLite connection, and what is registered on it, stays on one thread).
// Taken from the open connection itself, so it works for the embedded edition (an in-memory image, shared
// without a copy) as well as for a database file (--content FILE).
class ConnectionSource {
public:
    // Call on the thread that uses `db`, before any other thread reads the content.
    static Result<ConnectionSource> of(const Database &db);

    // A new read-only connection, for the calling thread only. The connection `of()` looked at must outlive it.
    Result<std::unique_ptr<Database>> open() const;

private:
    ConnectionSource() = default;

    QString m_path;          // a database file, or empty for an in-memory image
    QByteArrayView m_image;  // the content connection's own image bytes, shared in place
    QByteArray m_ownedImage; // a copy, only when the image could not be shared in place
};

} // namespace heupwijzer::core
