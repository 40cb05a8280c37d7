#pragma once

#include "ui/handout/handoutitem.h"

#include <QAbstractItemModel>
#include <QHash>

#include <vector>

namespace heupwijzer::core {
class ContentStore;
}

namespace heupwijzer::ui {

class ChosenItemsModel;

// Everything that can go on a handout, as a tree with tick boxes: "Exercises" with every exercise first (what a
// physiotherapist hands out most), then the articles with their chapters and sections. Articles and the
// exercise group only group; chapters, sections and exercises can be ticked. The ticks live in the
// ChosenItemsModel: ticking adds to the end of that list, unticking removes. While a chapter is ticked its
// sections show as ticked and cannot be changed, since the chapter prints them already.
class HandoutTreeModel : public QAbstractItemModel {
    Q_OBJECT

public:
    HandoutTreeModel(const core::ContentStore &store, ChosenItemsModel &chosen, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // The row of a chapter, section or exercise by its key (HandoutItem::key()); invalid when unknown.
    QModelIndex indexOf(const QString &key) const;

private:
    struct Node {
        QString label;
        HandoutItem item;
        bool checkable = false;
        int parent = -1; // index in m_nodes; -1 for top-level rows
        int row = 0;
        std::vector<int> children;
    };
    int addNode(int parent, const QString &label, const HandoutItem &item, bool checkable);
    void build(const core::ContentStore &store);
    const Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOfNode(int node) const;
    // True for a section whose chapter is ticked: shown ticked, not editable.
    bool coveredByChapter(const Node &node) const;
    void refresh(const QString &key);

    ChosenItemsModel &m_chosen;
    std::vector<Node> m_nodes;
    std::vector<int> m_topLevel;
    QHash<QString, int> m_nodeByKey;
};

} // namespace heupwijzer::ui
