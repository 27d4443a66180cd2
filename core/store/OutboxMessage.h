#pragma once

#include "core/decode/RawMessage.h"

#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVector>

namespace alertdeck::store {

// One message a `forward` action owes a target: written to the store's outbox in the transaction
// that stores its batch, deleted once the target confirmed it (see ForwardOutbox).
struct OutboxMessage
{
    QString targetStream;
    QString topic;
    QByteArray payload;
    decode::MessageHeaders headers;
};

// An outbox row read back to be sent again (after a crash or a failed delivery).
struct OutboxRow
{
    qint64 id = 0;
    QString sourceStream;
    OutboxMessage message;
};
using OutboxRows = QVector<OutboxRow>;

// What became of the outbox rows [firstId, lastId] of one source stream: delivered, except those
// to the targets in keptTargets (their delivery failed), or none at all (keepAll).
struct OutboxSettlement
{
    QString stream;
    qint64 firstId = 0;
    qint64 lastId = -1;
    QStringList keptTargets;
    bool keepAll = false;
    bool replay = false; // rows re-sent from the outbox rather than a batch just stored
};

} // namespace alertdeck::store

Q_DECLARE_METATYPE(alertdeck::store::OutboxRows)
Q_DECLARE_METATYPE(alertdeck::store::OutboxSettlement)
