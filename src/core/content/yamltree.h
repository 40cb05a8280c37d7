#pragma once

#include "core/content/diagnostic.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace heupwijzer::core::content {

class SourceFile;

// A YAML document as plain data with the place of every node, so the rest of the compiler never sees yaml-cpp
// (and its exceptions) and every message can point at the right line.
struct YamlNode {
    enum class Kind { Null, Scalar, Sequence, Mapping };

    Kind kind = Kind::Null;
    QString scalar;
    std::vector<YamlNode> items; // sequence items, or mapping values in the order of `keys`
    QStringList keys;
    QList<SourceLocation> keyLocations;
    SourceLocation where;

    bool isScalar() const { return kind == Kind::Scalar; }
    // The value of `key` in a mapping, or nullptr.
    const YamlNode *value(QStringView key) const;
    SourceLocation keyLocation(QStringView key) const;
};

// Parses `yaml`, which starts at `firstLine` of `file`. Syntax errors and duplicate keys are reported; a
// document that cannot be parsed at all gives nullopt.
std::optional<YamlNode> parseYaml(const SourceFile &file, const QByteArray &yaml, int firstLine,
                                  Diagnostics &diagnostics);

} // namespace heupwijzer::core::content
