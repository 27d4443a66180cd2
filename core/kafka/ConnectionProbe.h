#pragma once

#include "core/config/StreamConfig.h"

#include <QMetaType>
#include <QObject>
#include <QStringList>
#include <QThread>

#include <memory>

namespace alertdeck::kafka {

// What a connection test found: the broker's topics, or why it could not get them, in words.
struct ProbeResult
{
    QString stream;
    bool ok = false;
    QStringList topics; // sorted; internal "__" topics left out
    QString error;
    qint64 elapsedMs = 0;
};

// "Test connection": connects with a stream's settings and secret off the caller's thread, asks the
// broker for its topic list (rd_kafka_metadata) and reports within `timeoutMs`. An authentication
// failure or unreachable brokers end the test early instead of letting librdkafka retry.
// One test at a time; a new start() while one runs is ignored (returns false).
class ConnectionProbe : public QObject
{
    Q_OBJECT
public:
    explicit ConnectionProbe(QObject *parent = nullptr);
    ~ConnectionProbe() override;

    bool start(const config::StreamConfig &stream, const QString &secret, int timeoutMs = 10000);
    bool isRunning() const;

    // The test itself, synchronous; start() runs it on a thread of its own.
    static ProbeResult run(const config::StreamConfig &stream, const QString &secret, int timeoutMs);

signals:
    void finished(const alertdeck::kafka::ProbeResult &result);

private:
    struct ThreadStopper
    {
        void operator()(QThread *thread) const;
    };
    std::unique_ptr<QThread, ThreadStopper> m_thread;
};

} // namespace alertdeck::kafka

Q_DECLARE_METATYPE(alertdeck::kafka::ProbeResult)
