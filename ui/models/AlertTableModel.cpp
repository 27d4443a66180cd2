#include "AlertTableModel.h"

#include "core/engine/ThreadPriority.h"

#include <QBrush>
#include <QDateTime>
#include <QFont>

#include <algorithm>

namespace alertdeck::ui {
namespace {

// Pages kept: enough for a few screens around each of several places the user looked at.
constexpr int kCachedPages = 96;
constexpr qint64 kFreshMs = 2000;

struct NumericColumn
{
    std::optional<double> decode::Alert::*field;
    char format;
    int precision;
};

// The columns that show a number of the record, and how each is written.
const NumericColumn *numericColumn(int column)
{
    using M = AlertTableModel;
    static const struct { int column; NumericColumn numeric; } columns[] = {
        {M::Ra, {&decode::Alert::ra, 'f', 4}},    {M::Dec, {&decode::Alert::dec, 'f', 4}},
        {M::Error, {&decode::Alert::errorRadius, 'g', 3}}, {M::Mag, {&decode::Alert::mag, 'f', 2}},
        {M::Score, {&decode::Alert::score, 'g', 3}}, {M::Far, {&decode::Alert::far, 'g', 3}},
    };
    for (const auto &entry : columns) {
        if (entry.column == column)
            return &entry.numeric;
    }
    return nullptr;
}

bool isRetraction(const decode::Alert &alert)
{
    return alert.alertType.compare(QLatin1String("retraction"), Qt::CaseInsensitive) == 0;
}

} // namespace

void AlertTableModel::ThreadStopper::operator()(QThread *thread) const
{
    thread->quit();
    thread->wait();
    delete thread;
}

AlertTableModel::AlertTableModel(const QString &storePath, QObject *parent)
    : QAbstractTableModel(parent)
    , m_thread(new QThread)
    , m_history(new store::AlertHistory(storePath))
    , m_pages(kCachedPages)
{
    m_thread->setObjectName(QStringLiteral("alert history"));
    m_history->moveToThread(m_thread.get());
    connect(m_thread.get(), &QThread::finished, m_history, &QObject::deleteLater);
    connect(m_history, &store::AlertHistory::measured, this, &AlertTableModel::onMeasured);
    connect(m_history, &store::AlertHistory::counted, this, &AlertTableModel::onCounted);
    connect(m_history, &store::AlertHistory::fetched, this, &AlertTableModel::onFetched);
    connect(m_history, &store::AlertHistory::tailed, this, &AlertTableModel::onTailed);
    connect(m_history, &store::AlertHistory::failed, this, &AlertTableModel::onFailed);
    connect(m_history, &store::AlertHistory::located, this, &AlertTableModel::onLocated);
    // Queries run behind the GUI thread, like the engine's threads: the one that must never wait
    // for a core is the one painting.
    engine::runBehindInteractiveThreads(m_thread.get());
    m_thread->start();
    // Pages are asked for once per paint, not once per cell.
    m_fetchTimer.setSingleShot(true);
    m_fetchTimer.setInterval(0);
    connect(&m_fetchTimer, &QTimer::timeout, this, &AlertTableModel::fetchWanted);
    m_freshTimer.setInterval(500);
    connect(&m_freshTimer, &QTimer::timeout, this, &AlertTableModel::expireFresh);
    requery();
}

AlertTableModel::~AlertTableModel() = default;

int AlertTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int AlertTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

store::AlertFilter AlertTableModel::effectiveFilter() const
{
    store::AlertFilter filter = m_filter;
    filter.excludeTest = filter.excludeTest || m_hideTest;
    return filter;
}

void AlertTableModel::setFilter(const store::AlertFilter &filter)
{
    m_filter = filter;
    requery();
}

void AlertTableModel::setHideTestAlerts(bool hide)
{
    if (hide == m_hideTest)
        return;
    m_hideTest = hide;
    requery();
}

void AlertTableModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column))
        return;
    const store::SortOrder sortOrder = column == Time ? store::SortOrder::Time : store::SortOrder::Received;
    const bool newestFirst = order == Qt::DescendingOrder;
    if (sortOrder == m_order && newestFirst == m_newestFirst)
        return;
    m_order = sortOrder;
    m_newestFirst = newestFirst;
    requery();
}

