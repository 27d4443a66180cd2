#pragma once

#include "AlertQuery.h"
#include "core/decode/PayloadOutline.h"
#include "core/decode/PayloadText.h"

#include <QMetaType>
#include <QObject>

#include <atomic>
#include <memory>

namespace alertdeck::decode {
class DecoderRegistry;
}

namespace alertdeck::store {

// One page the history table wants, read in `newestFirst` order from `after` (or from a scroll-bar
// position when `seekFraction` is set, or from the start when neither is).
struct HistoryPageRequest
{
    AlertFilter filter;
    SortOrder order = SortOrder::Received;
    bool newestFirst = false;
    std::optional<QueryCursor> after;
    std::optional<double> seekFraction;
    int limit = 256;
};

// The size of a filtered history and its newest rows, which is where a table opens.
struct HistoryExtent
{
    // Exact for the unfiltered history and small results. Otherwise the rows in `newest` for now:
    // counted() follows with the estimate, so the rows show before the slower count is done.
    qint64 count = 0;
    bool counting = false;
    qint64 firstKey = 1; // the store's oldest and newest keys at the time (count 0: first > last)
    qint64 lastKey = 0;
    QVector<StoredAlert> newest; // newest first, in the requested sort order
};

// What arrived after a key: how many rows match, and the newest of them (oldest first).
struct HistoryTail
{
    qint64 added = 0;
    qint64 lastKey = 0; // continue after this key next time
    QVector<StoredAlert> newest;
};

// Where the table should show a notified alert: the message, the table's filter and order, and the
// newest key the table has read (rows after it are not rows of the table yet).
struct HistoryLocateRequest
{
    KafkaCoordinates message;
    AlertFilter filter;
    SortOrder order = SortOrder::Received;
    qint64 upToKey = 0;
    int neighbours = 256; // rows read on each side, so the alert's page is filled around it
};

struct HistoryLocation
{
    enum class Outcome { Shown, Filtered, NotReadYet, Missing };
    Outcome outcome = Outcome::Missing;
    StoredAlert alert; // the message's first alert (all outcomes but Missing)
    NewerCount newer;  // Shown: rows of the result that sort after it, up to the request's key
    // Shown: its neighbours in the result, nearest first; `newerRows` stops at the request's key.
    QVector<StoredAlert> olderRows, newerRows;
};

// What the detail pane shows of an alert beyond its row: its headers and payload size as stored,
// and the payload decoded into an outline and written out as text and hex.
struct AlertDetail
{
    qint64 key = 0;
    decode::MessageHeaders headers;
    qint64 payloadSize = 0;
    decode::PayloadOutline outline;
    decode::PayloadText text;
    QString error; // set when the payload or headers could not be read
};
// Shared, not copied: a Rubin alert's outline has thousands of nodes.
using AlertDetailPtr = std::shared_ptr<const AlertDetail>;

// The history table's query service: a QObject living on a thread of its own with its own read-only
// store connection, so no query ever runs on the GUI thread. Requests arrive as queued calls and
// are answered by queued signals carrying the caller's ticket. Tickets carry a generation in their
// upper 32 bits; requests of a generation older than the one set by supersede() are dropped
// unanswered, so a filter typed quickly does not leave a queue of obsolete queries behind it.
class AlertHistory : public QObject
{
    Q_OBJECT
public:
    explicit AlertHistory(QString path, QObject *parent = nullptr);
    ~AlertHistory() override;

    static quint64 ticket(quint32 generation, quint32 serial) { return quint64(generation) << 32 | serial; }
    // Thread-safe: callable from the thread that sends requests.
    void supersede(quint32 generation) { m_generation.store(generation); }

    void measure(quint64 ticket, const alertdeck::store::AlertFilter &filter, alertdeck::store::SortOrder order, int keep);
    void fetch(quint64 ticket, const alertdeck::store::HistoryPageRequest &request);
    void tail(quint64 ticket, const alertdeck::store::AlertFilter &filter, qint64 afterKey, int keep);
    void locate(quint64 ticket, const alertdeck::store::HistoryLocateRequest &request);
    // Payload work for the detail pane (its tickets are its own: supersede() does not apply). The
    // pane asks for one alert at a time, so quick navigation never queues more than one.
    void readDetail(quint64 ticket, const alertdeck::store::StoredAlert &alert);

signals:
    void measured(quint64 ticket, const alertdeck::store::HistoryExtent &extent);
    void counted(quint64 ticket, qint64 count);
    void fetched(quint64 ticket, const QVector<alertdeck::store::StoredAlert> &rows);
    void tailed(quint64 ticket, const alertdeck::store::HistoryTail &tail);
    void located(quint64 ticket, const alertdeck::store::HistoryLocation &location);
    void detailRead(quint64 ticket, alertdeck::store::AlertDetailPtr detail);
    void failed(quint64 ticket, const QString &error);

private:
    bool isStale(quint64 ticket) const { return quint32(ticket >> 32) < m_generation.load(); }
    AlertQuery *query(QString *error);
    std::optional<std::pair<qint64, qint64>> keyBounds(QString *error);
    bool readNeighbours(const HistoryLocateRequest &request, HistoryLocation *location, QString *error);
    bool readSide(const HistoryLocateRequest &request, const QueryCursor &from, bool older,
                  QVector<StoredAlert> *rows, QString *error);

    QString m_path;
    std::unique_ptr<AlertQuery> m_query;
    std::unique_ptr<decode::DecoderRegistry> m_decoders; // made on the first readDetail()
    std::atomic<quint32> m_generation{0};
};

} // namespace alertdeck::store

Q_DECLARE_METATYPE(alertdeck::store::AlertFilter)
Q_DECLARE_METATYPE(alertdeck::store::SortOrder)
Q_DECLARE_METATYPE(alertdeck::store::HistoryPageRequest)
Q_DECLARE_METATYPE(alertdeck::store::HistoryExtent)
Q_DECLARE_METATYPE(alertdeck::store::HistoryTail)
Q_DECLARE_METATYPE(alertdeck::store::HistoryLocateRequest)
Q_DECLARE_METATYPE(alertdeck::store::HistoryLocation)
Q_DECLARE_METATYPE(alertdeck::store::StoredAlert)
Q_DECLARE_METATYPE(alertdeck::store::AlertDetailPtr)
