#include "HeartbeatMonitor.h"

#include <QDateTime>

namespace alertdeck::actions {

HeartbeatMonitor::HeartbeatMonitor(QObject *parent)
    : QObject(parent)
    , m_timer(this)
{
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &HeartbeatMonitor::checkSilence);
}

void HeartbeatMonitor::beat(const QString &stream, const QString &topic, qint64 alarmAfterMs, qint64 nowMs)
{
    HeartbeatStatus &status = m_statuses[stream + QLatin1Char('/') + topic];
    status.stream = stream;
    status.topic = topic;
    status.alarmAfterMs = alarmAfterMs;
    status.lastHeartbeatMs = std::max(status.lastHeartbeatMs, nowMs);
    status.alarm = false;
    emit changed(status);
    if (!m_timer.isActive())
        m_timer.start();
}

void HeartbeatMonitor::checkSilence()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (HeartbeatStatus &status : m_statuses) {
        if (!status.alarm && now - status.lastHeartbeatMs > status.alarmAfterMs) {
            status.alarm = true;
            emit changed(status);
        }
    }
}

} // namespace alertdeck::actions
