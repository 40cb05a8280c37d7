#include "ui/searchresultsmodel.h"

#include "core/search/searchengine.h"
#include "ui/links.h"
#include "ui/roles.h"
#include "ui/searchhighlight.h"

#include <QHash>
#include <QTextDocumentFragment>

namespace heupwijzer::ui {

namespace {

QStandardItem *hitItem(const core::search::SearchHit &hit)
{
    const QString title =
        hit.sectionTitle.isEmpty() ? hit.chapterTitle : hit.chapterTitle + QStringLiteral(" › ") + hit.sectionTitle;
    auto *item = new QStandardItem(title);
    item->setEditable(false);
    item->setData(links::chapter(hit.chapterId, hit.sectionAnchor), LinkRole);
    item->setData(hit.chapterId, IdRole);
    item->setData(hit.snippetHtml, SnippetHtmlRole);
    // A screen reader reads the title as the row's name and the extract as its description.
    item->setData(QTextDocumentFragment::fromHtml(hit.snippetHtml).toPlainText(), Qt::AccessibleDescriptionRole);
    return item;
}

} // namespace

SearchResultsModel::SearchResultsModel(QObject *parent) : QStandardItemModel(parent) {}

void SearchResultsModel::clearResults()
{
    clear();
    m_foundWords.clear();
}

void SearchResultsModel::setResults(const core::search::SearchResults &results, const QString &query)
{
    clearResults();
    if (!results.hits.isEmpty())
        m_foundWords = searchhighlight::typedWords(query);
    // Articles in the order of their best hit, so the best match stays on top.
    QHash<QString, QStandardItem *> articles;
    for (const core::search::SearchHit &hit : results.hits) {
        QStandardItem *&article = articles[hit.articleId];
        if (article == nullptr) {
            article = new QStandardItem(hit.articleTitle);
            article->setEditable(false);
            article->setData(hit.articleId, IdRole);
            article->setData(links::chapter(hit.chapterId, hit.sectionAnchor), LinkRole);
            appendRow(article);
        }
        article->appendRow(hitItem(hit));
        for (const QString &word : hit.foundWords) {
            if (!m_foundWords.contains(word, Qt::CaseInsensitive))
                m_foundWords.append(word);
        }
    }
}

QModelIndex SearchResultsModel::bestHit() const
{
    return index(0, 0, index(0, 0));
}

} // namespace heupwijzer::ui
