#pragma once

#include <QSortFilterProxyModel>

namespace alertdeck::ui {

// Sorting by the model's typed sort values, free-text filtering over every column, and hiding test
// alerts.
class AlertFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit AlertFilterProxy(QObject *parent = nullptr);

    void setHideTestAlerts(bool hide);
    bool hidesTestAlerts() const { return m_hideTest; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_hideTest = false;
};

} // namespace alertdeck::ui
