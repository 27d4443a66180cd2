#pragma once

#include "core/decode/ReceivedAlert.h"
#include "core/route/ActionSet.h"
#include "core/store/OutboxMessage.h"
#include "core/store/PartitionOffsets.h"

#include <QMetaType>
#include <QVector>

namespace alertdeck::engine {

// What a stream worker hands on every ~100 ms: the alerts decoded since the last batch, the actions
// each is routed to, and the offsets that follow them (which become durable with them).
struct StreamBatch
{
    QString stream;
    decode::AlertBatch alerts;
    QVector<route::ActionSet> actions; // parallel to alerts
    store::PartitionOffsets nextOffsets;
    qint64 bytes = 0;
    // The messages the forward actions that fired owe their targets (usually none); the store writes
    // them to its outbox with the batch and sets their row ids.
    QVector<store::OutboxMessage> forwards;
    qint64 firstOutboxId = 0;
    qint64 lastOutboxId = -1;
};

} // namespace alertdeck::engine

Q_DECLARE_METATYPE(alertdeck::engine::StreamBatch)
