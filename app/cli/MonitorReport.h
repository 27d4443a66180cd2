#pragma once

#include "core/engine/AlertEngine.h"

#include <QElapsedTimer>
#include <QMap>
#include <QObject>
#include <QTextStream>
#include <QTimer>

namespace alertdeck::cli {

// `alertdeck-cli monitor`'s output, like LSST's monitorStream: every interval one line per stream
// and one per topic with the alert count, what arrived since the last report, the rate, and the
// consumer lag (messages behind the end of the assigned partitions).
class MonitorReport : public QObject
{
    Q_OBJECT
public:
    MonitorReport(engine::AlertEngine &engine, int intervalMs, QObject *parent = nullptr);

    void print();

private:
    struct Counter
    {
        qint64 total = 0;
        qint64 reported = 0;
    };

    void onStored(const engine::StreamBatch &batch);
    void onStatus(const kafka::StreamStatus &status);
    QString line(const QString &name, Counter &counter, const QString &lag, double seconds) const;
    static QString lagText(const store::PartitionOffsets &lag, const QString &topic = {});

    QMap<QString, Counter> m_streams;
    QMap<QString, QMap<QString, Counter>> m_topics; // stream -> topic
    QHash<QString, store::PartitionOffsets> m_lag;
    QElapsedTimer m_sinceReport;
    QTimer m_timer;
    QTextStream m_out;
};

} // namespace alertdeck::cli
