#include "ActionLogModel.h"

#include <QColor>
#include <QDateTime>

namespace alertdeck::ui {

ActionLogModel::ActionLogModel(QObject *parent)
    : QAbstractTableModel(parent), m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
}

int ActionLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ActionLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActionLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == Qt::ForegroundRole && row.entry.failure)
        return QColor(0xd0, 0x31, 0x2d);
    if (role == Qt::ToolTipRole && index.column() == Message)
        return row.entry.message;
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Time:
        return QDateTime::fromMSecsSinceEpoch(row.timeMs).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case Stream:
        return row.entry.stream;
    case Action:
        return row.entry.action;
    case Message:
        return row.entry.message;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ActionLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Time:
        return tr("Time");
    case Stream:
        return tr("Stream");
    case Action:
        return tr("Action");
    case Message:
        return tr("Message");
    case ColumnCount:
        break;
    }
    return {};
}

void ActionLogModel::append(const actions::ActionLogEntry &entry)
{
    if (m_rows.size() >= kMaxEntries) {
        const int drop = int(m_rows.size()) - kMaxEntries + 1;
        beginRemoveRows({}, 0, drop - 1);
        m_rows.remove(0, drop);
        endRemoveRows();
    }
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append({m_clock(), entry});
    endInsertRows();
}

void ActionLogModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

} // namespace alertdeck::ui
