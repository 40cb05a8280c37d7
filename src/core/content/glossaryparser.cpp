#include "core/content/glossaryparser.h"

#include "core/content/fieldreader.h"
#include "core/content/yamltree.h"

#include <QHash>
#include <QRegularExpression>

namespace heupwijzer::core::content {

namespace {

GlossaryTerm readEntry(const YamlNode &entry, Diagnostics &diagnostics)
{
    GlossaryTerm term;
    term.where = entry.where;
    FieldReader fields(entry, entry.where, diagnostics);
    fields.allowOnly({u"term", u"id", u"lay", u"medical", u"definition"});
    term.term = fields.text(u"term");
    term.id = fields.text(u"id", FieldReader::Need::Optional);
    if (term.id.isEmpty())
        term.id = GlossaryParser::defaultId(term.term);
    else if (!GlossaryParser::isValidId(term.id))
        diagnostics.error(
            fields.valueLocation(u"id"),
            QStringLiteral("invalid glossary id '%1': use lower case letters, digits and -").arg(term.id));
    term.lay = fields.textList(u"lay", FieldReader::Need::Optional);
    term.medical = fields.textList(u"medical", FieldReader::Need::Optional);
    term.definition = fields.text(u"definition");
    return term;
}

} // namespace

QString GlossaryParser::defaultId(const QString &term)
{
    return term.trimmed().toLower().split(u' ', Qt::SkipEmptyParts).join(u'-');
}

bool GlossaryParser::isValidId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[\\p{Ll}\\p{Nd}]+(-[\\p{Ll}\\p{Nd}]+)*$"));
    return pattern.match(id).hasMatch();
}

QList<GlossaryTerm> GlossaryParser::parse(const SourceFile &file, Diagnostics &diagnostics)
{
    file.checkUtf8(diagnostics);
    const std::optional<YamlNode> root = parseYaml(file, file.bytes(), 1, diagnostics);
    if (!root)
        return {};
    if (root->kind != YamlNode::Kind::Sequence) {
        diagnostics.error(file.start(), QStringLiteral("the glossary must be a list of entries ('- term: …')"));
        return {};
    }
    QList<GlossaryTerm> terms;
    QHash<QString, SourceLocation> seen;
    for (const YamlNode &entry : root->items) {
        if (entry.kind != YamlNode::Kind::Mapping) {
            diagnostics.error(entry.where, QStringLiteral("a glossary entry must have 'term:' and 'definition:'"));
            continue;
        }
        GlossaryTerm term = readEntry(entry, diagnostics);
        if (term.id.isEmpty())
            continue;
        if (const auto first = seen.constFind(term.id); first != seen.cend()) {
            diagnostics.error(
                term.where,
                QStringLiteral("duplicate glossary id '%1' (first at line %2)").arg(term.id).arg(first->line));
            continue;
        }
        seen.insert(term.id, term.where);
        terms.append(term);
    }
    return terms;
}

} // namespace heupwijzer::core::content
