#include "core/content/exerciseparser.h"

#include "core/content/articleparser.h"
#include "core/content/cmarknodes.h"
#include "core/content/fieldreader.h"
#include "core/content/yamltree.h"
#include "core/markdown/document.h"

#include <QRegularExpression>

#include <cmark-gfm.h>

namespace heupwijzer::core::content {

namespace {

void readFields(const SourceFile &file, const YamlNode &yaml, ExerciseCard &card, Diagnostics &diagnostics)
{
    FieldReader fields(yaml, file.start(), diagnostics);
    fields.allowOnly({u"id", u"title", u"goal", u"start", u"hold", u"repetitions", u"sets", u"frequency", u"stop_if",
                      u"image", u"alt"});
    card.id = fields.text(u"id");
    if (!card.id.isEmpty() && !ArticleParser::isValidId(card.id))
        diagnostics.error(fields.valueLocation(u"id"),
                          QStringLiteral("invalid id '%1': use lower case a–z, 0–9 and -").arg(card.id));
    card.title = fields.text(u"title");
    card.goal = fields.text(u"goal");
    card.start = fields.text(u"start");
    // The dosage is what a physiotherapist prescribes: a card without it is not safe to hand out.
    const auto dosage = [&](QStringView key) {
        if (!fields.has(key)) {
            fields.reportMissing(key, QStringLiteral("a dosage field; write \"Niet van toepassing\" when it has none"));
            return QString();
        }
        return fields.text(key);
    };
    card.hold = dosage(u"hold");
    card.repetitions = dosage(u"repetitions");
    card.sets = dosage(u"sets");
    card.frequency = dosage(u"frequency");
    card.stopIf = fields.text(u"stop_if");
    const QString image = fields.text(u"image");
    card.image = ExerciseParser::imageName(image);
    if (!image.isEmpty() && card.image.isEmpty())
        diagnostics.error(fields.valueLocation(u"image"),
                          QStringLiteral("image must be written as images/NAME.svg, not '%1'").arg(image));
    if (!fields.has(u"alt"))
        fields.reportMissing(u"alt", QStringLiteral("alt text: say what the picture shows"));
    else
        card.alt = fields.text(u"alt");
}

void readSteps(const SourceFile &file, const FrontMatterSplit &split, ExerciseCard &card, Diagnostics &diagnostics)
{
    const markdown::Document document = markdown::Document::parse(QByteArrayView(split.body));
    const NodeLocator locate(file, split.bodyLineOffset);
    bool reported = false;
    for (cmark_node *block : cmarknodes::children(document.root())) {
        const bool isNumberedList = cmark_node_get_type(block) == CMARK_NODE_LIST &&
                                    cmark_node_get_list_type(block) == CMARK_ORDERED_LIST && card.steps.isEmpty();
        if (!isNumberedList) {
            if (!reported)
                diagnostics.error(locate(block), QStringLiteral("after the front matter an exercise has only its "
                                                                "steps, as one numbered list (1. 2. 3.)"));
            reported = true;
            continue;
        }
        for (cmark_node *item : cmarknodes::children(block))
            card.steps.append(cmarknodes::inlineText(item).simplified());
    }
    if (card.steps.isEmpty() && !reported)
        diagnostics.error(locate.at(1, 1), QStringLiteral("the exercise has no steps: add a numbered list (1. 2. 3.)"));
}

} // namespace

QString ExerciseParser::imageName(const QString &path)
{
    static const QRegularExpression pattern(QStringLiteral("^images/([A-Za-z0-9][A-Za-z0-9._-]*\\.svg)$"));
    const QRegularExpressionMatch match = pattern.match(path);
    return match.hasMatch() ? match.captured(1) : QString();
}

ExerciseCard ExerciseParser::parse(const SourceFile &file, Diagnostics &diagnostics)
{
    ExerciseCard card;
    card.where = file.start();
    file.checkUtf8(diagnostics);
    const FrontMatterSplit split = splitFrontMatter(file, diagnostics);
    if (!split.found)
        return card;
    const std::optional<YamlNode> yaml = parseYaml(file, split.yaml, split.yamlFirstLine, diagnostics);
    if (yaml && yaml->kind == YamlNode::Kind::Mapping)
        readFields(file, *yaml, card, diagnostics);
    else if (yaml)
        diagnostics.error(file.start(), QStringLiteral("the front matter must be 'key: value' lines"));
    readSteps(file, split, card, diagnostics);
    return card;
}

} // namespace heupwijzer::core::content
