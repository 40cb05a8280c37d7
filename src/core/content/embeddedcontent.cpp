#include "core/content/embeddedcontent.h"

#include "core/logging.h"

#include <QResource>

namespace heupwijzer::core::content {

QByteArrayView embeddedContentImage()
{
    const QResource resource(QStringLiteral(":/content/content.db"));
    if (!resource.isValid()) {
        qCWarning(lcContent) << "the embedded content database :/content/content.db is not linked in";
        return {};
    }
    // A compressed resource would have to be unpacked into a copy; the build embeds it with --no-compress.
    if (resource.compressionAlgorithm() != QResource::NoCompression) {
        qCWarning(lcContent) << "the embedded content database is compressed; rebuild with --no-compress";
        return {};
    }
    return QByteArrayView(reinterpret_cast<const char *>(resource.data()), resource.size());
}

} // namespace heupwijzer::core::content
