#include "AlertQuery.h"

#include "PayloadSegments.h"
#include "QueryPlan.h"
#include "StoreSchema.h"

#include <QCoreApplication>
#include <QHash>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>

namespace alertdeck::store {
namespace {

// Rows of the driving index the count estimate looks at before extrapolating.
constexpr int kCountSample = 20000;
// Rows read per part to count a located alert's distance from the newest end: 10-30 ms on a 10M
// store. Counting all of them took up to 4.7 s for an old alert under a filter, sorted by time.
constexpr int kLocateCandidates = 50000;

struct PartitionInfo
{
    qint64 stream = 0;
    qint64 topic = 0;
    qint32 number = -1;
};

bool before(const StoredAlert &a, const StoredAlert &b, bool newestFirst)
{
    const auto ka = std::make_pair(a.cursor.timeKey, a.key);
    const auto kb = std::make_pair(b.cursor.timeKey, b.key);
    return newestFirst ? ka > kb : ka < kb;
}

} // namespace

struct AlertQuery::Private
{
    QString path;
    SqliteDatabase db;
    std::unique_ptr<PayloadSegments> segments;
    QHash<qint64, QString> names;
    QHash<qint64, PartitionInfo> partitions;

    SqliteStatement run(const BoundSql &sql, QString *error);
    void loadDictionaries();
    const QString &name(qint64 id);
    const PartitionInfo &partition(qint64 id);
    StoredAlert readRow(sqlite3_stmt *statement);
    std::optional<QueryPlan::Resolved> resolve(const AlertFilter &filter, QString *error);
    std::optional<qint64> lookupName(const QString &text, QString *error);
    std::optional<std::pair<qint64, qint64>> keyRange(const AlertFilter &filter, QString *error);
    bool readRows(const BoundSql &sql, QVector<StoredAlert> *rows, QString *error);
    std::optional<qint64> count(const BoundSql &sql, QString *error);
    double newerShare(SortOrder order, const StoredAlert &alert, qint64 upToKey);
    struct Location
    {
        qint64 segment = 0, offset = 0, payloadLength = 0, headersLength = 0;
    };
    std::optional<Location> locate(qint64 key, QString *error);
};

AlertQuery::AlertQuery(std::unique_ptr<Private> p) : d(std::move(p)) {}
AlertQuery::~AlertQuery() = default;

std::unique_ptr<AlertQuery> AlertQuery::open(const QString &path, QString *error)
{
    auto p = std::make_unique<Private>();
    p->path = path;
    p->db = schema::open(path, schema::Mode::ReadOnly, error);
    if (!p->db)
        return {};
    p->segments = std::make_unique<PayloadSegments>(PayloadSegments::directoryFor(path));
    return std::unique_ptr<AlertQuery>(new AlertQuery(std::move(p)));
}

SqliteStatement AlertQuery::Private::run(const BoundSql &sql, QString *error)
{
    SqliteStatement statement = sql::prepare(db.get(), sql.text.toUtf8(), error);
    if (!statement)
        return {};
    for (size_t i = 0; i < sql.values.size(); ++i) {
        const int index = int(i) + 1;
        if (const auto *integer = std::get_if<qint64>(&sql.values[i]))
            sqlite3_bind_int64(statement.get(), index, *integer);
        else if (const auto *real = std::get_if<double>(&sql.values[i]))
            sqlite3_bind_double(statement.get(), index, *real);
        else
            sqlite3_bind_text16(statement.get(), index, std::get<QString>(sql.values[i]).utf16(),
                                int(std::get<QString>(sql.values[i]).size() * 2), SQLITE_TRANSIENT);
    }
    return statement;
}

void AlertQuery::Private::loadDictionaries()
{
    SqliteStatement all = sql::prepare(db.get(), "SELECT id, text FROM names", nullptr);
    while (all && sqlite3_step(all.get()) == SQLITE_ROW)
        names.insert(sqlite3_column_int64(all.get(), 0), sql::columnText(all.get(), 1));
    SqliteStatement parts = sql::prepare(db.get(), "SELECT id, stream, topic, part_no FROM partitions", nullptr);
    while (parts && sqlite3_step(parts.get()) == SQLITE_ROW) {
        partitions.insert(sqlite3_column_int64(parts.get(), 0),
                          {sqlite3_column_int64(parts.get(), 1), sqlite3_column_int64(parts.get(), 2),
                           sqlite3_column_int(parts.get(), 3)});
    }
}

const QString &AlertQuery::Private::name(qint64 id)
{
    if (!names.contains(id))
        loadDictionaries();
    static const QString unknown;
    const auto found = names.constFind(id);
    return found == names.constEnd() ? unknown : *found;
}

const PartitionInfo &AlertQuery::Private::partition(qint64 id)
{
    if (!partitions.contains(id))
        loadDictionaries();
    static const PartitionInfo unknown;
    const auto found = partitions.constFind(id);
    return found == partitions.constEnd() ? unknown : *found;
}

StoredAlert AlertQuery::Private::readRow(sqlite3_stmt *statement)
{
    StoredAlert row;
    row.key = sqlite3_column_int64(statement, 0);
    row.cursor = {row.key, sqlite3_column_int64(statement, 10)};
    decode::ReceivedAlert &received = row.record;
    received.receivedMs = sqlite3_column_int64(statement, 1);
    const PartitionInfo &part = partition(sqlite3_column_int64(statement, 2));
    received.stream = name(part.stream);
    received.topic = name(part.topic);
    received.partition = part.number;
    received.offset = sqlite3_column_int64(statement, 3);
    decode::Alert &alert = received.alert;
    alert.id = sql::columnText(statement, 4);
    alert.format = name(sqlite3_column_int64(statement, 5));
    alert.source = name(sqlite3_column_int64(statement, 6));
    alert.event = sql::columnText(statement, 7);
    if (sqlite3_column_type(statement, 8) != SQLITE_NULL)
        alert.alertType = name(sqlite3_column_int64(statement, 8));
    alert.time = sql::columnText(statement, 9);
    alert.ra = sql::columnOptional(statement, 11);
    alert.dec = sql::columnOptional(statement, 12);
    alert.errorRadius = sql::columnOptional(statement, 13);
    alert.mag = sql::columnOptional(statement, 14);
    alert.score = sql::columnOptional(statement, 15);
    alert.far = sql::columnOptional(statement, 16);
    alert.test = sqlite3_column_int(statement, 17) != 0;
    alert.title = sql::columnText(statement, 18);
    alert.decodeError = sql::columnText(statement, 19);
    return row;
}

std::optional<qint64> AlertQuery::Private::lookupName(const QString &text, QString *error)
{
    SqliteStatement find = sql::prepare(db.get(), "SELECT id FROM names WHERE text = ?", error);
    if (!find)
        return std::nullopt;
    sql::bindText(find.get(), 1, text);
    // -1 matches no row: an unknown source filters everything out.
    return sqlite3_step(find.get()) == SQLITE_ROW ? sqlite3_column_int64(find.get(), 0) : -1;
}

std::optional<std::pair<qint64, qint64>> AlertQuery::Private::keyRange(const AlertFilter &filter, QString *error)
{
    // Received times map to key ranges through the per-batch zone map: rows outside a batch range
    // cannot match, rows inside are checked against `received` itself.
    std::pair<qint64, qint64> range{0, std::numeric_limits<qint64>::max()};
    auto bound = [&](const char *text, qint64 value, qint64 *target, qint64 none) {
        SqliteStatement statement = sql::prepare(db.get(), text, error);
        if (!statement)
            return false;
        sqlite3_bind_int64(statement.get(), 1, value);
        sqlite3_step(statement.get());
        *target = sqlite3_column_type(statement.get(), 0) == SQLITE_NULL ? none
                                                                        : sqlite3_column_int64(statement.get(), 0);
        return true;
    };
    if (filter.receivedFromMs
        && !bound("SELECT min(first_key) FROM batches WHERE max_received >= ?", *filter.receivedFromMs,
                  &range.first, std::numeric_limits<qint64>::max())) {
        return std::nullopt;
    }
    if (filter.receivedToMs
        && !bound("SELECT max(last_key) FROM batches WHERE min_received <= ?", *filter.receivedToMs,
                  &range.second, -1)) {
        return std::nullopt;
    }
    return range;
}

std::optional<QueryPlan::Resolved> AlertQuery::Private::resolve(const AlertFilter &filter, QString *error)
{
    QueryPlan::Resolved resolved;
    if (!filter.source.isEmpty() && !(resolved.source = lookupName(filter.source, error)))
        return std::nullopt;
    if (!filter.stream.isEmpty() || !filter.topic.isEmpty()) {
        const std::optional<qint64> stream = filter.stream.isEmpty() ? std::nullopt : lookupName(filter.stream, error);
        const std::optional<qint64> topic = filter.topic.isEmpty() ? std::nullopt : lookupName(filter.topic, error);
        loadDictionaries();
        resolved.partitions.emplace();
        for (auto it = partitions.constBegin(); it != partitions.constEnd(); ++it) {
            if ((!stream || it->stream == *stream) && (!topic || it->topic == *topic))
                resolved.partitions->push_back(it.key());
        }
    }
    if (filter.receivedFromMs || filter.receivedToMs) {
        resolved.keyRange = keyRange(filter, error);
        if (!resolved.keyRange)
            return std::nullopt;
    }
    return resolved;
}

bool AlertQuery::Private::readRows(const BoundSql &sql, QVector<StoredAlert> *rows, QString *error)
{
    SqliteStatement statement = run(sql, error);
    if (!statement)
        return false;
    int rc;
    while ((rc = sqlite3_step(statement.get())) == SQLITE_ROW)
        rows->append(readRow(statement.get()));
    if (rc != SQLITE_DONE) {
        *error = sql::lastError(db.get());
        return false;
    }
    return true;
}

std::optional<qint64> AlertQuery::Private::count(const BoundSql &sql, QString *error)
{
    SqliteStatement statement = run(sql, error);
    if (!statement)
        return std::nullopt;
    if (sqlite3_step(statement.get()) != SQLITE_ROW) {
        *error = sql::lastError(db.get());
        return std::nullopt;
    }
    return sqlite3_column_int64(statement.get(), 0);
}

std::optional<QVector<StoredAlert>> AlertQuery::page(const AlertFilter &filter, SortOrder order, bool newestFirst,
                                                     const std::optional<QueryCursor> &after, int limit,
                                                     QString *error)
{
    QString reason;
    // One read transaction: indexed_upto and the rows on both sides of it come from one snapshot.
    if (!sql::exec(d->db.get(), "BEGIN", &reason)) {
        *error = reason;
        return std::nullopt;
    }
    QVector<StoredAlert> rows;
    bool ok = false;
    if (const std::optional<QueryPlan::Resolved> resolved = d->resolve(filter, &reason)) {
        const QueryPlan plan(filter, *resolved, order, newestFirst, schema::metaValue(d->db.get(), "indexed_upto"));
        ok = true;
        for (const QueryPlan::Part part : plan.parts()) {
            // Received order: parts are disjoint key ranges in sequence, so the next part only
            // fills what the previous one left; event time order merges both parts below.
            const int wanted = order == SortOrder::Received ? limit - int(rows.size()) : limit;
            if (wanted <= 0 || !(ok = d->readRows(plan.page(part, after, wanted), &rows, &reason)))
                break;
        }
        if (ok && order == SortOrder::Time && plan.parts().size() > 1) {
            std::sort(rows.begin(), rows.end(),
                      [newestFirst](const StoredAlert &a, const StoredAlert &b) { return before(a, b, newestFirst); });
            if (rows.size() > limit)
                rows.resize(limit);
        }
    }
    sql::exec(d->db.get(), "COMMIT", nullptr);
    if (!ok) {
        *error = QCoreApplication::translate("AlertDeck", "cannot query alert store %1: %2").arg(d->path, reason);
        return std::nullopt;
    }
    return rows;
}

std::optional<qint64> AlertQuery::countEstimate(const AlertFilter &filter, QString *error)
{
    QString reason;
    if (!sql::exec(d->db.get(), "BEGIN", &reason)) {
        *error = reason;
        return std::nullopt;
    }
    std::optional<qint64> estimate;
    const std::optional<QueryPlan::Resolved> resolved = d->resolve(filter, &reason);
    if (resolved) {
        sqlite3 *db = d->db.get();
        const QueryPlan plan(filter, *resolved, SortOrder::Received, true, schema::metaValue(db, "indexed_upto"));
        auto integers = [&](const BoundSql &sql, int count) -> std::optional<std::pair<qint64, qint64>> {
            SqliteStatement statement = d->run(sql, &reason);
            if (!statement || sqlite3_step(statement.get()) != SQLITE_ROW)
                return std::nullopt;
            return std::make_pair(sqlite3_column_int64(statement.get(), 0),
                                  count > 1 ? sqlite3_column_int64(statement.get(), 1) : 0);
        };
        const auto sampled = integers(plan.sampledMatches(kCountSample), 2);
        std::optional<qint64> candidates;
        std::optional<qint64> tail = 0;
        if (plan.drivenByIndex()) {
            candidates = integers(plan.candidateCount(), 1).value_or(std::make_pair(-1, 0)).first;
            tail = integers(plan.tailCount(), 1).value_or(std::make_pair(-1, 0)).first;
        } else {
            // Keys are dense (never reused, removed only from the oldest end): a key range's size is its count.
            const auto [first, last] = schema::keyBounds(db);
            const auto range = resolved->keyRange.value_or(std::make_pair(first, last));
            candidates = std::max<qint64>(0, std::min(last, range.second) - std::max(first, range.first) + 1);
        }
        if (sampled && candidates >= 0 && tail >= 0) {
            const auto [seen, matched] = *sampled;
            estimate = seen < kCountSample ? matched + *tail
                                           : qint64(double(matched) / double(seen) * double(*candidates)) + *tail;
        }
    }
    sql::exec(d->db.get(), "COMMIT", nullptr);
    if (!estimate && error)
        *error = QCoreApplication::translate("AlertDeck", "cannot count alerts in %1: %2").arg(d->path, reason);
    return estimate;
}

std::optional<QueryCursor> AlertQuery::seek(const AlertFilter &filter, SortOrder order, bool newestFirst,
                                            double fraction, QString *error)
{
    sqlite3 *db = d->db.get();
    QString reason;
    const std::optional<QueryPlan::Resolved> resolved = d->resolve(filter, &reason);
    if (!resolved) {
        *error = QCoreApplication::translate("AlertDeck", "cannot query alert store %1: %2").arg(d->path, reason);
        return std::nullopt;
    }
    fraction = std::clamp(fraction, 0.0, 1.0);
    const int step = newestFirst ? 1 : -1; // a cursor is exclusive: start just beyond the target
    if (order == SortOrder::Received) {
        const auto range = resolved->keyRange.value_or(
            std::make_pair(std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max()));
        const auto [lowest, highest] = schema::keyBounds(db);
        const qint64 first = std::max(range.first, lowest);
        const qint64 last = std::min(range.second, highest);
        const auto span = qint64(std::llround(fraction * double(std::max<qint64>(0, last - first))));
        const qint64 key = newestFirst ? last - span : first + span;
        return QueryCursor{key + step, 0};
    }
    // Event time: the entry of ix_time at that rank (an index-only walk; the unindexed tail, at most
    // a small share of a big history, is left out of the ranking).
    SqliteStatement rank = sql::prepare(
        db, newestFirst ? "SELECT time_ms, key FROM ix_time ORDER BY time_ms DESC, key DESC LIMIT 1 OFFSET ?"
                        : "SELECT time_ms, key FROM ix_time ORDER BY time_ms, key LIMIT 1 OFFSET ?",
        &reason);
    const qint64 indexed = sql::scalar(db, "SELECT count(*) FROM ix_time", 0);
    if (!rank) {
        *error = reason;
        return std::nullopt;
    }
    sqlite3_bind_int64(rank.get(), 1, qint64(fraction * double(std::max<qint64>(0, indexed - 1))));
    if (sqlite3_step(rank.get()) != SQLITE_ROW) {
        // Nothing indexed yet: a cursor before every row, i.e. the beginning.
        const qint64 beyond = newestFirst ? std::numeric_limits<qint64>::max() : std::numeric_limits<qint64>::min();
        return QueryCursor{beyond, beyond};
    }
    return QueryCursor{sqlite3_column_int64(rank.get(), 1) + step, sqlite3_column_int64(rank.get(), 0)};
}

std::optional<StoredAlert> AlertQuery::firstOfMessage(const KafkaCoordinates &message, QString *error)
{
    QString reason;
    // One snapshot: the key range searched and the rows probed agree.
    if (!sql::exec(d->db.get(), "BEGIN", &reason)) {
        *error = reason;
        return std::nullopt;
    }
    const std::optional<qint64> key = MessageLookup(d->db.get()).firstKey(message, &reason);
    QVector<StoredAlert> rows;
    bool ok = key.has_value();
    if (key && *key > 0) {
        const BoundSql row{QStringLiteral("SELECT %1 FROM alerts a WHERE a.key = ?1").arg(QueryPlan::columns()), {*key}};
        ok = d->readRows(row, &rows, &reason);
    }
    sql::exec(d->db.get(), "COMMIT", nullptr);
    if (!ok) {
        *error = QCoreApplication::translate("AlertDeck", "cannot query alert store %1: %2").arg(d->path, reason);
        return std::nullopt;
    }
    return rows.isEmpty() ? std::nullopt : std::optional<StoredAlert>(rows.constFirst());
}

std::optional<bool> AlertQuery::matches(const AlertFilter &filter, qint64 key, QString *error)
{
    if (filter.isEmpty())
        return true;
    QString reason;
    std::optional<qint64> matching;
    if (const std::optional<QueryPlan::Resolved> resolved = d->resolve(filter, &reason)) {
        const QueryPlan plan(filter, *resolved, SortOrder::Received, false, 0);
        matching = d->count(plan.matchesKey(key), &reason);
    }
    if (!matching) {
        *error = QCoreApplication::translate("AlertDeck", "cannot query alert store %1: %2").arg(d->path, reason);
        return std::nullopt;
    }
    return *matching > 0;
}

std::optional<NewerCount> AlertQuery::countNewer(const AlertFilter &filter, SortOrder order, const StoredAlert &alert,
                                                 qint64 upToKey, QString *error)
{
    // Keys are dense (never reused, removed only from the oldest end): the distance is a subtraction.
    if (filter.isEmpty() && order == SortOrder::Received)
        return NewerCount{std::max<qint64>(0, upToKey - alert.key), true, 0};
    QString reason;
    if (!sql::exec(d->db.get(), "BEGIN", &reason)) {
        *error = reason;
        return std::nullopt;
    }
    std::optional<NewerCount> newer;
    if (const std::optional<QueryPlan::Resolved> resolved = d->resolve(filter, &reason)) {
        const QueryPlan plan(filter, *resolved, order, false, schema::metaValue(d->db.get(), "indexed_upto"));
        newer.emplace();
        for (const QueryPlan::Part part : plan.parts()) {
            SqliteStatement statement = d->run(plan.countAfter(part, alert.cursor, upToKey, kLocateCandidates), &reason);
            if (!statement || sqlite3_step(statement.get()) != SQLITE_ROW) {
                reason = statement ? sql::lastError(d->db.get()) : reason;
                newer.reset();
                break;
            }
            newer->exact = newer->exact && sqlite3_column_int64(statement.get(), 0) < kLocateCandidates;
            newer->count += sqlite3_column_int64(statement.get(), 1);
        }
        if (newer && !newer->exact)
            newer->share = d->newerShare(order, alert, upToKey);
    }
    sql::exec(d->db.get(), "COMMIT", nullptr);
    if (!newer)
        *error = QCoreApplication::translate("AlertDeck", "cannot count alerts in %1: %2").arg(d->path, reason);
    return newer;
}

// The part of the history after `alert`, assuming the filter's matches spread evenly over it: by
// key in arrival order, by the span of event times otherwise.
double AlertQuery::Private::newerShare(SortOrder order, const StoredAlert &alert, qint64 upToKey)
{
    sqlite3 *handle = db.get();
    if (order == SortOrder::Received) {
        const qint64 first = schema::keyBounds(handle).first;
        return std::clamp(double(upToKey - alert.key) / double(std::max<qint64>(1, upToKey - first + 1)), 0.0, 1.0);
    }
    const QByteArray earliestSql = "SELECT min(time_ms) FROM ix_time WHERE time_ms > " + QByteArray::number(schema::kNoTime);
    const qint64 earliest = sql::scalar(handle, earliestSql.constData(), 0);
    const qint64 latest = sql::scalar(handle, "SELECT max(time_ms) FROM ix_time", 0);
    if (alert.cursor.timeKey <= schema::kNoTime || latest <= earliest)
        return 1.0; // no event time: first in ascending order
    return std::clamp(double(latest - alert.cursor.timeKey) / double(latest - earliest), 0.0, 1.0);
}

std::optional<AlertQuery::Private::Location> AlertQuery::Private::locate(qint64 key, QString *error)
{
    SqliteStatement find = sql::prepare(
        db.get(), "SELECT seg, seg_offset, payload_len, headers_len FROM alerts WHERE key = ?", error);
    if (!find)
        return std::nullopt;
    sqlite3_bind_int64(find.get(), 1, key);
    if (sqlite3_step(find.get()) != SQLITE_ROW) {
        *error = QCoreApplication::translate("AlertDeck", "alert %1 is not in the store (removed by retention?)").arg(key);
        return std::nullopt;
    }
    return Location{sqlite3_column_int64(find.get(), 0), sqlite3_column_int64(find.get(), 1),
                    sqlite3_column_int64(find.get(), 2), sqlite3_column_int64(find.get(), 3)};
}

std::optional<QByteArray> AlertQuery::payload(qint64 key, QString *error)
{
    QString reason;
    const std::optional<Private::Location> where = d->locate(key, &reason);
    std::optional<QByteArray> bytes;
    if (where)
        bytes = d->segments->read(where->segment, where->offset, where->payloadLength, &reason);
    if (!bytes && error)
        *error = reason;
    return bytes;
}

std::optional<decode::MessageHeaders> AlertQuery::headers(qint64 key, QString *error)
{
    QString reason;
    const std::optional<Private::Location> where = d->locate(key, &reason);
    std::optional<decode::MessageHeaders> headers;
    if (where) {
        const std::optional<QByteArray> bytes = d->segments->read(
            where->segment, where->offset + where->payloadLength, where->headersLength, &reason);
        if (bytes && !(headers = PayloadSegments::decodeHeaders(*bytes)))
            reason = QCoreApplication::translate("AlertDeck", "stored headers of alert %1 are damaged").arg(key);
    }
    if (!headers && error)
        *error = reason;
    return headers;
}

} // namespace alertdeck::store
