#pragma once

#include <QByteArrayView>
#include <QString>

#include <memory>

struct cmark_node;
struct cmark_parser;

namespace heupwijzer::core::markdown {

struct NodeDeleter {
    void operator()(cmark_node *node) const;
};
struct ParserDeleter {
    void operator()(cmark_parser *parser) const;
};
using NodePtr = std::unique_ptr<cmark_node, NodeDeleter>;
using ParserPtr = std::unique_ptr<cmark_parser, ParserDeleter>;

// A parsed GitHub-flavoured Markdown document. Keeps its parser alive because the HTML renderer needs the
// parser's extension list: rendering without it silently turns tables into paragraphs.
// Safe mode stays on: raw HTML is omitted and javascript:/vbscript:/file:/data: links are emptied.
class Document {
public:
    // Invalid UTF-8 is replaced by U+FFFD by cmark itself; parsing never fails.
    static Document parse(QByteArrayView utf8);
    static Document parse(QStringView text) { return parse(QByteArrayView(text.toUtf8())); }

    cmark_node *root() const { return m_root.get(); }
    QString toHtml() const;
    // Parsing keeps source positions (for file:line messages); rendering leaves them out of the HTML.
    static int parseOptions();
    static int renderOptions();

private:
    Document(ParserPtr parser, NodePtr root);

    ParserPtr m_parser;
    NodePtr m_root;
};

// Convenience for callers that only need HTML.
QString toHtml(QStringView markdown);

} // namespace heupwijzer::core::markdown
