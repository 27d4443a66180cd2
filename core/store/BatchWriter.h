#pragma once

#include "PartitionOffsets.h"
#include "PayloadSegments.h"
#include "SqliteHandle.h"
#include "StagedChunk.h"
#include "core/decode/ReceivedAlert.h"

#include <QHash>

#include <array>
#include <map>
#include <memory>

namespace alertdeck::store {

// Writes one append() inside the write transaction AlertStore holds open: payloads and the rows
// staged in chunks to the segment file (on a helper thread, overlapping SQLite's part), the partition
// watermarks that make a repeated batch a no-op, the stream's next offsets, the arrival zone map
// and the counters.
class BatchWriter
{
public:
    static std::unique_ptr<BatchWriter> create(sqlite3 *db, PayloadSegments *segments, QString *error);

    // Returns the number of alerts stored (duplicates skipped), or -1 with `error` set; on failure
    // the caller rolls the transaction back and must call forgetCachedNames().
    qint64 write(const QString &stream, const decode::AlertBatch &alerts,
                 const PartitionOffsets &nextOffsets, QString *error);
    void forgetCachedNames();

private:
    struct Partition
    {
        qint64 id = 0;
        qint64 lastOffset = -1;
        int lastSub = -1;
        bool marked = false;
    };
    struct Planned
    {
        const decode::ReceivedAlert *alert;
        qint64 partition;
        int sub;
        qint64 segmentOffset;
        qint64 payloadLength;
        qint64 headersLength;
    };
    struct Segment
    {
        qint64 id = 1;
        qint64 bytes = 0;
    };
    using PartitionKey = std::pair<QString, qint32>;
    // std::map: node-based, so a Partition* stays valid while more partitions are added.
    using Partitions = std::map<PartitionKey, Partition>;
    // The last few names looked up for one column: a stream repeats a handful of formats, sources
    // and types, and comparing short strings is far cheaper than hashing them (profiled: hashing
    // was ~25% of an append).
    struct NameMemo
    {
        std::array<std::pair<QString, qint64>, 8> recent;
        size_t next = 0;
    };

    BatchWriter(sqlite3 *db, PayloadSegments *segments);
    bool prepareAll(QString *error);
    std::optional<qint64> nameId(const QString &text, QString *error);
    std::optional<qint64> nameId(const QString &text, NameMemo *memo, QString *error);
    Partition *partition(Partitions &cache, qint64 stream, const QString &topic,
                         qint32 number, QString *error);
    std::optional<Segment> currentSegment(QString *error);
    // Rows go to `staged` in chunks (StagedChunk), written to the segment after the payloads, with
    // a row in `staged` saying where; the background indexer expands them into `alerts`.
    static constexpr size_t kStagingFailed = size_t(-1);
    size_t stageRows(const std::vector<Planned> &planned, qint64 segment, QString *error);
    bool addRow(StagedChunkBuilder *chunk, const Planned &planned, qint64 segment, QString *error);
    bool insertChunkRows(const std::vector<StagedChunkLocation> &locations, qint64 firstKey, QString *error);
    static qint64 chunkBytes(const std::vector<StagedChunkLocation> &locations);
    bool saveWatermarks(const Partitions &cache, QString *error);
    bool saveOffsets(Partitions &cache, qint64 stream,
                     const PartitionOffsets &nextOffsets, QString *error);
    bool saveBookkeeping(const std::vector<Planned> &planned, qint64 firstKey, const Segment &segment,
                         qint64 chunkBytes, QString *error);
    bool step(sqlite3_stmt *statement, QString *error);

    sqlite3 *m_db;
    PayloadSegments *m_segments;
    QHash<QString, qint64> m_names;
    NameMemo m_format, m_source, m_alertType;
    std::vector<StagedChunkBuilder> m_chunks; // a batch's chunks; buffers kept for the next batch
    SqliteStatement m_findName, m_insertName, m_insertPartition, m_findPartition, m_markPartition,
        m_setNextOffset, m_insertChunk, m_insertBatch, m_lastSegment, m_saveSegment, m_addMeta;
};

} // namespace alertdeck::store
