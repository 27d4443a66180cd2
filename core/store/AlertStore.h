#pragma once

#include "OutboxMessage.h"
#include "PartitionOffsets.h"
#include "core/decode/ReceivedAlert.h"

#include <QString>

#include <memory>
#include <optional>

namespace alertdeck::store {

class ForwardOutbox;

// Durable local history of alerts (SQLite, WAL). One AlertStore object is one connection and belongs
// to the thread that opened it (its background indexer keeps a connection and thread of its own);
// several objects (one writer, readers) may open the same file. Payloads live in segment files in
// "<path>-payloads/". Reading, filtering and paging the history is AlertQuery's job.
// Alerts and the stream offsets that follow them become durable in one transaction, so a crash at
// any point neither loses nor duplicates an alert when the stream resumes from committedOffsets().
class AlertStore
{
public:
    struct Retention
    {
        int maxDays = 0;     // 0: keep forever
        qint64 maxBytes = 0; // 0: no size limit
    };

    struct Options
    {
        // Index new rows on a helper thread once appends pause for `indexIdleMs` (see
        // BackgroundIndexer); off, append() indexes a chunk itself whenever one has gathered.
        bool backgroundIndexing = true;
        int indexIdleMs = 300;
    };

    static std::unique_ptr<AlertStore> open(const QString &path, QString *error);
    static std::unique_ptr<AlertStore> open(const QString &path, const Options &options, QString *error);
    ~AlertStore();
    AlertStore(const AlertStore &) = delete;
    AlertStore &operator=(const AlertStore &) = delete;

    // Stores `alerts` (which may be empty: a batch that only advances offsets) and records
    // `nextOffsets` for `stream`, atomically. Returns false with a reason on failure; then nothing of
    // the batch is stored. Consecutive alerts with the same (topic, partition, offset) are the
    // records of one message (index within message 0, 1, ...). Per partition, alerts come in offset
    // order as Kafka delivers them; one at or below the last (offset, index) stored for its
    // partition is already in the store and is skipped, so a repeated or overlapping batch adds only
    // what is new. Alerts with offset < 0 (not from Kafka) are always stored.
    bool append(const QString &stream, const decode::AlertBatch &alerts,
                const PartitionOffsets &nextOffsets, QString *error);
    // The same, and in the same transaction the messages the batch's forward actions owe their
    // targets go to the outbox; *firstOutboxId and *lastOutboxId are set to their row ids.
    bool append(const QString &stream, const decode::AlertBatch &alerts, const PartitionOffsets &nextOffsets,
                const QVector<OutboxMessage> &forwards, qint64 *firstOutboxId, qint64 *lastOutboxId, QString *error);
    ForwardOutbox &outbox();

    // Where `stream` resumes: the next offset per (topic, partition) stored with its last batch.
    PartitionOffsets committedOffsets(const QString &stream) const;

    qint64 alertCount() const;

    // Deletes what the retention settings no longer keep; returns how many alerts were removed.
    std::optional<qint64> applyRetention(const Retention &retention, QString *error);

    // Live data, what Retention::maxBytes bounds: database pages in use plus payload bytes still
    // referenced. Payload files are freed whole, so disk use may exceed it by one segment file.
    qint64 liveBytes() const;
    // Puts every row into the secondary indexes now (otherwise that happens chunk by chunk on its
    // own; queries see unindexed rows either way, indexing only makes them faster).
    bool indexAll(QString *error);
    qint64 unindexedCount() const;

private:
    struct Private;
    explicit AlertStore(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace alertdeck::store
