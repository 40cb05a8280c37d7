#include "core/search/dutchtokenizer.h"

#include "core/search/compoundsplitter.h"
#include "core/search/dutchstemmer.h"
#include "core/search/fts5api.h"
#include "core/store/database.h"

#include <QVarLengthArray>

#include <sqlite3.h>

namespace heupwijzer::core::search {

namespace {

// Longer "words" are not Dutch words (a pasted URL, a run of digits): they are kept whole and not split.
constexpr qsizetype kLongestSplitWord = 64;

struct Module {
    fts5_api *api = nullptr;
    std::shared_ptr<const CompoundSplitter> splitter;
};

struct Instance {
    fts5_tokenizer parent{};
    Fts5Tokenizer *parentTokenizer = nullptr;
    DutchStemmer stemmer;
    const CompoundSplitter *splitter = nullptr;

    Instance() = default;
    Instance(const Instance &) = delete;
    Instance &operator=(const Instance &) = delete;
    ~Instance()
    {
        if (parentTokenizer != nullptr)
            parent.xDelete(parentTokenizer);
    }
};

using TokenCallback = int (*)(void *, int, const char *, int, int, int);

// Passes each unicode61 token on, stemmed, with its variants at the same position.
struct TokenSink {
    Instance *instance = nullptr;
    int flags = 0;
    void *context = nullptr;
    TokenCallback emit = nullptr;
    QVarLengthArray<QByteArray, 8> emitted; // of the current position, so no variant is stored twice

    int add(const QByteArray &token, int start, int end)
    {
        for (const QByteArray &seen : emitted) {
            if (seen == token)
                return SQLITE_OK;
        }
        const int tflags = emitted.isEmpty() ? 0 : FTS5_TOKEN_COLOCATED;
        emitted.append(token);
        return emit(context, tflags, token.constData(), static_cast<int>(token.size()), start, end);
    }
};

int addCompoundParts(TokenSink &sink, QByteArrayView word, int start, int end)
{
    if (sink.instance->splitter == nullptr || word.size() > kLongestSplitWord)
        return SQLITE_OK;
    for (const CompoundSplitter::Split &split : sink.instance->splitter->splits(word)) {
        int rc = sink.add(sink.instance->stemmer.stem(QByteArrayView(split.head)), start, end);
        if (rc == SQLITE_OK)
            rc = sink.add(sink.instance->stemmer.stem(QByteArrayView(split.tail)), start, end);
        if (rc != SQLITE_OK)
            return rc;
    }
    return SQLITE_OK;
}

int onToken(void *sinkPointer, int /*tflags*/, const char *token, int size, int start, int end)
{
    auto &sink = *static_cast<TokenSink *>(sinkPointer);
    const QByteArrayView word(token, size);
    sink.emitted.clear();
    if ((sink.flags & FTS5_TOKENIZE_PREFIX) != 0)
        return sink.add(word.toByteArray(), start, end);
    int rc = sink.add(sink.instance->stemmer.stem(word), start, end);
    if ((sink.flags & FTS5_TOKENIZE_QUERY) != 0 || rc != SQLITE_OK)
        return rc;
    rc = sink.add(word.toByteArray(), start, end);
    if (rc == SQLITE_OK)
        rc = addCompoundParts(sink, word, start, end);
    return rc;
}

int createTokenizer(void *userData, const char ** /*arguments*/, int argumentCount, Fts5Tokenizer **out)
{
    if (argumentCount != 0)
        return SQLITE_ERROR; // the behaviour is fixed: options would make the index depend on the schema text
    const auto *module = static_cast<const Module *>(userData);
    void *parentUserData = nullptr;
    auto instance = std::make_unique<Instance>();
    int rc = module->api->xFindTokenizer(module->api, "unicode61", &parentUserData, &instance->parent);
    if (rc != SQLITE_OK)
        return rc;
    if (!instance->stemmer.isValid())
        return SQLITE_NOMEM;
    const char *parentArguments[] = {"remove_diacritics", "2"};
    rc = instance->parent.xCreate(parentUserData, parentArguments, 2, &instance->parentTokenizer);
    if (rc != SQLITE_OK)
        return rc;
    instance->splitter = module->splitter.get();
    *out = reinterpret_cast<Fts5Tokenizer *>(instance.release()); // FTS5 hands it back to deleteTokenizer
    return SQLITE_OK;
}

void deleteTokenizer(Fts5Tokenizer *tokenizer)
{
    delete reinterpret_cast<Instance *>(tokenizer); // NOLINT(cppcoreguidelines-owning-memory): FTS5's ownership
}

int tokenize(Fts5Tokenizer *tokenizer, void *context, int flags, const char *text, int size, TokenCallback emit)
{
    auto *instance = reinterpret_cast<Instance *>(tokenizer);
    TokenSink sink;
    sink.instance = instance;
    sink.flags = flags;
    sink.context = context;
    sink.emit = emit;
    return instance->parent.xTokenize(instance->parentTokenizer, &sink, flags, text, size, &onToken);
}

void deleteModule(void *userData)
{
    delete static_cast<Module *>(userData); // NOLINT(cppcoreguidelines-owning-memory): FTS5's ownership
}

} // namespace

Result<void> registerDutchTokenizer(Database &db, std::shared_ptr<const CompoundSplitter> splitter)
{
    auto api = fts5Api(db);
    if (!api)
        return api.error();
    auto module = std::make_unique<Module>();
    module->api = api.value();
    module->splitter = std::move(splitter);
    fts5_tokenizer callbacks{&createTokenizer, &deleteTokenizer, &tokenize};
    // On success FTS5 owns the module and calls deleteModule when the connection closes (or the name is replaced).
    const int rc =
        api.value()->xCreateTokenizer(api.value(), kDutchTokenizerName, module.get(), &callbacks, &deleteModule);
    if (rc != SQLITE_OK)
        return Error{QStringLiteral("cannot register the Dutch search tokenizer"), rc};
    module.release();
    return {};
}

} // namespace heupwijzer::core::search
