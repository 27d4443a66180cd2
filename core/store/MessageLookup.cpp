#include "MessageLookup.h"

#include "SqliteHandle.h"
#include "StoreSchema.h"

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
    // The partition's newest row in a key range: the key B-tree walked back, no scan of the table.
    // Staged rows (all above stored ones) are asked apart, as over the readers' view SQLite would
    // sort every staged row in range. Rows without a Kafka offset are passed over.
    SqliteStatement staged = sql::prepare(m_db,
                                          "SELECT key, msg_offset FROM staged_alerts WHERE key BETWEEN ?1 AND ?2 "
                                          "AND part = ?3 AND msg_offset >= 0 ORDER BY key DESC LIMIT 1",
                                          error);
    SqliteStatement stored = staged ? sql::prepare(m_db,
                                                   "SELECT key, msg_offset FROM main.alerts WHERE key BETWEEN ?1 AND ?2 "
                                                   "AND part = ?3 AND msg_offset >= 0 ORDER BY key DESC LIMIT 1",
                                                   error)
                                    : SqliteStatement();
    if (!stored)
        return std::nullopt;
    // The newest row, {-1, -1} if none; nullopt on an error.
    const auto newest = [&](qint64 low, qint64 high) -> std::optional<PartitionRow> {
        for (sqlite3_stmt *statement : {staged.get(), stored.get()}) {
            sqlite3_reset(statement);
            sqlite3_bind_int64(statement, 1, low);
            sqlite3_bind_int64(statement, 2, high);
            sqlite3_bind_int64(statement, 3, part);
            const int rc = sqlite3_step(statement);
            if (rc == SQLITE_ROW)
                return PartitionRow{sqlite3_column_int64(statement, 0), sqlite3_column_int64(statement, 1)};
            if (rc != SQLITE_DONE) {
                *error = sql::lastError(m_db);
                return std::nullopt;
            }
        }
        return PartitionRow{-1, -1};
    };
    auto [low, high] = schema::keyBounds(m_db);
    // Invariant: no row of the partition below `low` has an offset >= the target; `best` is the
    // lowest key seen so far whose offset is >= the target.
    PartitionRow best;
    while (low <= high) {
        const qint64 middle = low + (high - low) / 2;
        const std::optional<PartitionRow> row = newest(low, middle);
        if (!row)
            return std::nullopt;
        if (row->key >= 0 && row->offset >= message.offset) {
            best = *row;
            high = best.key - 1;
        } else {
            // Offsets rise with the key: every row of the partition up to `middle` is below the target.
            low = middle + 1;
        }
    }
    return best.offset == message.offset ? best.key : 0;
}

} // namespace alertdeck::store