quint64 AlertTableModel::nextTicket()
{
    return store::AlertHistory::ticket(m_generation, ++m_serial);
}

// A new filter or order: count it and read its newest page; the rows shown stay until then.
void AlertTableModel::requery()
{
    ++m_generation;
    m_history->supersede(m_generation);
    m_pending.clear();
    m_measuring = true;
    m_counting = false;
    m_tailPending = false;
    m_tailAgain = false;
    m_locateTicket = 0; // dropped with its generation; asked again once the new result is in
    const quint64 ticket = nextTicket();
    QMetaObject::invokeMethod(m_history, [history = m_history, ticket, filter = effectiveFilter(), order = m_order] {
        history->measure(ticket, filter, order, kPageRows);
    }, Qt::QueuedConnection);
}

void AlertTableModel::onMeasured(quint64 ticket, const store::HistoryExtent &extent)
{
    if (!isCurrent(ticket))
        return;
    beginResetModel();
    m_measuring = false;
    m_counting = extent.counting;
    m_pages.clear();
    m_wanted.clear();
    m_count = int(std::min<qint64>(extent.count, std::numeric_limits<int>::max()));
    m_firstKey = extent.firstKey;
    m_lastKey = extent.lastKey;
    m_exactKeys = m_order == store::SortOrder::Received && effectiveFilter().isEmpty();
    QVector<store::StoredAlert> newest = extent.newest;
    if (!m_newestFirst)
        std::reverse(newest.begin(), newest.end());
    storeRows(m_newestFirst ? 0 : m_count - int(newest.size()), newest);
    endResetModel();
    emit queryFinished();
    if (m_tailAgain && !m_counting)
        refreshTail();
    sendLocate();
}

// The estimate for a big filtered result: the rows beyond the newest page are added on the far
// side from the newest, and the pages read so far move with their rows.
void AlertTableModel::onCounted(quint64 ticket, qint64 count)
{
    if (!isCurrent(ticket) || !m_counting)
        return;
    m_counting = false;
    const int added = int(std::min<qint64>(count - m_count, std::numeric_limits<int>::max() - m_count));
    if (added > 0) {
        const int first = m_newestFirst ? m_count : 0;
        QVector<std::pair<int, QVector<store::StoredAlert>>> kept;
        for (const int page : m_pages.keys())
            kept.append({m_pages.object(page)->firstRow, m_pages.object(page)->rows});
        beginInsertRows({}, first, first + added - 1);
        m_count += added;
        if (!m_newestFirst) {
            m_pages.clear();
            for (const auto &[firstRow, rows] : std::as_const(kept))
                storeRows(firstRow + added, rows);
        }
        endInsertRows();
    }
    emit queryFinished();
    if (std::exchange(m_tailAgain, false))
        refreshTail();
    sendLocate();
}

const store::StoredAlert *AlertTableModel::alertAt(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    const int page = row / kPageRows;
    const Page *cached = m_pages.object(page);
    if (!cached || row < cached->firstRow || row >= cached->endRow()) {
        want(page);
        return nullptr;
    }
    return &cached->rows.at(row - cached->firstRow);
}

void AlertTableModel::want(int page) const
{
    m_wanted.insert(page);
    if (!m_fetchTimer.isActive())
        m_fetchTimer.start();
}

// Only pages painted since the last round are read: a scroll-bar drag across millions of rows
// asks for where it ended, not for everything it passed.
void AlertTableModel::fetchWanted()
{
    QSet<int> pendingPages;
    for (const PendingFetch &fetch : std::as_const(m_pending))
        pendingPages.insert(fetch.page);
    const QSet<int> wanted = std::exchange(m_wanted, {});
    for (const int page : wanted) {
        if (!pendingPages.contains(page) && !m_measuring && !m_counting)
            requestPage(page);
    }
}

