#include "ui/handout/chosenitemsmodel.h"

#include "ui/roles.h"

#include <algorithm>

namespace heupwijzer::ui {

ChosenItemsModel::ChosenItemsModel(QObject *parent) : QAbstractListModel(parent) {}

int ChosenItemsModel::rowOf(const QString &key) const
{
    const auto found =
        std::find_if(m_items.cbegin(), m_items.cend(), [&key](const HandoutItem &item) { return item.key() == key; });
    return found == m_items.cend() ? -1 : static_cast<int>(found - m_items.cbegin());
}

bool ChosenItemsModel::contains(const QString &key) const
{
    return rowOf(key) >= 0;
}

void ChosenItemsModel::add(const HandoutItem &item)
{
    if (contains(item.key()))
        return;
    if (item.kind == HandoutItem::Kind::Chapter) {
        // The whole chapter prints its sections already; keeping them would print them twice.
        const HandoutItems chosen = m_items;
        for (const HandoutItem &other : chosen) {
            if (other.kind == HandoutItem::Kind::Section && other.id == item.id)
                remove(other.key());
        }
    }
    const int row = rowCount();
    beginInsertRows({}, row, row);
    m_items.append(item);
    endInsertRows();
    Q_EMIT chosenChanged(item.key());
}

void ChosenItemsModel::remove(const QString &key)
{
    const int row = rowOf(key);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_items.removeAt(row);
    endRemoveRows();
    Q_EMIT chosenChanged(key);
}

bool ChosenItemsModel::moveBy(int row, int step)
{
    const int target = row + step;
    if (row < 0 || row >= rowCount() || target < 0 || target >= rowCount() || step == 0)
        return false;
    // moveRows counts the destination before the move: one further when moving down.
    return moveRows({}, row, 1, {}, step > 0 ? target + 1 : target);
}

int ChosenItemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

QString ChosenItemsModel::label(const HandoutItem &item) const
{
    switch (item.kind) {
    case HandoutItem::Kind::Chapter:
        return tr("Chapter: %1").arg(item.title);
    case HandoutItem::Kind::Section:
        return tr("Section: %1").arg(item.title);
    case HandoutItem::Kind::Exercise:
        return tr("Exercise: %1").arg(item.title);
    }
    return item.title;
}

QVariant ChosenItemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HandoutItem &item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return label(item);
    case IdRole:
        return item.key();
    default:
        return {};
    }
}

Qt::ItemFlags ChosenItemsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled; // drops land between rows, never on one
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemNeverHasChildren;
}

Qt::DropActions ChosenItemsModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

bool ChosenItemsModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                                const QModelIndex &destinationParent, int destinationChild)
{
    const int size = rowCount();
    if (sourceParent.isValid() || destinationParent.isValid() || count < 1 || sourceRow < 0 ||
        sourceRow + count > size || destinationChild < 0 || destinationChild > size ||
        (destinationChild >= sourceRow && destinationChild <= sourceRow + count))
        return false;
    if (!beginMoveRows({}, sourceRow, sourceRow + count - 1, {}, destinationChild))
        return false;
    const auto first = m_items.begin() + sourceRow;
    const auto last = first + count;
    if (destinationChild < sourceRow)
        std::rotate(m_items.begin() + destinationChild, first, last);
    else
        std::rotate(first, last, m_items.begin() + destinationChild);
    endMoveRows();
    return true;
}

} // namespace heupwijzer::ui
