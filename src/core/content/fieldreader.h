#pragma once

#include "core/content/diagnostic.h"
#include "core/content/yamltree.h"

#include <QDate>
#include <QStringList>

#include <initializer_list>

namespace heupwijzer::core::content {

// Reads typed values from one YAML mapping (front matter, a glossary entry) and reports, with their places,
// unknown keys, missing keys and values of the wrong kind.
class FieldReader {
public:
    enum class Need { Required, Optional };

    // `missingAt` is where a missing key is reported: the start of the front matter or of the list entry.
    FieldReader(const YamlNode &mapping, const SourceLocation &missingAt, Diagnostics &diagnostics);

    void allowOnly(std::initializer_list<QStringView> allowed);
    bool has(QStringView key) const { return m_mapping.value(key) != nullptr; }

    QString text(QStringView key, Need need = Need::Required);
    // A YAML list of strings; a single string counts as a list of one.
    QStringList textList(QStringView key, Need need = Need::Required);
    QDate date(QStringView key, Need need = Need::Required);

    SourceLocation keyLocation(QStringView key) const { return m_mapping.keyLocation(key); }
    SourceLocation valueLocation(QStringView key) const;
    void reportMissing(QStringView key, const QString &hint = {});

private:
    const YamlNode *require(QStringView key, Need need);

    const YamlNode &m_mapping;
    SourceLocation m_missingAt;
    Diagnostics &m_diagnostics;
};

} // namespace heupwijzer::core::content