void AlertTableModel::requestPage(int page)
{
    const int first = page * kPageRows;
    const int end = std::min(m_count, first + kPageRows);
    if (first >= end)
        return;
    store::HistoryPageRequest request;
    request.filter = effectiveFilter();
    request.order = m_order;
    request.newestFirst = m_newestFirst;
    request.limit = end - first;
    bool backward = false;
    const Page *previous = m_pages.object(page - 1);
    const Page *next = m_pages.object(page + 1);
    if (m_exactKeys) {
        const qint64 key = m_newestFirst ? m_lastKey - first + 1 : m_firstKey + first - 1;
        request.after = store::QueryCursor{key, 0};
    } else if (previous && previous->endRow() == first && !previous->rows.isEmpty()) {
        request.after = previous->rows.constLast().cursor;
    } else if (next && next->firstRow == end && !next->rows.isEmpty()) {
        backward = true;
        request.after = next->rows.constFirst().cursor;
    } else if (end == m_count) {
        backward = true; // from the far end of the result, which is exact
    } else if (first > 0) {
        request.seekFraction = double(first) / double(m_count);
    }
    if (backward)
        request.newestFirst = !m_newestFirst;
    const quint64 ticket = nextTicket();
    m_pending.insert(ticket, {page, backward});
    QMetaObject::invokeMethod(m_history, [history = m_history, ticket, request] { history->fetch(ticket, request); },
                              Qt::QueuedConnection);
}

void AlertTableModel::onFetched(quint64 ticket, const QVector<store::StoredAlert> &rows)
{
    const auto pending = m_pending.constFind(ticket);
    if (!isCurrent(ticket) || pending == m_pending.constEnd())
        return;
    const PendingFetch fetch = *pending;
    m_pending.erase(pending);
    const int first = fetch.page * kPageRows;
    const int end = std::min(m_count, first + kPageRows);
    QVector<store::StoredAlert> ordered = rows;
    if (fetch.backward)
        std::reverse(ordered.begin(), ordered.end());
    // A short page (fewer matches than the estimate said) still fills from its anchored side.
    const int firstRow = fetch.backward ? end - int(ordered.size()) : first;
    m_pages.remove(fetch.page);
    storeRows(firstRow, ordered.mid(0, end - first));
    emit dataChanged(index(first, 0), index(end - 1, ColumnCount - 1));
}

// Puts rows [firstRow, firstRow + n) into their pages, extending a page they continue.
void AlertTableModel::storeRows(int firstRow, const QVector<store::StoredAlert> &rows)
{
    int at = std::max(0, firstRow);
    const int end = std::min(m_count, firstRow + int(rows.size()));
    while (at < end) {
        const int page = at / kPageRows;
        const int sliceEnd = std::min(end, (page + 1) * kPageRows);
        const QVector<store::StoredAlert> slice = rows.mid(at - firstRow, sliceEnd - at);
        Page *existing = m_pages.object(page);
        if (existing && existing->endRow() == at) {
            existing->rows += slice;
        } else if (existing && existing->firstRow == sliceEnd) {
            existing->rows = slice + existing->rows;
            existing->firstRow = at;
        } else {
            m_pages.insert(page, new Page{at, slice});
        }
        at = sliceEnd;
    }
}

void AlertTableModel::refreshTail()
{
    if (m_measuring || m_counting || m_tailPending) {
        m_tailAgain = true;
        return;
    }
    m_tailPending = true;
    const quint64 ticket = nextTicket();
    QMetaObject::invokeMethod(m_history, [history = m_history, ticket, filter = effectiveFilter(), after = m_lastKey] {
        history->tail(ticket, filter, after, kPageRows);
    }, Qt::QueuedConnection);
}

void AlertTableModel::onTailed(quint64 ticket, const store::HistoryTail &tail)
{
    if (!isCurrent(ticket))
        return;
    m_tailPending = false;
    if (tail.added > 0)
        insertLive(tail);
    m_lastKey = std::max(m_lastKey, tail.lastKey);
    if (std::exchange(m_tailAgain, false))
        refreshTail();
    sendLocate();
}

