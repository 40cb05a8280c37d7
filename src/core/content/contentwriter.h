#pragma once

#include "core/content/contentset.h"
#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace heupwijzer::core::content {

// Writes a compiled ContentSet as a content database (core/store/contentschema.h) with its search index.
// Deterministic: no clock, no random ids, fixed insert order and a VACUUM at the end, so identical content
// gives identical bytes.
class ContentWriter {
public:
    // The database image, built in memory.
    static Result<QByteArray> image(const ContentSet &content);
    // Atomic: the image goes to a temporary file next to `path` that replaces `path` only when complete, so
    // on any error nothing is written and an existing file stays as it was.
    static Result<void> write(const ContentSet &content, const QString &path);
};

} // namespace heupwijzer::core::content
