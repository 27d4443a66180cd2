#pragma once

#include "core/store/MessageLookup.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QMenu;
class QTableView;
class QTimer;
class QToolButton;

namespace alertdeck::store {
struct HistoryLocation;
struct StoredAlert;
}

namespace alertdeck::ui {

class AlertTableModel;

// The alert table with its filter bar: the store-backed model, the filter language (with the
// error shown in the bar and saved filters), and "follow newest": the view keeps to the newest row
// while the user is there, pauses when they scroll away or select, and counts what they have not
// seen on a button that brings them back.
class AlertTablePanel : public QWidget
{
    Q_OBJECT
public:
    explicit AlertTablePanel(const QString &storePath, QWidget *parent = nullptr);

    AlertTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filter; }
    // Applies an expression at once, as if typed and confirmed.
    void setFilterText(const QString &text);
    void setHideTestAlerts(bool hide);
    // The selected alert, or nullptr (nothing selected, or its page is still being read).
    const store::StoredAlert *selectedAlert() const;
    bool isFollowing() const { return m_following; }
    int unseenCount() const { return m_unseen; }
    // New alerts are durable: the table asks the store what arrived.
    void alertsStored();
    // Selects the first alert of a Kafka message (a clicked notification) and scrolls to it;
    // following the newest row pauses. The user asked for this alert: a filter that hides it is
    // cleared ("Hide test alerts" first, for a test alert, then the filter bar) and notice() says
    // so; an alert the store does not hold is reported the same way.
    void selectAlertAt(const store::KafkaCoordinates &message);

signals:
    void selectedAlertChanged();
    // Something the user should read in the status bar.
    void notice(const QString &text);
    // selectAlertAt() showed test alerts again: the window's "Hide test alerts" follows.
    void hideTestAlertsChanged(bool hide);

private:
    QWidget *buildFilterBar();
    void applyFilter();
    void showFilterProblem(const QString &message, int position);
    void rebuildSavedMenu();
    void saveCurrentFilter();
    void onRowsArrived(int count);
    void onUserScrolled();
    void onSelectionChanged();
    void setFollowing(bool following);
    void jumpToNewest();
    void scrollToNewest();
    void updateCountLabel();
    void showContextMenu(const QPoint &position);
    void onActivated(const QModelIndex &index);
    void onHeaderClicked(int column);
    void onLocated(int row);
    void onNotLocated(const store::HistoryLocation &location);

    AlertTableModel *m_model;
    QTableView *m_table;
    QLineEdit *m_filter = nullptr;
    QLabel *m_filterMessage = nullptr;
    QLabel *m_countLabel = nullptr;
    QToolButton *m_savedButton = nullptr;
    QMenu *m_savedMenu = nullptr;
    QToolButton *m_unseenButton = nullptr;
    QTimer *m_filterDelay;
    QTimer *m_followTimer;
    QString m_appliedFilter;
    bool m_following = true;
    bool m_scrollPending = false;
    int m_unseen = 0;
    store::KafkaCoordinates m_locating; // the message selectAlertAt() looks for
};

} // namespace alertdeck::ui
