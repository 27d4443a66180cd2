#include "AlertHistory.h"

#include "core/decode/DecoderRegistry.h"

#include <algorithm>

namespace alertdeck::store {
namespace {

// Rows read per step while counting what arrived after a key under a filter.
constexpr int kTailStep = 4096;

} // namespace

AlertHistory::AlertHistory(QString path, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path))
{
    qRegisterMetaType<AlertFilter>();
    qRegisterMetaType<SortOrder>();
    qRegisterMetaType<HistoryPageRequest>();
    qRegisterMetaType<HistoryExtent>();
    qRegisterMetaType<HistoryTail>();
    qRegisterMetaType<HistoryLocateRequest>();
    qRegisterMetaType<HistoryLocation>();
    qRegisterMetaType<StoredAlert>();
    qRegisterMetaType<AlertDetailPtr>();
    qRegisterMetaType<QVector<StoredAlert>>();
}

AlertHistory::~AlertHistory() = default;

// Opened on first use, i.e. on the service's own thread: a SQLite connection stays with its thread.
AlertQuery *AlertHistory::query(QString *error)
{
    if (!m_query)
        m_query = AlertQuery::open(m_path, error);
    return m_query.get();
}

// The oldest and newest keys: keys are dense, so for the unfiltered history they give positions
// and counts without reading rows.
std::optional<std::pair<qint64, qint64>> AlertHistory::keyBounds(QString *error)
{
    AlertQuery *q = query(error);
    if (!q)
        return std::nullopt;
    const std::optional<QueryCursor> beforeFirst = q->seek({}, SortOrder::Received, false, 0, error);
    const std::optional<QueryCursor> afterLast = q->seek({}, SortOrder::Received, true, 0, error);
    if (!beforeFirst || !afterLast)
        return std::nullopt;
    return std::make_pair(beforeFirst->key + 1, afterLast->key - 1);
}

void AlertHistory::measure(quint64 ticket, const AlertFilter &filter, SortOrder order, int keep)
{
    if (isStale(ticket))
        return;
    QString error;
    const auto bounds = keyBounds(&error);
    HistoryExtent extent;
    std::optional<QVector<StoredAlert>> newest;
    if (bounds) {
        extent.firstKey = bounds->first;
        extent.lastKey = bounds->second;
        newest = m_query->page(filter, order, true, std::nullopt, keep, &error);
    }
    if (!newest) {
        emit failed(ticket, error);
        return;
    }
    // A result smaller than the page is known exactly; the unfiltered one by its keys.
    extent.counting = newest->size() == keep && !filter.isEmpty();
    extent.count = filter.isEmpty() ? std::max<qint64>(0, bounds->second - bounds->first + 1) : newest->size();
    extent.newest = std::move(*newest);
    emit measured(ticket, extent);
    if (!extent.counting)
        return;
    const std::optional<qint64> count = m_query->countEstimate(filter, &error);
    if (!count) {
        emit failed(ticket, error);
        return;
    }
    emit counted(ticket, std::max<qint64>(*count, keep));
}

void AlertHistory::fetch(quint64 ticket, const HistoryPageRequest &request)
{
    if (isStale(ticket))
        return;
    QString error;
    AlertQuery *q = query(&error);
    std::optional<QueryCursor> after = request.after;
    if (q && request.seekFraction) {
        after = q->seek(request.filter, request.order, request.newestFirst, *request.seekFraction, &error);
        if (!after)
            q = nullptr;
    }
    const auto rows = q ? q->page(request.filter, request.order, request.newestFirst, after, request.limit, &error)
                        : std::nullopt;
    if (!rows) {
        emit failed(ticket, error);
        return;
    }
    emit fetched(ticket, *rows);
}

