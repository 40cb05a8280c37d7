// libFuzzer target: whatever bytes reach the search field (typed, pasted, invalid UTF-8 or UTF-16), the query
// builder must hand FTS5 nothing it reads as syntax, and the engine must answer without an error.
#include "../core/search/searchfixture.h"

#include "core/search/searchengine.h"
#include "core/store/database.h"

#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

heupwijzer::core::search::SearchEngine &engine()
{
    // One fixture for the whole run: building it per input would measure SQLite, not the query builder.
    static auto db = heupwijzer::tests::makeSearchFixture();
    if (!db.ok()) {
        std::fprintf(stderr, "fixture: %s\n", qPrintable(db.error().message));
        std::abort();
    }
    static heupwijzer::core::search::SearchEngine instance(*db.value());
    return instance;
}

void searchOrAbort(const QString &text, std::uint8_t flags)
{
    heupwijzer::core::search::SearchOptions options;
    options.asYouType = (flags & 1) != 0;
    options.limit = 1 + (flags >> 4);
    if ((flags & 2) != 0)
        options.region = QStringLiteral("lies");
    const auto results = engine().search(text, options);
    if (!results.ok()) {
        std::fprintf(stderr, "search failed: %s\n", qPrintable(results.error().message));
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const std::uint8_t flags = data[0];
    const char *bytes = reinterpret_cast<const char *>(data + 1);
    const auto length = static_cast<qsizetype>(size - 1);
    searchOrAbort(QString::fromUtf8(bytes, length), flags);
    // The same bytes as UTF-16: lone surrogates and noncharacters that UTF-8 decoding would replace.
    searchOrAbort(QString::fromUtf16(reinterpret_cast<const char16_t *>(bytes), length / 2), flags);
    return 0;
}
