#pragma once

#include <QMetaType>
#include <QString>
#include <QVector>

namespace alertdeck::actions {

// How often one action of one topic handler has fired since the engine started (for the stream
// sidebar and `listen`).
struct MatchCount
{
    QString stream;
    QString handlerKey;
    int actionIndex = -1;
    QString action;
    qint64 matches = 0;
};

using MatchCounts = QVector<MatchCount>;

// The liveness of one heartbeat topic: when its last heartbeat arrived, and whether it has been
// silent for longer than the action's alarm_after.
struct HeartbeatStatus
{
    QString stream;
    QString topic;
    qint64 lastHeartbeatMs = 0; // milliseconds since the Unix epoch
    qint64 alarmAfterMs = 0;
    bool alarm = false;
};

// One line for the log: what an action did or why it failed.
struct ActionLogEntry
{
    QString stream;
    QString action;
    QString message;
    bool failure = false;
};

} // namespace alertdeck::actions

Q_DECLARE_METATYPE(alertdeck::actions::MatchCounts)
Q_DECLARE_METATYPE(alertdeck::actions::HeartbeatStatus)
Q_DECLARE_METATYPE(alertdeck::actions::ActionLogEntry)
