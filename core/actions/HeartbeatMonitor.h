#pragma once

#include "ActionStatus.h"

#include <QHash>
#include <QObject>
#include <QTimer>

namespace alertdeck::actions {

// The `heartbeat` action: remembers when each heartbeat topic last spoke and raises an alarm once
// it has been silent longer than its alarm_after; the next heartbeat clears it.
class HeartbeatMonitor : public QObject
{
    Q_OBJECT
public:
    explicit HeartbeatMonitor(QObject *parent = nullptr);

    void beat(const QString &stream, const QString &topic, qint64 alarmAfterMs, qint64 nowMs);
    QVector<HeartbeatStatus> statuses() const { return m_statuses.values().toVector(); }

signals:
    void changed(const alertdeck::actions::HeartbeatStatus &status);

private:
    void checkSilence();

    QHash<QString, HeartbeatStatus> m_statuses; // by "stream/topic"
    QTimer m_timer;
};

} // namespace alertdeck::actions
