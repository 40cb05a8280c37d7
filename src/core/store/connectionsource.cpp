#include "core/store/connectionsource.h"

#include "core/store/database.h"

#include <sqlite3.h>

namespace heupwijzer::core {

Result<ConnectionSource> ConnectionSource::of(const Database &db)
{
    ConnectionSource source;
    // An image opened with sqlite3_deserialize: NOCOPY hands back the very bytes the connection reads, which
    // stay put as long as it is open (read-only, never resized).
    sqlite3_int64 size = 0;
    if (unsigned char *shared = sqlite3_serialize(db.handle(), "main", &size, SQLITE_SERIALIZE_NOCOPY)) {
        source.m_image = QByteArrayView(reinterpret_cast<const char *>(shared), size);
        return source;
    }
    // Anything else that has a file name is a file (an image's in-memory database has a made-up one).
    const char *file = sqlite3_db_filename(db.handle(), "main");
    if (file != nullptr && *file != '\0') {
        source.m_path = QString::fromUtf8(file);
        return source;
    }
    // An ordinary in-memory database (tests): a private copy.
    auto copy = db.serialize();
    if (!copy)
        return copy.error();
    source.m_ownedImage = std::move(copy).value();
    return source;
}

Result<std::unique_ptr<Database>> ConnectionSource::open() const
{
    if (!m_path.isEmpty())
        return Database::open(m_path, Database::Mode::ReadOnly);
    return Database::openImage(m_ownedImage.isEmpty() ? m_image : QByteArrayView(m_ownedImage));
}

} // namespace heupwijzer::core
