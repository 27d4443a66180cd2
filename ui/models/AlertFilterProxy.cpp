#include "AlertFilterProxy.h"

#include "AlertTableModel.h"

namespace alertdeck::ui {

AlertFilterProxy::AlertFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(Qt::UserRole);
    setFilterKeyColumn(-1);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
}

void AlertFilterProxy::setHideTestAlerts(bool hide)
{
    if (hide == m_hideTest)
        return;
    m_hideTest = hide;
    invalidateFilter();
}

bool AlertFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_hideTest && sourceModel()->index(sourceRow, 0, sourceParent).data(AlertTableModel::TestRole).toBool())
        return false;
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace alertdeck::ui
