#pragma once

#include <QAbstractItemModel>

namespace heupwijzer::core {
class ContentStore;
}

namespace heupwijzer::ui {

// The library as a read-only tree: articles → chapters → sections. The content never changes while the
// program runs, so the model has no change notifications. LinkRole gives the URL the reader opens.
class LibraryModel : public QAbstractItemModel {
    Q_OBJECT

public:
    explicit LibraryModel(const core::ContentStore &store, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // The row of a chapter, for selecting the chapter being read; invalid for an unknown id.
    QModelIndex indexOfChapter(const QString &chapterId) const;

private:
    // Which article and chapter an index lies under; -1 where the level does not apply.
    struct Position {
        int article = -1;
        int chapter = -1;
        int section = -1;
    };
    Position positionOf(const QModelIndex &index) const;

    const core::ContentStore &m_store;
};

} // namespace heupwijzer::ui
