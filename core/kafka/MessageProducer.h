#pragma once

#include "KafkaHandles.h"
#include "core/decode/RawMessage.h"

#include <QElapsedTimer>
#include <QMap>
#include <QString>

#include <memory>

namespace alertdeck::kafka {

// A synchronous-looking producer for replay, the demo and the forward action: produce() queues a
// message (waiting for room when librdkafka's queue is full), flush() waits for every delivery
// report and tells how many failed, with the first failure's reason. A broker that refuses the
// login ends the wait at once, and one that cannot be reached ends it after `unreachableLimitMs`:
// librdkafka would retry either until every message timed out (30 s; the forward action's three
// attempts held its thread for 90 s) with only "Message timed out" to show.
class MessageProducer
{
public:
    static constexpr int defaultUnreachableLimitMs = 10000;

    static std::unique_ptr<MessageProducer> create(const QMap<QString, QString> &properties, QString *error,
                                                   int unreachableLimitMs = defaultUnreachableLimitMs);
    ~MessageProducer();
    MessageProducer(const MessageProducer &) = delete;
    MessageProducer &operator=(const MessageProducer &) = delete;

    bool produce(const QString &topic, const QByteArray &payload, const decode::MessageHeaders &headers,
                 const QByteArray &key, QString *error);
    // Waits up to timeoutMs for outstanding deliveries; false when any failed or some are still
    // pending, or when the broker refused the login or could not be reached (what was queued is
    // then dropped).
    bool flush(int timeoutMs, QString *error);
    // The broker refused the login (a wrong or missing password, a rejected token): trying again
    // with the same credentials is pointless.
    bool refused() const { return !m_refusal.isEmpty(); }
    // No broker has been reachable for the limit, and nothing was delivered meanwhile.
    bool unreachable() const;

    qint64 delivered() const { return m_delivered; }
    qint64 failed() const { return m_failed; }

private:
    static void deliveryCallback(rd_kafka_t *rk, const rd_kafka_message_t *message, void *opaque);
    static void errorCallback(rd_kafka_t *rk, int err, const char *reason, void *opaque);
    void dropQueued();

    MessageProducer() = default;

    KafkaHandle m_producer;
    qint64 m_delivered = 0;
    qint64 m_failed = 0;
    QString m_firstFailure;
    QString m_refusal; // the broker's reason for refusing the login
    int m_unreachableLimitMs = defaultUnreachableLimitMs;
    QElapsedTimer m_downSince; // since librdkafka said all brokers are down; invalid once one delivers
    QString m_downReason; // the last connection failure
};

} // namespace alertdeck::kafka
