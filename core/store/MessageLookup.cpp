#include "MessageLookup.h"

#include "SqliteHandle.h"

#include <sqlite3.h>

namespace alertdeck::store {

bool MessageLookup::partition(const KafkaCoordinates &message, qint64 *id, qint64 *lastOffset, QString *error) const
{
    SqliteStatement find = sql::prepare(m_db,
                                        "SELECT p.id, coalesce(p.last_offset, -1) FROM partitions p "
                                        "JOIN names s ON s.id = p.stream JOIN names t ON t.id = p.topic "
                                        "WHERE s.text = ?1 AND t.text = ?2 AND p.part_no = ?3",
                                        error);
    if (!find)
        return false;
    sql::bindText(find.get(), 1, message.stream);
    sql::bindText(find.get(), 2, message.topic);
    sqlite3_bind_int(find.get(), 3, message.partition);
    const int rc = sqlite3_step(find.get());
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
        *error = sql::lastError(m_db);
        return false;
    }
    *id = rc == SQLITE_ROW ? sqlite3_column_int64(find.get(), 0) : 0;
    *lastOffset = rc == SQLITE_ROW ? sqlite3_column_int64(find.get(), 1) : -1;
    return true;
}

std::optional<qint64> MessageLookup::firstKey(const KafkaCoordinates &message, QString *error) const
{
    qint64 part = 0;
    qint64 lastOffset = -1;
    if (!partition(message, &part, &lastOffset, error))
        return std::nullopt;
    if (part == 0 || message.offset < 0 || message.offset > lastOffset)
        return 0;
    // Walks back from `to` (rowid order) and stops at the partition's first row: the key B-tree, no
    // scan of the table. Rows without a Kafka offset are not ordered by offset and are passed over.
    SqliteStatement latest = sql::prepare(m_db,
                                          "SELECT key, msg_offset FROM alerts WHERE key BETWEEN ?1 AND ?2 "
                                          "AND part = ?3 AND msg_offset >= 0 ORDER BY key DESC LIMIT 1",
                                          error);
    if (!latest)
        return std::nullopt;
    sqlite3_bind_int64(latest.get(), 3, part);
    qint64 low = sql::scalar(m_db, "SELECT min(key) FROM alerts", 1);
    qint64 high = sql::scalar(m_db, "SELECT max(key) FROM alerts", 0);
    // Invariant: no row of the partition below `low` has an offset >= the target; `best` is the
    // lowest key seen so far whose offset is >= the target.
    PartitionRow best;
    while (low <= high) {
        const qint64 middle = low + (high - low) / 2;
        sqlite3_reset(latest.get());
        sqlite3_bind_int64(latest.get(), 1, low);
        sqlite3_bind_int64(latest.get(), 2, middle);
        const int rc = sqlite3_step(latest.get());
        if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
            *error = sql::lastError(m_db);
            return std::nullopt;
        }
        const qint64 offset = rc == SQLITE_ROW ? sqlite3_column_int64(latest.get(), 1) : -1;
        if (rc == SQLITE_ROW && offset >= message.offset) {
            best = {sqlite3_column_int64(latest.get(), 0), offset};
            high = best.key - 1;
        } else {
            // Offsets rise with the key: every row of the partition up to `middle` is below the target.
            low = middle + 1;
        }
    }
    return best.offset == message.offset ? best.key : 0;
}

} // namespace alertdeck::store