// Arrival order, oldest first: the rows go at the end, and pages stay valid. Otherwise the new rows
// fall in front (newest first) or among the rows (event time): the pages are read again.
void AlertTableModel::insertLive(const store::HistoryTail &tail)
{
    const int added = int(std::min<qint64>(tail.added, std::numeric_limits<int>::max() - m_count));
    const bool atEnd = !m_newestFirst;
    const int first = atEnd ? m_count : 0;
    beginInsertRows({}, first, first + added - 1);
    m_count += added;
    if (m_order == store::SortOrder::Received && atEnd) {
        storeRows(m_count - int(tail.newest.size()), tail.newest);
    } else {
        m_pages.clear();
    }
    endInsertRows();
    if (m_order == store::SortOrder::Time && m_count > 0)
        emit dataChanged(index(0, 0), index(m_count - 1, ColumnCount - 1));
    if (!tail.newest.isEmpty()) {
        m_fresh.emplace_back(m_lastKey + 1, QDateTime::currentMSecsSinceEpoch() + kFreshMs);
        if (!m_freshTimer.isActive())
            m_freshTimer.start();
    }
    emit rowsArrived(added);
}

void AlertTableModel::expireFresh()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    bool expired = false;
    while (!m_fresh.empty() && m_fresh.front().second <= now) {
        m_fresh.pop_front();
        expired = true;
    }
    if (m_fresh.empty())
        m_freshTimer.stop();
    if (expired && m_count > 0)
        emit dataChanged(index(0, 0), index(m_count - 1, ColumnCount - 1), {Qt::BackgroundRole, FreshRole});
}

void AlertTableModel::onFailed(quint64 ticket, const QString &error)
{
    if (!isCurrent(ticket))
        return;
    m_pending.remove(ticket);
    if (ticket == m_locateTicket) {
        m_locateTicket = 0;
        m_locateTarget.reset();
    }
    if (m_measuring || m_counting) {
        m_measuring = false;
        m_counting = false;
        m_tailAgain = false;
    }
    m_tailPending = false;
    emit queryFailed(error);
}

void AlertTableModel::locate(const store::KafkaCoordinates &message)
{
    m_locateTarget = message;
    m_locateTicket = 0; // an answer to an earlier locate() is not this one's
    sendLocate();
}

void AlertTableModel::sendLocate()
{
    if (!m_locateTarget || m_locateTicket != 0 || m_measuring || m_counting || m_tailPending)
        return;
    store::HistoryLocateRequest request;
    request.message = *m_locateTarget;
    request.filter = effectiveFilter();
    request.order = m_order;
    request.upToKey = m_lastKey;
    request.neighbours = kPageRows;
    m_locateTicket = nextTicket();
    QMetaObject::invokeMethod(m_history, [history = m_history, ticket = m_locateTicket, request] {
        history->locate(ticket, request);
    }, Qt::QueuedConnection);
}

void AlertTableModel::onLocated(quint64 ticket, const store::HistoryLocation &location)
{
    if (!isCurrent(ticket) || ticket != m_locateTicket)
        return;
    m_locateTicket = 0;
    using Outcome = store::HistoryLocation::Outcome;
    if (location.outcome == Outcome::NotReadYet) {
        refreshTail(); // asked again when the tail is in (onTailed)
        return;
    }
    m_locateTarget.reset();
    if (location.outcome == Outcome::Shown && m_count > 0)
        emit located(placeLocated(location));
    else
        emit notLocated(location);
}

