#include "MonitorReport.h"

#include <QDateTime>

#include <cstdio>

namespace alertdeck::cli {

MonitorReport::MonitorReport(engine::AlertEngine &engine, int intervalMs, QObject *parent)
    : QObject(parent)
    , m_out(stdout)
{
    connect(&engine, &engine::AlertEngine::alertsStored, this, &MonitorReport::onStored);
    connect(&engine, &engine::AlertEngine::streamStatusChanged, this, &MonitorReport::onStatus);
    connect(&m_timer, &QTimer::timeout, this, &MonitorReport::print);
    m_timer.start(intervalMs);
    m_sinceReport.start();
}

void MonitorReport::onStored(const engine::StreamBatch &batch)
{
    m_streams[batch.stream].total += batch.alerts.size();
    QMap<QString, Counter> &topics = m_topics[batch.stream];
    for (const decode::ReceivedAlert &alert : batch.alerts)
        ++topics[alert.topic].total;
}

void MonitorReport::onStatus(const kafka::StreamStatus &status)
{
    m_lag.insert(status.stream, status.lag);
    m_streams[status.stream];
    QMap<QString, Counter> &topics = m_topics[status.stream];
    for (auto it = status.lag.cbegin(); it != status.lag.cend(); ++it)
        topics[it.key().first];
}

void MonitorReport::print()
{
    const double seconds = std::max(double(m_sinceReport.restart()) / 1000.0, 1e-3);
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    for (auto stream = m_streams.begin(); stream != m_streams.end(); ++stream) {
        const store::PartitionOffsets lag = m_lag.value(stream.key());
        m_out << now << ' ' << line(stream.key(), stream.value(), lagText(lag), seconds) << '\n';
        QMap<QString, Counter> &topics = m_topics[stream.key()];
        for (auto topic = topics.begin(); topic != topics.end(); ++topic)
            m_out << "  " << stream.key() << ' ' << line(topic.key(), topic.value(), lagText(lag, topic.key()), seconds) << '\n';
    }
    m_out.flush();
}

QString MonitorReport::line(const QString &name, Counter &counter, const QString &lag, double seconds) const
{
    const qint64 added = counter.total - counter.reported;
    counter.reported = counter.total;
    return tr("%1 %2 alerts (+%3, %4/s) lag %5").arg(name).arg(counter.total).arg(added).arg(double(added) / seconds, 0, 'f', 1).arg(lag);
}

// "-" until the stream has reported partitions; otherwise the sum over the (topic's) partitions.
QString MonitorReport::lagText(const store::PartitionOffsets &lag, const QString &topic)
{
    qint64 sum = 0;
    bool any = false;
    for (auto it = lag.cbegin(); it != lag.cend(); ++it) {
        if (topic.isEmpty() || it.key().first == topic) {
            sum += it.value();
            any = true;
        }
    }
    return any ? QString::number(sum) : QStringLiteral("-");
}

} // namespace alertdeck::cli
