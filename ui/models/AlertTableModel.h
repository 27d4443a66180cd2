#pragma once

#include "core/store/AlertHistory.h"

#include <QAbstractTableModel>
#include <QCache>
#include <QHash>
#include <QSet>
#include <QThread>
#include <QTimer>

#include <deque>
#include <memory>

namespace alertdeck::ui {

// The alert table over the store's whole history, as Wireshark's packet list over a capture: the
// row count comes from the store, rows are fetched by the page (keyset pages from AlertHistory on
// its own thread) when the view shows them, and only a bounded cache of pages is kept. Filtering
// and sorting are store queries; while one runs the old rows stay and the GUI never waits.
// Live alerts: refreshTail() after every stored batch asks what arrived after the newest known
// key; the answer becomes one beginInsertRows for all of it.
// Positions are exact for the unfiltered history in arrival order (keys are dense); for a filter
// whose count is an estimate, pages next to a loaded page continue from it exactly and a jump far
// away lands by proportion (AlertQuery::seek).
class AlertTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Received, Time, Stream, Topic, Source, Event, Type, Ra, Dec, Error, Mag, Score, Far, Title, ColumnCount };
    enum Role { KeyRole = Qt::UserRole + 1, TestRole, RetractionRole, EventRole, FreshRole };
    static constexpr int kPageRows = 256;

    explicit AlertTableModel(const QString &storePath, QObject *parent = nullptr);
    ~AlertTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Received and Time sort in the store (its key and event-time index); other columns do not sort.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    static bool isSortable(int column) { return column == Received || column == Time; }

    void setFilter(const store::AlertFilter &filter);
    void setHideTestAlerts(bool hide);
    bool hidesTestAlerts() const { return m_hideTest; }
    bool isNewestFirst() const { return m_newestFirst; }
    int sortColumn() const { return m_order == store::SortOrder::Time ? Time : Received; }
    // The stored alert of a row, or nullptr while its page is still being read.
    const store::StoredAlert *alertAt(int row) const;
    bool isQueryRunning() const { return m_measuring || m_counting; }
    // New alerts were stored: count what arrived after the newest row shown and append it.
    void refreshTail();
    // Finds the first alert of a Kafka message (a clicked notification) in the table as it is
    // filtered and sorted: once the rows around it are in, located(row). A later filter or order
    // takes over the search; a new locate() replaces it.
    void locate(const store::KafkaCoordinates &message);
    // The query service on the model's thread, for the detail pane's payload reads.
    store::AlertHistory *history() const { return m_history; }

signals:
    // A filter or sort order took effect: its newest page is in (and again once a big result is counted).
    void queryFinished();
    void queryFailed(const QString &error);
    // Live rows entered the table (at the end in arrival order, ascending).
    void rowsArrived(int count);
    void located(int row);
    // The filter hides the alert (outcome Filtered) or the store does not hold it (Missing).
    void notLocated(const store::HistoryLocation &location);

private:
    struct Page
    {
        int firstRow = 0;
        QVector<store::StoredAlert> rows;
        int endRow() const { return firstRow + int(rows.size()); }
    };
    struct PendingFetch
    {
        int page = 0;
        bool backward = false; // read against the display order; rows arrive reversed
    };
    struct ThreadStopper
    {
        void operator()(QThread *thread) const;
    };

    store::AlertFilter effectiveFilter() const;
    void requery();
    quint64 nextTicket();
    bool isCurrent(quint64 ticket) const { return quint32(ticket >> 32) == m_generation; }
    void want(int page) const;
    void fetchWanted();
    void requestPage(int page);
    void storeRows(int firstRow, const QVector<store::StoredAlert> &rows);
    void onMeasured(quint64 ticket, const store::HistoryExtent &extent);
    void onCounted(quint64 ticket, qint64 count);
    void onFetched(quint64 ticket, const QVector<store::StoredAlert> &rows);
    void onTailed(quint64 ticket, const store::HistoryTail &tail);
    void onFailed(quint64 ticket, const QString &error);
    void sendLocate();
    void onLocated(quint64 ticket, const store::HistoryLocation &location);
    int placeLocated(const store::HistoryLocation &location);
    void insertLive(const store::HistoryTail &tail);
    void expireFresh();
    QVariant displayData(const store::StoredAlert &row, int column) const;

    std::unique_ptr<QThread, ThreadStopper> m_thread;
    store::AlertHistory *m_history; // lives in m_thread, deleted when it finishes

    store::AlertFilter m_filter;
    bool m_hideTest = false;
    store::SortOrder m_order = store::SortOrder::Received;
    bool m_newestFirst = false; // display order: row 0 is the newest

    quint32 m_generation = 0;
    quint32 m_serial = 0;
    bool m_measuring = false;
    bool m_counting = false; // rows shown, the count still coming: positions are not final yet
    bool m_tailPending = false;
    bool m_tailAgain = false;
    int m_count = 0;
    qint64 m_firstKey = 1;
    qint64 m_lastKey = 0;
    bool m_exactKeys = true; // unfiltered arrival order: row r is key firstKey + r

    mutable QCache<int, Page> m_pages;
    mutable QSet<int> m_wanted;
    mutable QTimer m_fetchTimer;
    QHash<quint64, PendingFetch> m_pending;
    // Live rows are highlighted for a while: (first key of a batch, when its highlight ends).
    std::deque<std::pair<qint64, qint64>> m_fresh;
    QTimer m_freshTimer;
    // The message a locate() looks for, until it is answered; sent while no count or tail is under
    // way, so the answer's distance from the newest end fits the rows the table has.
    std::optional<store::KafkaCoordinates> m_locateTarget;
    quint64 m_locateTicket = 0;
};

} // namespace alertdeck::ui
