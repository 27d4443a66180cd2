#pragma once

#include <QHash>
#include <QPair>
#include <QString>

namespace alertdeck::store {

// Next offset to consume, per (topic, partition) of one stream. Kept in the store beside the alerts it
// covers, so the store, not the broker's group offsets, decides where a restarted stream resumes.
using TopicPartition = QPair<QString, qint32>;
using PartitionOffsets = QHash<TopicPartition, qint64>;

} // namespace alertdeck::store
