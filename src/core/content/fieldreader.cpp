#include "core/content/fieldreader.h"

namespace heupwijzer::core::content {

FieldReader::FieldReader(const YamlNode &mapping, const SourceLocation &missingAt, Diagnostics &diagnostics)
    : m_mapping(mapping), m_missingAt(missingAt), m_diagnostics(diagnostics)
{}

void FieldReader::allowOnly(std::initializer_list<QStringView> allowed)
{
    QStringList names;
    for (QStringView name : allowed)
        names.append(name.toString());
    for (qsizetype i = 0; i < m_mapping.keys.size(); ++i) {
        if (!names.contains(m_mapping.keys.at(i))) {
            m_diagnostics.error(
                m_mapping.keyLocations.at(i),
                QStringLiteral("unknown key '%1' (allowed: %2)").arg(m_mapping.keys.at(i), names.join(u", ")));
        }
    }
}

SourceLocation FieldReader::valueLocation(QStringView key) const
{
    const YamlNode *node = m_mapping.value(key);
    return node != nullptr ? node->where : m_missingAt;
}

void FieldReader::reportMissing(QStringView key, const QString &hint)
{
    QString message = QStringLiteral("missing required key '%1'").arg(key);
    if (!hint.isEmpty())
        message += QStringLiteral(" (%1)").arg(hint);
    m_diagnostics.error(m_missingAt, message);
}

const YamlNode *FieldReader::require(QStringView key, Need need)
{
    const YamlNode *node = m_mapping.value(key);
    if (node == nullptr || node->kind == YamlNode::Kind::Null) {
        if (need == Need::Required) {
            if (node == nullptr)
                reportMissing(key);
            else
                m_diagnostics.error(node->where, QStringLiteral("'%1' is empty").arg(key));
        }
        return nullptr;
    }
    return node;
}

QString FieldReader::text(QStringView key, Need need)
{
    const YamlNode *node = require(key, need);
    if (node == nullptr)
        return {};
    if (!node->isScalar()) {
        m_diagnostics.error(node->where, QStringLiteral("'%1' must be text, not a list or mapping").arg(key));
        return {};
    }
    if (node->scalar.isEmpty() && need == Need::Required)
        m_diagnostics.error(node->where, QStringLiteral("'%1' is empty").arg(key));
    return node->scalar;
}

QStringList FieldReader::textList(QStringView key, Need need)
{
    const YamlNode *node = require(key, need);
    if (node == nullptr)
        return {};
    if (node->isScalar())
        return node->scalar.isEmpty() ? QStringList() : QStringList{node->scalar};
    if (node->kind != YamlNode::Kind::Sequence) {
        m_diagnostics.error(node->where, QStringLiteral("'%1' must be a list").arg(key));
        return {};
    }
    QStringList out;
    for (const YamlNode &item : node->items) {
        if (!item.isScalar() || item.scalar.isEmpty())
            m_diagnostics.error(item.where, QStringLiteral("every item of '%1' must be non-empty text").arg(key));
        else
            out.append(item.scalar);
    }
    if (out.isEmpty() && need == Need::Required)
        m_diagnostics.error(node->where, QStringLiteral("'%1' needs at least one item").arg(key));
    return out;
}

QDate FieldReader::date(QStringView key, Need need)
{
    const QString value = text(key, need);
    if (value.isEmpty())
        return {};
    const QDate parsed = QDate::fromString(value, Qt::ISODate);
    if (value.size() != 10 || !parsed.isValid()) {
        m_diagnostics.error(valueLocation(key),
                            QStringLiteral("'%1' must be a date written as YYYY-MM-DD, not '%2'").arg(key, value));
        return {};
    }
    return parsed;
}

} // namespace heupwijzer::core::content
