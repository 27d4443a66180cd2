#pragma once

#include "AlertStore.h"
#include "PayloadSegments.h"
#include "SqliteHandle.h"

#include <functional>

namespace alertdeck::store {

// The writer's housekeeping, each step in short transactions of its own so readers and the next
// append never wait long: indexing the newest chunk of rows, retention, and removing payload files
// a crash left unreferenced.
class StoreMaintenance
{
public:
    StoreMaintenance(sqlite3 *db, PayloadSegments *segments);

    // Adds the rows after indexed_upto to the secondary indexes once a chunk has gathered (or always
    // with `force`), in key-sorted bulk inserts.
    bool indexPending(bool force, QString *error);
    std::optional<qint64> applyRetention(const AlertStore::Retention &retention, QString *error);
    void removeOrphanSegments();
    // Live data: used database pages plus payload bytes still referenced by rows.
    qint64 liveBytes() const;

private:
    std::optional<qint64> deleteUpTo(qint64 lastKey, qint64 maxRows, QString *error);
    std::optional<qint64> deleteChunk(qint64 firstKey, qint64 lastKey, QString *error);
    bool runInTransaction(const std::function<bool(QString *)> &work, QString *error);

    sqlite3 *m_db;
    PayloadSegments *m_segments;
};

} // namespace alertdeck::store
