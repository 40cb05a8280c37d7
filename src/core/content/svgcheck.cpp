#include "core/content/svgcheck.h"

#include "core/content/sourcefile.h"

#include <QXmlStreamReader>

namespace heupwijzer::core::content {

namespace {

bool refersOutside(const QXmlStreamAttribute &attribute)
{
    if (attribute.name() != u"href")
        return false;
    const QStringView value = attribute.value().trimmed();
    return !value.isEmpty() && !value.startsWith(u'#');
}

} // namespace

void checkSvg(const SourceFile &file, Diagnostics &diagnostics)
{
    QXmlStreamReader reader(file.bytes());
    bool sawRoot = false;
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement)
            continue;
        // QXmlStreamReader gives the position just after the tag; the line is what an editor needs.
        const SourceLocation here{file.path(), static_cast<int>(reader.lineNumber()), 1};
        const QStringView name = reader.name();
        if (!sawRoot && name != u"svg")
            diagnostics.error(here, QStringLiteral("not an SVG picture: the root element is <%1>").arg(name));
        sawRoot = true;
        if (name == u"script" || name == u"style" || name == u"foreignObject")
            diagnostics.error(here, QStringLiteral("<%1> is not allowed in a picture: use presentation attributes "
                                                   "(fill, stroke) only")
                                        .arg(name));
        for (const QXmlStreamAttribute &attribute : reader.attributes()) {
            if (refersOutside(attribute))
                diagnostics.error(
                    here, QStringLiteral("a picture may not load other files: href=\"%1\"").arg(attribute.value()));
        }
    }
    if (reader.hasError())
        diagnostics.error(
            SourceLocation{file.path(), static_cast<int>(reader.lineNumber()), static_cast<int>(reader.columnNumber())},
            QStringLiteral("malformed SVG: %1").arg(reader.errorString()));
}

} // namespace heupwijzer::core::content
