#pragma once

#include <QStandardItemModel>
#include <QStringList>

namespace heupwijzer::core::search {
struct SearchResults;
}

namespace heupwijzer::ui {

// Search results as a two-level tree: one row per article, in the order of its best hit, with its chapters
// (the hits) below. Every row carries the link it opens (LinkRole): an article row opens its best chapter.
// Hit rows carry the chapter id (IdRole) and the snippet (SnippetHtmlRole, and as plain text for screen readers).
class SearchResultsModel : public QStandardItemModel {
    Q_OBJECT

public:
    explicit SearchResultsModel(QObject *parent = nullptr);

    void setResults(const core::search::SearchResults &results, const QString &query);
    void clearResults();

    // The best hit (the first chapter of the first article); invalid when there are no results.
    QModelIndex bestHit() const;
    static bool isHit(const QModelIndex &index) { return index.parent().isValid(); }
    // What the reader marks in an opened chapter: the words the engine marked in the extracts, and the words
    // typed (a hit in a title or heading has no extract).
    const QStringList &foundWords() const { return m_foundWords; }

private:
    QStringList m_foundWords;
};

} // namespace heupwijzer::ui
