// The program carries content/ compiled into :/content/content.db (library heupwijzer_content).
#include "common/catch_qt.h"
#include "core/content/embeddedcontent.h"
#include "core/store/contentstore.h"

#include <QResource>

using namespace heupwijzer::core;

TEST_CASE("The embedded content database opens without a copy", "[compiler]")
{
    const QByteArrayView image = content::embeddedContentImage();
    REQUIRE_FALSE(image.isEmpty());
    // Zero-copy: the view points at the resource bytes inside the binary, which rcc left uncompressed.
    const QResource resource(QStringLiteral(":/content/content.db"));
    CHECK(resource.compressionAlgorithm() == QResource::NoCompression);
    CHECK(static_cast<const void *>(image.data()) == static_cast<const void *>(resource.data()));

    auto store = ContentStore::openImage(image);
    REQUIRE(store.ok());
    CHECK_FALSE(store.value()->library().isEmpty());
    CHECK_FALSE(store.value()->glossary().isEmpty());
    CHECK(store.value()->meta().contentHash.size() == 64);
    CHECK(store.value()->chapter(QStringLiteral("iliopsoassyndroom")) != nullptr);
}
