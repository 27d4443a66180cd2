#pragma once

#include "AlertStore.h"
#include "PayloadSegments.h"
#include "SqliteHandle.h"

#include <functional>
#include <utility>
#include <vector>

namespace alertdeck::store {

// The writer's housekeeping, each step in short transactions of its own so readers and the next
// append never wait long: indexing the newest chunk of rows, retention, and removing payload files
// a crash left unreferenced.
class StoreMaintenance
{
public:
    // `segments` may be null for a connection that only indexes.
    StoreMaintenance(sqlite3 *db, PayloadSegments *segments);

    // Expands up to `maxRows` of the rows after indexed_upto from their staged chunks into `alerts`
    // (whole chunks, so a little more) and adds them to the secondary indexes, in key-sorted bulk
    // inserts, once at least `minRows` are waiting. Returns the rows indexed, or -1. Chunks that
    // cannot be read are set aside in `staged_damaged` (with a warning) so the rest goes on.
    qint64 indexPending(qint64 minRows, qint64 maxRows, QString *error);
    // Rows not in the secondary indexes yet.
    qint64 unindexedRows() const;
    std::optional<qint64> applyRetention(const AlertStore::Retention &retention, QString *error);
    void removeOrphanSegments();
    // Live data: used database pages plus payload bytes still referenced by rows.
    qint64 liveBytes() const;

private:
    qint64 expandAndIndex(qint64 minRows, qint64 maxRows, QString *error);
    bool unreadableWithin(qint64 maxRows) const;
    qint64 setAsideUnreadableChunks();
    std::vector<std::pair<qint64, qint64>> stagedChunks(qint64 after, qint64 upTo) const;
    QString unreadable(qint64 firstKey, qint64 lastKey) const;
    bool setAside(qint64 firstKey, qint64 lastKey, const QString &why, QString *error);
    qint64 wholeChunks(qint64 lastKey) const;
    std::optional<qint64> deleteUpTo(qint64 lastKey, qint64 maxRows, QString *error);
    std::optional<qint64> deleteChunk(qint64 firstKey, qint64 lastKey, QString *error);
    bool runInTransaction(const std::function<bool(QString *)> &work, QString *error);

    sqlite3 *m_db;
    PayloadSegments *m_segments;
};

} // namespace alertdeck::store
