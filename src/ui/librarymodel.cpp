#include "ui/librarymodel.h"

#include "core/store/contentstore.h"
#include "ui/links.h"
#include "ui/roles.h"

#include <QFont>

namespace heupwijzer::ui {

// internalId encodes the parent of an item: 0 for articles, (article + 1) for chapters, and
// (article + 1) | (chapter + 1) << 16 for sections. Rows themselves come from QModelIndex::row().
namespace {
constexpr quintptr kChapterShift = 16;
constexpr quintptr kArticleMask = (quintptr(1) << kChapterShift) - 1;
} // namespace

LibraryModel::LibraryModel(const core::ContentStore &store, QObject *parent)
    : QAbstractItemModel(parent), m_store(store)
{}

LibraryModel::Position LibraryModel::positionOf(const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    const quintptr id = index.internalId();
    if (id == 0)
        return {index.row(), -1, -1};
    const int article = int(id & kArticleMask) - 1;
    const int chapter = int(id >> kChapterShift) - 1;
    if (chapter < 0)
        return {article, index.row(), -1};
    return {article, chapter, index.row()};
}

QModelIndex LibraryModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0 || row >= rowCount(parent))
        return {};
    const Position at = positionOf(parent);
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    if (at.chapter < 0)
        return createIndex(row, column, quintptr(at.article + 1));
    return createIndex(row, column, quintptr(at.article + 1) | (quintptr(at.chapter + 1) << kChapterShift));
}

QModelIndex LibraryModel::parent(const QModelIndex &child) const
{
    const Position at = positionOf(child);
    if (at.chapter < 0)
        return {};
    if (at.section < 0)
        return createIndex(at.article, 0, quintptr(0));
    return createIndex(at.chapter, 0, quintptr(at.article + 1));
}

int LibraryModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    const Position at = positionOf(parent);
    const QList<core::ArticleInfo> &library = m_store.library();
    if (at.article < 0)
        return int(library.size());
    if (at.chapter < 0)
        return int(library[at.article].chapters.size());
    if (at.section < 0)
        return int(library[at.article].chapters[at.chapter].sections.size());
    return 0;
}

int LibraryModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant LibraryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Position at = positionOf(index);
    const core::ArticleInfo &article = m_store.library()[at.article];
    if (at.chapter < 0) {
        switch (role) {
        case Qt::DisplayRole:
        case Qt::ToolTipRole:
            return article.title;
        case Qt::FontRole: {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        case LinkRole:
            return links::canonical(m_store, links::chapter(article.id));
        case IdRole:
            return article.id;
        default:
            return {};
        }
    }
    const core::ChapterInfo &chapter = article.chapters[at.chapter];
    const bool isSection = at.section >= 0;
    const QString title = isSection ? chapter.sections[at.section].title : chapter.title;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return title;
    case LinkRole:
        return links::chapter(chapter.id, isSection ? chapter.sections[at.section].anchor : QString());
    case IdRole:
        return chapter.id;
    default:
        return {};
    }
}

QModelIndex LibraryModel::indexOfChapter(const QString &chapterId) const
{
    const QList<core::ArticleInfo> &library = m_store.library();
    for (int a = 0; a < library.size(); ++a) {
        for (int c = 0; c < library[a].chapters.size(); ++c) {
            if (library[a].chapters[c].id == chapterId)
                return index(c, 0, index(a, 0));
        }
    }
    return {};
}

} // namespace heupwijzer::ui
