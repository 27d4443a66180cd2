#include "StoreMaintenance.h"

#include "StoreSchema.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDebug>

#include <sqlite3.h>

#include <cmath>
#include <limits>
#include <set>
#include <utility>
#include <vector>

namespace alertdeck::store {
namespace {

// Rows deleted per retention transaction: each holds the write lock for tens of milliseconds.
constexpr qint64 kDeleteChunk = 20000;

// Staged rows become rows of main.alerts first (through the staged_alerts view of their chunks);
// the indexes then read them there.
constexpr const char *kIndexStatements[] = {
    "INSERT INTO main.alerts SELECT * FROM staged_alerts WHERE key > ?1 AND key <= ?2 ORDER BY key",
    "UPDATE meta SET value = value - (SELECT coalesce(sum(ad_chunk_bytes(rows)), 0) FROM main.staged "
    "WHERE last_key <= ?2) WHERE name = 'payload_bytes'",
    "DELETE FROM main.staged WHERE last_key <= ?2",
    "INSERT OR IGNORE INTO ix_source SELECT source, key FROM alerts WHERE key > ?1 AND key <= ?2 ORDER BY 1, 2",
    "INSERT OR IGNORE INTO ix_time SELECT coalesce(time_ms, ?3), key FROM alerts "
    "WHERE key > ?1 AND key <= ?2 ORDER BY 1, 2",
    "INSERT OR IGNORE INTO ix_event SELECT event, key FROM alerts "
    "WHERE key > ?1 AND key <= ?2 AND event IS NOT NULL ORDER BY 1, 2",
    "INSERT OR IGNORE INTO ix_band SELECT ad_band(dec), key, ra, dec FROM alerts "
    "WHERE key > ?1 AND key <= ?2 AND dec IS NOT NULL ORDER BY 1, 2",
    "UPDATE meta SET value = ?2 WHERE name = 'indexed_upto'",
};

// Index entries go first, found through the rows they point at (primary-key lookups, no scans).
constexpr const char *kDeleteStatements[] = {
    "DELETE FROM ix_source WHERE (source, key) IN (SELECT source, key FROM alerts WHERE key BETWEEN ?1 AND ?2)",
    "DELETE FROM ix_time WHERE (time_ms, key) IN "
    "(SELECT coalesce(time_ms, ?3), key FROM alerts WHERE key BETWEEN ?1 AND ?2)",
    "DELETE FROM ix_event WHERE (event, key) IN "
    "(SELECT event, key FROM alerts WHERE key BETWEEN ?1 AND ?2 AND event IS NOT NULL)",
    "DELETE FROM ix_band WHERE (band, key) IN "
    "(SELECT ad_band(dec), key FROM alerts WHERE key BETWEEN ?1 AND ?2 AND dec IS NOT NULL)",
    "UPDATE meta SET value = value - (SELECT count(*) FROM alerts WHERE key BETWEEN ?1 AND ?2) "
    "WHERE name = 'alert_count'",
    "UPDATE meta SET value = value - (SELECT coalesce(sum(payload_len + headers_len), 0) FROM alerts "
    "WHERE key BETWEEN ?1 AND ?2) WHERE name = 'payload_bytes'",
    "DELETE FROM alerts WHERE key BETWEEN ?1 AND ?2",
    "DELETE FROM batches WHERE last_key <= ?2",
};

// Payload bytes as append() counts them: per row, plus staged chunks' own bytes.
constexpr const char *kRecountPayloadBytes =
    "UPDATE meta SET value = (SELECT coalesce(sum(payload_len + headers_len), 0) FROM main.alerts) "
    "+ (SELECT coalesce(sum(payload_len + headers_len), 0) FROM staged_alerts) "
    "+ (SELECT coalesce(sum(ad_chunk_bytes(rows)), 0) FROM main.staged) WHERE name = 'payload_bytes'";

bool runBound(sqlite3 *db, const char *text, qint64 first, qint64 last, QString *error)
{
    SqliteStatement statement = sql::prepare(db, text, error);
    if (!statement)
        return false;
    sqlite3_bind_int64(statement.get(), 1, first);
    sqlite3_bind_int64(statement.get(), 2, last);
    if (sqlite3_bind_parameter_count(statement.get()) >= 3)
        sqlite3_bind_int64(statement.get(), 3, schema::kNoTime);
    if (sqlite3_step(statement.get()) != SQLITE_DONE) {
        *error = sql::lastError(db);
        return false;
    }
    return true;
}

} // namespace

StoreMaintenance::StoreMaintenance(sqlite3 *db, PayloadSegments *segments) : m_db(db), m_segments(segments) {}

bool StoreMaintenance::runInTransaction(const std::function<bool(QString *)> &work, QString *error)
{
    if (!sql::exec(m_db, "BEGIN IMMEDIATE", error))
        return false;
    if (work(error) && sql::exec(m_db, "COMMIT", error))
        return true;
    sql::exec(m_db, "ROLLBACK", nullptr);
    return false;
}

qint64 StoreMaintenance::unindexedRows() const
{
    return schema::metaValue(m_db, "next_key") - 1 - schema::metaValue(m_db, "indexed_upto");
}

qint64 StoreMaintenance::indexPending(qint64 minRows, qint64 maxRows, QString *error)
{
    const qint64 indexed = expandAndIndex(minRows, maxRows, error);
    // A chunk that cannot be read would hold up indexing, and retention behind it, for good.
    if (indexed >= 0 || !unreadableWithin(maxRows) || setAsideUnreadableChunks() == 0)
        return indexed;
    return expandAndIndex(minRows, maxRows, error);
}

qint64 StoreMaintenance::expandAndIndex(qint64 minRows, qint64 maxRows, QString *error)
{
    qint64 indexed = 0;
    const bool ok = runInTransaction(
        [&](QString *reason) {
            // Read inside the write transaction: two indexing connections never overlap ranges.
            const qint64 from = schema::metaValue(m_db, "indexed_upto");
            const qint64 last = wholeChunks(std::min(schema::metaValue(m_db, "next_key") - 1, from + maxRows));
            if (last - from < std::max<qint64>(1, minRows))
                return true;
            for (const char *text : kIndexStatements) {
                if (!runBound(m_db, text, from, last, reason))
                    return false;
            }
            indexed = last - from;
            return true;
        },
        error);
    return ok ? indexed : -1;
}

// Moves the staged chunks that cannot be read (a damaged location record or chunk, a payload file
// lost or cut short) to `staged_damaged` with the reason, takes their rows out of the counts, and
// says so. Returns how many chunks it set aside. Rare, so it reads every staged chunk and counts the
// payload bytes again: what an unreadable chunk's rows referenced cannot be read either.
// Whether a chunk of the next indexing range cannot be read: indexing that fails for another reason
// (a full disk, a lock) then costs reading those few chunks, not every staged one.
bool StoreMaintenance::unreadableWithin(qint64 maxRows) const
{
    const qint64 from = schema::metaValue(m_db, "indexed_upto");
    const qint64 last = wholeChunks(std::min(schema::metaValue(m_db, "next_key") - 1, from + maxRows));
    for (const auto &[first, chunkLast] : stagedChunks(from, last)) {
        if (!unreadable(first, chunkLast).isEmpty())
            return true;
    }
    return false;
}

qint64 StoreMaintenance::setAsideUnreadableChunks()
{
    QStringList warnings;
    QString error;
    const bool ok = runInTransaction(
        [&](QString *reason) {
            for (const auto &[first, chunkLast] : stagedChunks(0, std::numeric_limits<qint64>::max())) {
                const QString why = unreadable(first, chunkLast);
                if (why.isEmpty())
                    continue;
                if (!setAside(first, chunkLast, why, reason))
                    return false;
                warnings << QCoreApplication::translate(
                                "AlertDeck", "alerts %1 to %2 of the store could not be read and were set aside: %3")
                                .arg(first).arg(chunkLast).arg(why);
            }
            return warnings.isEmpty() || sql::exec(m_db, kRecountPayloadBytes, reason);
        },
        &error);
    if (!ok)
        return 0;
    for (const QString &warning : std::as_const(warnings))
        qWarning().noquote() << warning;
    return warnings.size();
}

// The staged chunks that start in (after, upTo], oldest first.
std::vector<std::pair<qint64, qint64>> StoreMaintenance::stagedChunks(qint64 after, qint64 upTo) const
{
    std::vector<std::pair<qint64, qint64>> chunks;
    SqliteStatement select = sql::prepare(
        m_db, "SELECT first_key, last_key FROM main.staged WHERE first_key > ?1 AND first_key <= ?2 ORDER BY first_key",
        nullptr);
    if (!select)
        return chunks;
    sqlite3_bind_int64(select.get(), 1, after);
    sqlite3_bind_int64(select.get(), 2, upTo);
    while (sqlite3_step(select.get()) == SQLITE_ROW)
        chunks.emplace_back(sqlite3_column_int64(select.get(), 0), sqlite3_column_int64(select.get(), 1));
    return chunks;
}

// Why the chunk's rows cannot be read, or nothing.
QString StoreMaintenance::unreadable(qint64 firstKey, qint64 lastKey) const
{
    QString error;
    SqliteStatement probe = sql::prepare(m_db, "SELECT count(*) FROM staged_alerts WHERE key BETWEEN ?1 AND ?2", &error);
    if (!probe)
        return {};
    sqlite3_bind_int64(probe.get(), 1, firstKey);
    sqlite3_bind_int64(probe.get(), 2, lastKey);
    return sqlite3_step(probe.get()) == SQLITE_ROW ? QString() : sql::lastError(m_db);
}

bool StoreMaintenance::setAside(qint64 firstKey, qint64 lastKey, const QString &why, QString *error)
{
    SqliteStatement keep = sql::prepare(
        m_db, "INSERT INTO main.staged_damaged SELECT first_key, last_key, rows, ?2, ?3 FROM main.staged WHERE first_key = ?1",
        error);
    if (!keep)
        return false;
    const QByteArray reason = why.toUtf8();
    sqlite3_bind_int64(keep.get(), 1, firstKey);
    sqlite3_bind_text(keep.get(), 2, reason.constData(), int(reason.size()), SQLITE_STATIC);
    sqlite3_bind_int64(keep.get(), 3, QDateTime::currentMSecsSinceEpoch());
    if (sqlite3_step(keep.get()) != SQLITE_DONE) {
        *error = sql::lastError(m_db);
        return false;
    }
    return runBound(m_db, "UPDATE meta SET value = value - (?2 - ?1 + 1) WHERE name = 'alert_count'", firstKey, lastKey, error)
        && runBound(m_db, "DELETE FROM main.staged WHERE first_key = ?1", firstKey, lastKey, error);
}

// Chunks are expanded whole: a range ending inside one extends to the chunk's end.
qint64 StoreMaintenance::wholeChunks(qint64 lastKey) const
{
    SqliteStatement chunk = sql::prepare(
        m_db, "SELECT last_key FROM main.staged WHERE first_key <= ? ORDER BY first_key DESC LIMIT 1", nullptr);
    if (!chunk)
        return lastKey;
    sqlite3_bind_int64(chunk.get(), 1, lastKey);
    if (sqlite3_step(chunk.get()) == SQLITE_ROW)
        return std::max(lastKey, sqlite3_column_int64(chunk.get(), 0));
    return lastKey;
}

qint64 StoreMaintenance::liveBytes() const
{
    const qint64 usedPages = sql::scalar(m_db, "PRAGMA page_count") - sql::scalar(m_db, "PRAGMA freelist_count");
    return usedPages * sql::scalar(m_db, "PRAGMA page_size") + schema::metaValue(m_db, "payload_bytes");
}

std::optional<qint64> StoreMaintenance::applyRetention(const AlertStore::Retention &retention, QString *error)
{
    qint64 removed = 0;
    if (retention.maxDays > 0) {
        const qint64 cutoff = QDateTime::currentMSecsSinceEpoch() - qint64(retention.maxDays) * 86400000;
        // Oldest first, through the arrival zone map: stop at the first batch holding anything newer.
        SqliteStatement firstKept = sql::prepare(
            m_db, "SELECT min(first_key) FROM batches WHERE max_received >= ?", error);
        if (!firstKept)
            return std::nullopt;
        sqlite3_bind_int64(firstKept.get(), 1, cutoff);
        qint64 lastKey = schema::metaValue(m_db, "next_key") - 1;
        if (sqlite3_step(firstKept.get()) == SQLITE_ROW && sqlite3_column_type(firstKept.get(), 0) != SQLITE_NULL)
            lastKey = sqlite3_column_int64(firstKept.get(), 0) - 1;
        firstKept.reset();
        const std::optional<qint64> count = deleteUpTo(lastKey, -1, error);
        if (!count)
            return std::nullopt;
        removed += *count;
    }
    while (retention.maxBytes > 0) {
        const qint64 live = liveBytes();
        const qint64 alerts = schema::metaValue(m_db, "alert_count");
        if (live <= retention.maxBytes || alerts == 0)
            break;
        const double perAlert = double(live) / double(alerts);
        const auto excess = qint64(std::ceil(double(live - retention.maxBytes) / perAlert));
        const std::optional<qint64> count =
            deleteUpTo(schema::metaValue(m_db, "next_key") - 1, std::min(excess, kDeleteChunk), error);
        if (!count)
            return std::nullopt;
        if (*count == 0)
            break;
        removed += *count;
    }
    return removed;
}

std::optional<qint64> StoreMaintenance::deleteUpTo(qint64 lastKey, qint64 maxRows, QString *error)
{
    // Rows still staged are expanded (and indexed) first: retention removes stored rows only.
    while (schema::metaValue(m_db, "indexed_upto") < lastKey) {
        const qint64 indexed = indexPending(1, schema::kIndexChunk, error);
        if (indexed < 0)
            return std::nullopt;
        if (indexed == 0)
            break;
    }
    qint64 removed = 0;
    while (maxRows < 0 || removed < maxRows) {
        const qint64 first = sql::scalar(m_db, "SELECT min(key) FROM alerts", -1);
        if (first < 0 || first > lastKey)
            break;
        const qint64 budget = maxRows < 0 ? kDeleteChunk : std::min(kDeleteChunk, maxRows - removed);
        const std::optional<qint64> count = deleteChunk(first, std::min(lastKey, first + budget - 1), error);
        if (!count)
            return std::nullopt;
        removed += *count;
    }
    return removed;
}

std::optional<qint64> StoreMaintenance::deleteChunk(qint64 firstKey, qint64 lastKey, QString *error)
{
    qint64 removed = 0;
    std::vector<qint64> unreferenced;
    const bool ok = runInTransaction(
        [&](QString *reason) {
            removed = sql::scalar(m_db, "SELECT value FROM meta WHERE name = 'alert_count'");
            for (const char *text : kDeleteStatements) {
                if (!runBound(m_db, text, firstKey, lastKey, reason))
                    return false;
            }
            removed -= sql::scalar(m_db, "SELECT value FROM meta WHERE name = 'alert_count'");
            // A segment goes once no row can point into it; the one being appended to always stays.
            SqliteStatement done = sql::prepare(
                m_db, "SELECT id FROM segments WHERE last_key <= ? AND id < (SELECT max(id) FROM segments)", reason);
            if (!done)
                return false;
            sqlite3_bind_int64(done.get(), 1, lastKey);
            while (sqlite3_step(done.get()) == SQLITE_ROW)
                unreferenced.push_back(sqlite3_column_int64(done.get(), 0));
            done.reset();
            return runBound(m_db, "DELETE FROM segments WHERE last_key <= ?2 AND id < (SELECT max(id) FROM segments)",
                            firstKey, lastKey, reason);
        },
        error);
    if (!ok)
        return std::nullopt;
    // Files go only after the commit: a crash in between leaves an orphan that open() removes.
    for (const qint64 segment : unreferenced)
        m_segments->remove(segment);
    return removed;
}

void StoreMaintenance::removeOrphanSegments()
{
    std::set<qint64> known;
    SqliteStatement ids = sql::prepare(m_db, "SELECT id FROM segments", nullptr);
    if (!ids)
        return;
    while (sqlite3_step(ids.get()) == SQLITE_ROW)
        known.insert(sqlite3_column_int64(ids.get(), 0));
    const qint64 newest = known.empty() ? 0 : *known.rbegin();
    // Only files older than the newest known segment: a newer one may belong to an append under way
    // in another connection, and an unknown newer file is overwritten from offset 0 anyway.
    for (const qint64 segment : m_segments->filesPresent()) {
        if (segment < newest && !known.count(segment))
            m_segments->remove(segment);
    }
}

} // namespace alertdeck::store
