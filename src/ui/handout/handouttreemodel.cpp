#include "ui/handout/handouttreemodel.h"

#include "core/store/contentstore.h"
#include "ui/handout/chosenitemsmodel.h"
#include "ui/roles.h"

#include <QFont>

namespace heupwijzer::ui {

namespace {
// Articles and the exercise group stand out from what can be ticked.
QFont groupFont()
{
    QFont font;
    font.setBold(true);
    return font;
}

// A section in the list of chosen items names its chapter: "In het kort" alone could be any condition.
QString sectionTitle(const QString &section, const QString &chapter)
{
    return HandoutTreeModel::tr("%1 (from %2)").arg(section, chapter);
}
} // namespace

HandoutTreeModel::HandoutTreeModel(const core::ContentStore &store, ChosenItemsModel &chosen, QObject *parent)
    : QAbstractItemModel(parent), m_chosen(chosen)
{
    build(store);
    connect(&m_chosen, &ChosenItemsModel::chosenChanged, this, &HandoutTreeModel::refresh);
}

int HandoutTreeModel::addNode(int parent, const QString &label, const HandoutItem &item, bool checkable)
{
    const int id = static_cast<int>(m_nodes.size());
    const int row = rowCount(indexOfNode(parent));
    m_nodes.push_back({label, item, checkable, parent, row, {}}); // may move the nodes: look the parent up after
    (parent < 0 ? m_topLevel : m_nodes[std::size_t(parent)].children).push_back(id);
    if (checkable)
        m_nodeByKey.insert(item.key(), id);
    return id;
}

void HandoutTreeModel::build(const core::ContentStore &store)
{
    using Kind = HandoutItem::Kind;
    const int exercises = addNode(-1, tr("Exercises"), {}, false);
    for (const core::Exercise &exercise : store.exercises())
        addNode(exercises, exercise.title, {Kind::Exercise, exercise.id, {}, exercise.title}, true);
    for (const core::ArticleInfo &article : store.library()) {
        const int articleNode = addNode(-1, article.title, {}, false);
        for (const core::ChapterInfo &chapter : article.chapters) {
            const int chapterNode =
                addNode(articleNode, chapter.title, {Kind::Chapter, chapter.id, {}, chapter.title}, true);
            for (const core::SectionInfo &section : chapter.sections)
                addNode(chapterNode, section.title,
                        {Kind::Section, chapter.id, section.anchor, sectionTitle(section.title, chapter.title)}, true);
        }
    }
}

const HandoutTreeModel::Node *HandoutTreeModel::nodeOf(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    return &m_nodes[std::size_t(index.internalId())];
}

QModelIndex HandoutTreeModel::indexOfNode(int node) const
{
    return node < 0 ? QModelIndex() : createIndex(m_nodes[std::size_t(node)].row, 0, quintptr(node));
}

QModelIndex HandoutTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0 || row >= rowCount(parent))
        return {};
    const Node *above = nodeOf(parent);
    const std::vector<int> &siblings = above != nullptr ? above->children : m_topLevel;
    return createIndex(row, column, quintptr(siblings[std::size_t(row)]));
}

QModelIndex HandoutTreeModel::parent(const QModelIndex &child) const
{
    const Node *node = nodeOf(child);
    return node == nullptr ? QModelIndex() : indexOfNode(node->parent);
}

int HandoutTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    const Node *node = nodeOf(parent);
    return static_cast<int>(node != nullptr ? node->children.size() : m_topLevel.size());
}

int HandoutTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

bool HandoutTreeModel::coveredByChapter(const Node &node) const
{
    return node.item.kind == HandoutItem::Kind::Section && node.checkable &&
           m_chosen.contains(HandoutItem{HandoutItem::Kind::Chapter, node.item.id, {}, {}}.key());
}

QVariant HandoutTreeModel::data(const QModelIndex &index, int role) const
{
    const Node *node = nodeOf(index);
    if (node == nullptr)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return node->label;
    case Qt::CheckStateRole:
        if (!node->checkable)
            return {};
        return m_chosen.contains(node->item.key()) || coveredByChapter(*node) ? Qt::Checked : Qt::Unchecked;
    case Qt::ToolTipRole:
        return coveredByChapter(*node) ? tr("On the handout with its whole chapter") : QVariant();
    case Qt::FontRole:
        return node->parent < 0 ? groupFont() : QVariant();
    case IdRole:
        return node->checkable ? node->item.key() : QVariant();
    default:
        return {};
    }
}

Qt::ItemFlags HandoutTreeModel::flags(const QModelIndex &index) const
{
    const Node *node = nodeOf(index);
    if (node == nullptr)
        return Qt::NoItemFlags;
    if (!node->checkable)
        return Qt::ItemIsEnabled;
    if (coveredByChapter(*node))
        return Qt::ItemIsUserCheckable | Qt::ItemNeverHasChildren; // shown ticked, greyed out
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
    if (node->children.empty())
        flags |= Qt::ItemNeverHasChildren;
    return flags;
}

bool HandoutTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const Node *node = nodeOf(index);
    if (role != Qt::CheckStateRole || node == nullptr || !node->checkable || coveredByChapter(*node))
        return false;
    if (static_cast<Qt::CheckState>(value.toInt()) == Qt::Checked)
        m_chosen.add(node->item);
    else
        m_chosen.remove(node->item.key());
    return true;
}

QModelIndex HandoutTreeModel::indexOf(const QString &key) const
{
    const auto found = m_nodeByKey.constFind(key);
    return found == m_nodeByKey.cend() ? QModelIndex() : indexOfNode(found.value());
}

void HandoutTreeModel::refresh(const QString &key)
{
    const QModelIndex changed = indexOf(key);
    if (!changed.isValid())
        return;
    const QList<int> roles{Qt::CheckStateRole, Qt::ToolTipRole};
    Q_EMIT dataChanged(changed, changed, roles);
    if (const int children = rowCount(changed); children > 0) // a chapter: its sections' ticks follow it
        Q_EMIT dataChanged(index(0, 0, changed), index(children - 1, 0, changed), roles);
}

} // namespace heupwijzer::ui
