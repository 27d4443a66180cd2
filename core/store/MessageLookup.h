#pragma once

#include <QString>

#include <optional>

struct sqlite3;

namespace alertdeck::store {

// Where a Kafka message came from: what a desktop notification points back to.
struct KafkaCoordinates
{
    QString stream;
    QString topic;
    int partition = -1;
    qint64 offset = -1;
};

// Finds the first stored alert of a Kafka message (an Avro container holds several) without an
// index on (partition, offset): the store keeps each partition's (offset, index in message) rising
// with the row key (BatchWriter skips anything at or below the last one stored), so a binary search
// over the key finds it. Each probe walks the key B-tree back to the partition's nearest row, so with
// partitions interleaved a lookup reads a few dozen rows however big the history is (10M alerts:
// ~2 ms). A partition rare among busy ones makes the probes walk further: at worst about one pass
// over the rows, where an index would cost every append.
class MessageLookup
{
public:
    explicit MessageLookup(sqlite3 *db) : m_db(db) {}

    // The row key, 0 when the store does not hold the message, nullopt on an error.
    std::optional<qint64> firstKey(const KafkaCoordinates &message, QString *error) const;

private:
    struct PartitionRow
    {
        qint64 key = 0;
        qint64 offset = -1;
    };
    // The partition's id and last stored offset; id 0 when the store never saw the partition.
    bool partition(const KafkaCoordinates &message, qint64 *id, qint64 *lastOffset, QString *error) const;

    sqlite3 *m_db;
};

} // namespace alertdeck::store
