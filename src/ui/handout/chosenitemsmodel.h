#pragma once

#include "ui/handout/handoutitem.h"

#include <QAbstractListModel>

namespace heupwijzer::ui {

// What goes on the handout, in the order it will be printed. The one place the choice lives: the content tree
// shows its tick marks from here. Rows move by drag and drop (moveRows) and by the up/down buttons.
class ChosenItemsModel : public QAbstractListModel {
    Q_OBJECT

public:
    explicit ChosenItemsModel(QObject *parent = nullptr);

    const HandoutItems &items() const { return m_items; }
    bool contains(const QString &key) const;

    // Appends an item (nothing happens when it is already there). A chapter replaces its chosen sections.
    void add(const HandoutItem &item);
    void remove(const QString &key);
    // Moves one row a step up (-1) or down (+1); false at either end.
    bool moveBy(int row, int step);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDropActions() const override;
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count, const QModelIndex &destinationParent,
                  int destinationChild) override;

Q_SIGNALS:
    // An item was ticked or unticked, by key; the tree repaints its tick mark.
    void chosenChanged(const QString &key);

private:
    int rowOf(const QString &key) const;
    QString label(const HandoutItem &item) const;

    HandoutItems m_items;
};

} // namespace heupwijzer::ui
