#include "core/markdown/document.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <array>
#include <mutex>

namespace heupwijzer::core::markdown {

namespace {

constexpr std::array kExtensions{"table", "strikethrough", "autolink", "tasklist", "tagfilter"};

void ensureExtensionsRegistered()
{
    // The registry is process-global in cmark-gfm; registering twice would add duplicate entries.
    static std::once_flag once;
    std::call_once(once, [] { cmark_gfm_core_extensions_ensure_registered(); });
}

struct CharDeleter {
    void operator()(char *text) const { cmark_get_default_mem_allocator()->free(text); }
};

} // namespace

void NodeDeleter::operator()(cmark_node *node) const
{
    cmark_node_free(node);
}

void ParserDeleter::operator()(cmark_parser *parser) const
{
    cmark_parser_free(parser);
}

// CMARK_OPT_UNSAFE is deliberately absent from both: raw HTML is omitted and dangerous link schemes emptied.
int Document::parseOptions()
{
    return CMARK_OPT_DEFAULT | CMARK_OPT_SOURCEPOS | CMARK_OPT_VALIDATE_UTF8;
}

int Document::renderOptions()
{
    return CMARK_OPT_DEFAULT;
}

Document::Document(ParserPtr parser, NodePtr root) : m_parser(std::move(parser)), m_root(std::move(root)) {}

Document Document::parse(QByteArrayView utf8)
{
    ensureExtensionsRegistered();
    ParserPtr parser(cmark_parser_new(parseOptions()));
    for (const char *name : kExtensions) {
        if (cmark_syntax_extension *extension = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(parser.get(), extension);
    }
    cmark_parser_feed(parser.get(), utf8.data(), static_cast<size_t>(utf8.size()));
    NodePtr root(cmark_parser_finish(parser.get()));
    return Document(std::move(parser), std::move(root));
}

QString Document::toHtml() const
{
    std::unique_ptr<char, CharDeleter> html(
        cmark_render_html(m_root.get(), renderOptions(), cmark_parser_get_syntax_extensions(m_parser.get())));
    return QString::fromUtf8(html.get());
}

QString toHtml(QStringView markdown)
{
    return Document::parse(markdown).toHtml();
}

} // namespace heupwijzer::core::markdown
