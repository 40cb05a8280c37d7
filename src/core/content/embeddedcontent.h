#pragma once

#include <QByteArrayView>

namespace heupwijzer::core::content {

// The content database built from content/ and linked into the program as the uncompressed Qt resource
// ":/content/content.db" (library heupwijzer_content). Zero-copy: the view points into the binary, so it can be
// passed straight to ContentStore::openImage. Empty when the resource is not linked in or is compressed.
QByteArrayView embeddedContentImage();

} // namespace heupwijzer::core::content
