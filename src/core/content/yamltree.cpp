#include "core/content/yamltree.h"

#include "core/content/sourcefile.h"

#include <yaml-cpp/yaml.h>

namespace heupwijzer::core::content {

namespace {

class Converter {
public:
    Converter(const SourceFile &file, int firstLine, Diagnostics &diagnostics)
        : m_file(file), m_firstLine(firstLine), m_diagnostics(diagnostics)
    {}

    YamlNode convert(const YAML::Node &node, const SourceLocation &fallback) const
    {
        YamlNode out;
        out.where = locate(node.Mark(), fallback);
        switch (node.Type()) {
        case YAML::NodeType::Scalar:
            out.kind = YamlNode::Kind::Scalar;
            out.scalar = QString::fromStdString(node.Scalar()).trimmed();
            break;
        case YAML::NodeType::Sequence:
            out.kind = YamlNode::Kind::Sequence;
            for (const YAML::Node &item : node)
                out.items.push_back(convert(item, out.where));
            break;
        case YAML::NodeType::Map:
            out.kind = YamlNode::Kind::Mapping;
            convertMapping(node, out);
            break;
        case YAML::NodeType::Null:
        case YAML::NodeType::Undefined:
            break;
        }
        return out;
    }

    SourceLocation locate(const YAML::Mark &mark, const SourceLocation &fallback) const
    {
        if (mark.is_null())
            return fallback;
        return m_file.at(mark.line + m_firstLine, mark.column + 1);
    }

private:
    void convertMapping(const YAML::Node &node, YamlNode &out) const
    {
        for (auto it = node.begin(); it != node.end(); ++it) {
            const SourceLocation keyAt = locate(it->first.Mark(), out.where);
            const QString key = it->first.IsScalar() ? QString::fromStdString(it->first.Scalar()).trimmed() : QString();
            if (out.keys.contains(key)) {
                m_diagnostics.error(keyAt, QStringLiteral("the key '%1' appears twice").arg(key));
                continue;
            }
            out.keys.append(key);
            out.keyLocations.append(keyAt);
            // An empty value ("summary:") has no useful mark of its own: point at its key.
            out.items.push_back(convert(it->second, keyAt));
            if (it->second.IsNull())
                out.items.back().where = keyAt;
        }
    }

    const SourceFile &m_file;
    int m_firstLine;
    Diagnostics &m_diagnostics;
};

} // namespace

const YamlNode *YamlNode::value(QStringView key) const
{
    const qsizetype index = keys.indexOf(key);
    return index < 0 ? nullptr : &items.at(static_cast<size_t>(index));
}

SourceLocation YamlNode::keyLocation(QStringView key) const
{
    const qsizetype index = keys.indexOf(key);
    return index < 0 ? where : keyLocations.at(index);
}

std::optional<YamlNode> parseYaml(const SourceFile &file, const QByteArray &yaml, int firstLine,
                                  Diagnostics &diagnostics)
{
    const Converter converter(file, firstLine, diagnostics);
    // yaml-cpp reports syntax errors only by throwing; this is the one place they are caught.
    try {
        const YAML::Node root = YAML::Load(yaml.toStdString());
        return converter.convert(root, file.at(firstLine, 1));
    } catch (const YAML::Exception &error) {
        diagnostics.error(converter.locate(error.mark, file.at(firstLine, 1)),
                          QStringLiteral("malformed YAML: %1").arg(QString::fromStdString(error.msg)));
        return std::nullopt;
    }
}

} // namespace heupwijzer::core::content