void AlertHistory::tail(quint64 ticket, const AlertFilter &filter, qint64 afterKey, int keep)
{
    if (isStale(ticket))
        return;
    QString error;
    const auto bounds = keyBounds(&error);
    if (!bounds) {
        emit failed(ticket, error);
        return;
    }
    HistoryTail tail;
    tail.lastKey = std::max(afterKey, bounds->second);
    std::optional<QVector<StoredAlert>> rows;
    if (filter.isEmpty()) {
        tail.added = tail.lastKey - afterKey;
        rows = m_query->page(filter, SortOrder::Received, true, std::nullopt, int(std::min<qint64>(keep, tail.added)), &error);
        if (rows)
            std::reverse(rows->begin(), rows->end());
    } else {
        // Rows committed while this runs are counted too, so the next tail starts after the last
        // row seen here if that is beyond the bounds read above.
        rows.emplace();
        std::optional<QueryCursor> after = QueryCursor{afterKey, 0};
        for (;;) {
            auto step = m_query->page(filter, SortOrder::Received, false, after, kTailStep, &error);
            if (!step) {
                rows.reset();
                break;
            }
            tail.added += step->size();
            if (!step->isEmpty()) {
                after = step->constLast().cursor;
                tail.lastKey = std::max(tail.lastKey, step->constLast().key);
            }
            *rows += *step;
            if (rows->size() > keep)
                rows->remove(0, rows->size() - keep);
            if (step->size() < kTailStep)
                break;
        }
    }
    if (!rows) {
        emit failed(ticket, error);
        return;
    }
    tail.newest = std::move(*rows);
    emit tailed(ticket, tail);
}

// Found, in the table's filter and already read by the table: how far from the newest end it is,
// and the rows around it, so the table can show its page at once and scroll on from it exactly.
void AlertHistory::locate(quint64 ticket, const HistoryLocateRequest &request)
{
    if (isStale(ticket))
        return;
    QString error;
    AlertQuery *q = query(&error);
    std::optional<StoredAlert> alert = q ? q->firstOfMessage(request.message, &error) : std::nullopt;
    HistoryLocation location;
    if (!alert) {
        if (!error.isEmpty())
            emit failed(ticket, error);
        else
            emit located(ticket, location);
        return;
    }
    location.alert = *alert;
    const std::optional<bool> matches = q->matches(request.filter, alert->key, &error);
    bool ok = matches.has_value();
    if (matches && !*matches) {
        location.outcome = HistoryLocation::Outcome::Filtered;
    } else if (matches && alert->key > request.upToKey) {
        location.outcome = HistoryLocation::Outcome::NotReadYet;
    } else if (matches) {
        location.outcome = HistoryLocation::Outcome::Shown;
        const std::optional<NewerCount> newer = q->countNewer(request.filter, request.order, *alert, request.upToKey, &error);
        location.newer = newer.value_or(NewerCount());
        ok = newer && readNeighbours(request, &location, &error);
    }
    if (!ok) {
        emit failed(ticket, error);
        return;
    }
    emit located(ticket, location);
}

void AlertHistory::readDetail(quint64 ticket, const StoredAlert &alert)
{
    auto detail = std::make_shared<AlertDetail>();
    detail->key = alert.key;
    decode::ReceivedAlert received = alert.record;
    AlertQuery *q = query(&detail->error);
    if (q) {
        received.payload = q->payload(alert.key, &detail->error).value_or(QByteArray());
        if (detail->error.isEmpty())
            received.headers = q->headers(alert.key, &detail->error).value_or(decode::MessageHeaders());
    }
    if (detail->error.isEmpty()) {
        if (!m_decoders)
            m_decoders = std::make_unique<decode::DecoderRegistry>();
        detail->headers = received.headers;
        detail->payloadSize = received.payload.size();
        detail->outline = decode::PayloadOutline::of(*m_decoders, received);
        detail->text = decode::PayloadText::of(received.payload);
    }
    emit detailRead(ticket, std::move(detail));
}

bool AlertHistory::readNeighbours(const HistoryLocateRequest &request, HistoryLocation *location, QString *error)
{
    return readSide(request, location->alert.cursor, true, &location->olderRows, error)
        && readSide(request, location->alert.cursor, false, &location->newerRows, error);
}

// Rows stored after the table's last read come to it with its next tail, not here. By event time
// they are mixed among the others: read on until the side is full without them.
bool AlertHistory::readSide(const HistoryLocateRequest &request, const QueryCursor &from, bool older,
                            QVector<StoredAlert> *rows, QString *error)
{
    std::optional<QueryCursor> after = from;
    while (rows->size() < request.neighbours) {
        const auto step = m_query->page(request.filter, request.order, older, after, request.neighbours, error);
        if (!step)
            return false;
        bool beyond = false;
        for (const StoredAlert &row : *step) {
            beyond = beyond || row.key > request.upToKey;
            if (row.key <= request.upToKey && rows->size() < request.neighbours)
                rows->append(row);
        }
        // In arrival order everything after a row beyond the key is beyond it too.
        if (step->size() < request.neighbours || (beyond && request.order == SortOrder::Received))
            break;
        after = step->constLast().cursor;
    }
    return true;
}

} // namespace alertdeck::store
