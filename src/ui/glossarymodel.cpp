#include "ui/glossarymodel.h"

#include "core/store/contentstore.h"
#include "ui/links.h"
#include "ui/roles.h"

#include <QCollator>

#include <algorithm>

namespace heupwijzer::ui {

GlossaryModel::GlossaryModel(const core::ContentStore &store, QObject *parent) : QAbstractListModel(parent)
{
    for (const core::GlossaryEntry &entry : store.glossary())
        m_entries.append(&entry);
    QCollator collator(QLocale(QLocale::Dutch, QLocale::Netherlands));
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(m_entries.begin(), m_entries.end(),
                     [&collator](const core::GlossaryEntry *a, const core::GlossaryEntry *b) {
                         return collator.compare(a->term, b->term) < 0;
                     });
}

int GlossaryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant GlossaryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::GlossaryEntry &entry = *m_entries[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return entry.term;
    case Qt::ToolTipRole:
        return entry.definition;
    case IdRole:
        return entry.id;
    case LinkRole:
        return links::term(entry.id);
    case SearchTextRole:
        return QStringList{entry.term, entry.lay.join(u' '), entry.medical.join(u' ')}.join(u' ');
    default:
        return {};
    }
}

QModelIndex GlossaryModel::indexOfTerm(const QString &termId) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries[row]->id == termId)
            return index(row);
    }
    return {};
}

const core::GlossaryEntry *GlossaryModel::entry(const QModelIndex &index) const
{
    return checkIndex(index, CheckIndexOption::IndexIsValid) ? m_entries[index.row()] : nullptr;
}

} // namespace heupwijzer::ui
