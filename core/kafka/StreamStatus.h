#pragma once

#include "core/store/PartitionOffsets.h"

#include <QMetaType>
#include <QString>

namespace alertdeck::kafka {

// What the stream sidebar and `monitor` show of one stream; sent about once a second.
struct StreamStatus
{
    enum class State { Stopped, Connecting, Live, Paused, Error };

    QString stream;
    State state = State::Stopped;
    QString reason; // the broker's or librdkafka's words when state is Error
    double messagesPerSecond = 0;
    double bytesPerSecond = 0;
    qint64 messages = 0;
    qint64 decodeErrors = 0;
    qint64 lastMessageMs = 0; // 0: none yet
    store::PartitionOffsets lag; // messages behind the partition's end, per assigned partition

    static QString stateName(State state);
};

} // namespace alertdeck::kafka

Q_DECLARE_METATYPE(alertdeck::kafka::StreamStatus)
