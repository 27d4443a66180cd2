#pragma once

#include "AlertFilter.h"
#include "MessageLookup.h"
#include "core/decode/ReceivedAlert.h"

#include <QString>
#include <QVector>

#include <memory>
#include <optional>

namespace alertdeck::store {

// One stored alert as the history table shows it: the record without its raw payload and headers,
// which payload()/headers() fetch by `key` when the detail pane asks.
struct StoredAlert
{
    qint64 key = 0; // the row key: arrival order, never reused
    QueryCursor cursor;
    decode::ReceivedAlert record;
};

// How many rows of a filtered, sorted result are newer than a located alert: exact while the rows
// read to count them stay few; beyond that `count` is what was seen and `share` the part of the
// result newer than the alert by proportion (of keys, or of the event-time span), the estimate a
// scroll-bar position in a big filtered result is made of anyway.
struct NewerCount
{
    qint64 count = 0;
    bool exact = true;
    double share = 0;
};

// Read side of the store for the big history table and `query local`: keyset-paginated pages of a
// filtered, sorted history (no OFFSET, so page 10,000 costs what page 1 does), a quick count
// estimate for the scroll bar, and lazy payload access. Its own read-only connection: reads never
// block the writer (WAL) and see every committed append.
class AlertQuery
{
public:
    static std::unique_ptr<AlertQuery> open(const QString &path, QString *error);
    ~AlertQuery();
    AlertQuery(const AlertQuery &) = delete;
    AlertQuery &operator=(const AlertQuery &) = delete;

    // Up to `limit` rows after `after` (from the start without it), newest first unless
    // `newestFirst` is false. Continue with the last row's cursor.
    std::optional<QVector<StoredAlert>> page(const AlertFilter &filter, SortOrder order, bool newestFirst,
                                             const std::optional<QueryCursor> &after, int limit,
                                             QString *error);
    // Exact for small results; otherwise extrapolated from a sample of the candidates.
    std::optional<qint64> countEstimate(const AlertFilter &filter, QString *error);
    // Where a scroll bar dragged to `fraction` (0: first row, 1: last) lands: a cursor whose next
    // page starts there. Exact for the unfiltered history in arrival order (keys are dense), an
    // approximation otherwise (position in key or event-time order, filter assumed spread evenly).
    std::optional<QueryCursor> seek(const AlertFilter &filter, SortOrder order, bool newestFirst,
                                    double fraction, QString *error);

    // Locating a notified alert (AlertHistory::locate): the first stored alert of a Kafka message,
    // or nullopt with `error` left as it was when the store does not hold it (never stored, or
    // removed by retention);
    std::optional<StoredAlert> firstOfMessage(const KafkaCoordinates &message, QString *error);
    // whether the row `key` passes `filter`;
    std::optional<bool> matches(const AlertFilter &filter, qint64 key, QString *error);
    // and how many rows of the filtered result sort after `alert` (oldest to newest in `order`),
    // among rows with keys up to `upToKey`: its distance from the newest end of a table that has
    // read the store up to that key. On the indexes, reading at most 50,000 rows per part
    // (no rows at all for the unfiltered history in arrival order, whose keys are dense).
    std::optional<NewerCount> countNewer(const AlertFilter &filter, SortOrder order, const StoredAlert &alert,
                                         qint64 upToKey, QString *error);

    std::optional<QByteArray> payload(qint64 key, QString *error);
    std::optional<decode::MessageHeaders> headers(qint64 key, QString *error);

private:
    struct Private;
    explicit AlertQuery(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace alertdeck::store
