#pragma once

#include <QAbstractListModel>
#include <QList>

namespace heupwijzer::core {
class ContentStore;
struct GlossaryEntry;
} // namespace heupwijzer::core

namespace heupwijzer::ui {

// The glossary terms A–Z (Dutch collation: "ë" sorts with "e", case ignored). SearchTextRole holds the term
// with its lay and medical words, so a filter finds "bursa" under slijmbeurs.
class GlossaryModel : public QAbstractListModel {
    Q_OBJECT

public:
    explicit GlossaryModel(const core::ContentStore &store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    QModelIndex indexOfTerm(const QString &termId) const;
    const core::GlossaryEntry *entry(const QModelIndex &index) const;

private:
    QList<const core::GlossaryEntry *> m_entries; // point into the store, which outlives the model
};

} // namespace heupwijzer::ui
