#pragma once

#include "KafkaHandles.h"
#include "core/decode/RawMessage.h"

#include <QMap>
#include <QString>

#include <memory>

namespace alertdeck::kafka {

// A synchronous-looking producer for replay, the demo and the forward action: produce() queues a
// message (waiting for room when librdkafka's queue is full), flush() waits for every delivery
// report and tells how many failed, with the first failure's reason.
class MessageProducer
{
public:
    static std::unique_ptr<MessageProducer> create(const QMap<QString, QString> &properties, QString *error);
    ~MessageProducer();
    MessageProducer(const MessageProducer &) = delete;
    MessageProducer &operator=(const MessageProducer &) = delete;

    bool produce(const QString &topic, const QByteArray &payload, const decode::MessageHeaders &headers,
                 const QByteArray &key, QString *error);
    // Waits up to timeoutMs for outstanding deliveries; false when any failed or some are still pending.
    bool flush(int timeoutMs, QString *error);

    qint64 delivered() const { return m_delivered; }
    qint64 failed() const { return m_failed; }

private:
    static void deliveryCallback(rd_kafka_t *rk, const rd_kafka_message_t *message, void *opaque);

    MessageProducer() = default;

    KafkaHandle m_producer;
    qint64 m_delivered = 0;
    qint64 m_failed = 0;
    QString m_firstFailure;
};

} // namespace alertdeck::kafka