// Puts the alert at its distance from the newest end and fills its page with its neighbours, so
// the page is not read again (by proportion, for a filtered result) and pages next to it continue
// from it exactly: the alert is where the table says, even where the position is an estimate.
int AlertTableModel::placeLocated(const store::HistoryLocation &location)
{
    // Far from the newest end of a big filtered result the distance is an estimate, as the count is.
    const qint64 estimate = location.newer.exact ? location.newer.count
                                                 : std::max(location.newer.count, qint64(location.newer.share * m_count));
    const int newer = int(std::min<qint64>(estimate, m_count - 1));
    const int row = m_newestFirst ? newer : m_count - 1 - newer;
    const int page = row / kPageRows;
    const int first = page * kPageRows;
    const int end = std::min(m_count, first + kPageRows);
    const QVector<store::StoredAlert> &before = m_newestFirst ? location.newerRows : location.olderRows;
    const QVector<store::StoredAlert> &after = m_newestFirst ? location.olderRows : location.newerRows;
    const int shownBefore = std::min(row - first, int(before.size()));
    QVector<store::StoredAlert> rows(before.crbegin() + (before.size() - shownBefore), before.crend());
    rows.append(location.alert);
    rows += after.mid(0, end - row - 1);
    m_pages.remove(page);
    m_pending.removeIf([page](QHash<quint64, PendingFetch>::iterator pending) { return pending->page == page; });
    storeRows(row - shownBefore, rows);
    emit dataChanged(index(first, 0), index(end - 1, ColumnCount - 1));
    return row;
}

QVariant AlertTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const store::StoredAlert *row = alertAt(index.row());
    if (!row)
        return {};
    const decode::Alert &alert = row->record.alert;
    const bool fresh = !m_fresh.empty() && row->key >= m_fresh.front().first;
    switch (role) {
    case Qt::DisplayRole:
        return displayData(*row, index.column());
    case Qt::ToolTipRole:
        if (isRetraction(alert) && !alert.event.isEmpty())
            return tr("Retraction of %1. Double-click to show every alert of %1.").arg(alert.event);
        return alert.decodeError.isEmpty() ? alert.title : alert.decodeError;
    case Qt::ForegroundRole:
        if (alert.test)
            return QBrush(Qt::gray);
        if (!alert.decodeError.isEmpty() || isRetraction(alert))
            return QBrush(Qt::darkRed);
        return {};
    case Qt::BackgroundRole:
        return fresh ? QBrush(QColor(255, 244, 190)) : QVariant();
    case Qt::FontRole:
        if (isRetraction(alert)) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        return {};
    case KeyRole:
        return row->key;
    case TestRole:
        return alert.test;
    case RetractionRole:
        return isRetraction(alert);
    case EventRole:
        return alert.event;
    case FreshRole:
        return fresh;
    default:
        return {};
    }
}

QVariant AlertTableModel::displayData(const store::StoredAlert &row, int column) const
{
    const decode::ReceivedAlert &received = row.record;
    const decode::Alert &a = received.alert;
    if (const NumericColumn *numeric = numericColumn(column)) {
        const std::optional<double> &value = a.*(numeric->field);
        return value ? QVariant(QString::number(*value, numeric->format, numeric->precision)) : QVariant();
    }
    switch (column) {
    case Received:
        return QDateTime::fromMSecsSinceEpoch(received.receivedMs, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case Time:
        return a.time;
    case Stream:
        return received.stream;
    case Topic:
        return received.topic;
    case Source:
        return a.source;
    case Event:
        return a.event;
    case Type:
        if (isRetraction(a) && !a.event.isEmpty())
            return a.test ? tr("Retraction of %1 (test)").arg(a.event) : tr("Retraction of %1").arg(a.event);
        if (!a.test)
            return a.alertType;
        return a.alertType.isEmpty() ? tr("test") : tr("%1 (test)").arg(a.alertType);
    case Title:
        return a.title;
    default:
        return {};
    }
}

QVariant AlertTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::ToolTipRole && !isSortable(section))
        return tr("Sort by Received or Time; the filter bar narrows by this column (see Help)");
    if (role != Qt::DisplayRole)
        return {};
    static const char *const titles[ColumnCount] = {
        QT_TR_NOOP("Received"), QT_TR_NOOP("Time"),  QT_TR_NOOP("Stream"), QT_TR_NOOP("Topic"),
        QT_TR_NOOP("Source"),   QT_TR_NOOP("Event"), QT_TR_NOOP("Type"),   QT_TR_NOOP("RA"),
        QT_TR_NOOP("Dec"),      QT_TR_NOOP("Error"), QT_TR_NOOP("Mag"),    QT_TR_NOOP("Score"),
        QT_TR_NOOP("FAR"),      QT_TR_NOOP("Title")};
    return tr(titles[section]);
}

} // namespace alertdeck::ui
