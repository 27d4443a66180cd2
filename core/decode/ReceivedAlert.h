#pragma once

#include "Alert.h"
#include "RawMessage.h"

#include <QJsonObject>
#include <QMetaType>
#include <QVector>

namespace alertdeck::decode {

// A normalized alert together with where and when it arrived. The raw payload is implicitly shared
// between the alerts of one message, so a container of many records is not copied per record.
struct ReceivedAlert
{
    Alert alert;
    QString stream;
    QString topic;
    qint32 partition = -1;
    qint64 offset = -1;
    qint64 receivedMs = 0; // milliseconds since the Unix epoch, UTC
    QByteArray payload;
    MessageHeaders headers;

    // The record as `listen --json` prints it: the alert plus stream, topic, partition, offset, received.
    QJsonObject toJson() const;
};

using AlertBatch = QVector<ReceivedAlert>;

} // namespace alertdeck::decode

// Moved by memcpy when a batch grows (see Alert).
Q_DECLARE_TYPEINFO(alertdeck::decode::ReceivedAlert, Q_RELOCATABLE_TYPE);

Q_DECLARE_METATYPE(alertdeck::decode::AlertBatch)
