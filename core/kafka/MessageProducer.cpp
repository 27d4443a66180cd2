#include "MessageProducer.h"

#include "KafkaConfigBuilder.h"

#include <QCoreApplication>

#include <algorithm>

namespace alertdeck::kafka {

std::unique_ptr<MessageProducer> MessageProducer::create(const QMap<QString, QString> &properties, QString *error,
                                                         int unreachableLimitMs)
{
    QMap<QString, QString> all{
        {QStringLiteral("linger.ms"), QStringLiteral("5")},
        {QStringLiteral("socket.connection.setup.timeout.ms"), QStringLiteral("7000")},
        // Delivery gives up after this, so an unreachable broker fails a replay instead of hanging it.
        {QStringLiteral("message.timeout.ms"), QStringLiteral("30000")},
    };
    for (auto it = properties.begin(); it != properties.end(); ++it)
        all.insert(it.key(), it.value());
    KafkaConfHandle conf = KafkaConfigBuilder::build(QStringLiteral("producer"), all, error);
    if (!conf)
        return nullptr;
    std::unique_ptr<MessageProducer> producer(new MessageProducer);
    producer->m_unreachableLimitMs = unreachableLimitMs;
    rd_kafka_conf_set_opaque(conf.get(), producer.get());
    rd_kafka_conf_set_dr_msg_cb(conf.get(), &MessageProducer::deliveryCallback);
    rd_kafka_conf_set_error_cb(conf.get(), &MessageProducer::errorCallback);
    char reason[512];
    producer->m_producer.reset(rd_kafka_new(RD_KAFKA_PRODUCER, conf.get(), reason, sizeof reason));
    if (!producer->m_producer) {
        *error = QString::fromUtf8(reason);
        return nullptr;
    }
    conf.release();
    return producer;
}

MessageProducer::~MessageProducer()
{
    if (!m_producer)
        return;
    if (refused() || unreachable())
        dropQueued();
    rd_kafka_flush(m_producer.get(), 5000);
}

// Served by rd_kafka_poll()/rd_kafka_flush() on the calling thread.
void MessageProducer::errorCallback(rd_kafka_t *, int err, const char *reason, void *opaque)
{
    auto *self = static_cast<MessageProducer *>(opaque);
    if ((err == RD_KAFKA_RESP_ERR__AUTHENTICATION || err == RD_KAFKA_RESP_ERR__FATAL) && self->m_refusal.isEmpty())
        self->m_refusal = QString::fromUtf8(reason);
    // Why a connection failed comes as a transport (or name resolution) error; "all brokers are
    // down" follows it without a reason of its own.
    if (err == RD_KAFKA_RESP_ERR__TRANSPORT || err == RD_KAFKA_RESP_ERR__RESOLVE)
        self->m_downReason = QString::fromUtf8(reason);
    if (err == RD_KAFKA_RESP_ERR__ALL_BROKERS_DOWN) {
        if (!self->m_downSince.isValid())
            self->m_downSince.start();
        if (self->m_downReason.isEmpty())
            self->m_downReason = QString::fromUtf8(reason);
    }
}

bool MessageProducer::unreachable() const
{
    return m_downSince.isValid() && m_downSince.elapsed() >= m_unreachableLimitMs;
}

void MessageProducer::dropQueued()
{
    rd_kafka_purge(m_producer.get(), RD_KAFKA_PURGE_F_QUEUE | RD_KAFKA_PURGE_F_INFLIGHT);
    rd_kafka_poll(m_producer.get(), 0); // their delivery reports, as failures
}

void MessageProducer::deliveryCallback(rd_kafka_t *, const rd_kafka_message_t *message, void *opaque)
{
    auto *self = static_cast<MessageProducer *>(opaque);
    if (message->err == RD_KAFKA_RESP_ERR_NO_ERROR) {
        ++self->m_delivered;
        self->m_downSince.invalidate(); // a broker is back
        return;
    }
    if (self->m_failed++ == 0)
        self->m_firstFailure = QString::fromUtf8(rd_kafka_err2str(message->err));
}

bool MessageProducer::produce(const QString &topic, const QByteArray &payload, const decode::MessageHeaders &headers,
                              const QByteArray &key, QString *error)
{
    const QByteArray topicName = topic.toUtf8();
    for (;;) {
        HeadersHandle kafkaHeaders(rd_kafka_headers_new(size_t(headers.size())));
        for (const auto &[name, value] : headers)
            rd_kafka_header_add(kafkaHeaders.get(), name.constData(), name.size(), value.constData(), value.size());
        const rd_kafka_resp_err_t err = rd_kafka_producev(
            m_producer.get(), RD_KAFKA_V_TOPIC(topicName.constData()),
            RD_KAFKA_V_VALUE(const_cast<char *>(payload.constData()), size_t(payload.size())),
            RD_KAFKA_V_KEY(key.isEmpty() ? nullptr : key.constData(), size_t(key.size())),
            RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY), RD_KAFKA_V_HEADERS(kafkaHeaders.get()), RD_KAFKA_V_END);
        if (err == RD_KAFKA_RESP_ERR_NO_ERROR) {
            kafkaHeaders.release(); // owned by the message now
            rd_kafka_poll(m_producer.get(), 0);
            return true;
        }
        if (err != RD_KAFKA_RESP_ERR__QUEUE_FULL) {
            *error = QCoreApplication::translate("AlertDeck", "cannot produce to \"%1\": %2")
                         .arg(topic, QString::fromUtf8(rd_kafka_err2str(err)));
            return false;
        }
        rd_kafka_poll(m_producer.get(), 50); // wait for deliveries to make room
    }
}

bool MessageProducer::flush(int timeoutMs, QString *error)
{
    // In slices, so that what the error callback reports (a refused login, no broker) ends the wait.
    constexpr int kSliceMs = 100;
    QElapsedTimer waited;
    waited.start();
    rd_kafka_resp_err_t err = RD_KAFKA_RESP_ERR__TIMED_OUT;
    while (!refused() && !unreachable() && err == RD_KAFKA_RESP_ERR__TIMED_OUT && waited.elapsed() < timeoutMs)
        err = rd_kafka_flush(m_producer.get(), int(std::min<qint64>(kSliceMs, timeoutMs - waited.elapsed())));
    if (refused() || unreachable()) {
        dropQueued();
        *error = refused() ? QCoreApplication::translate("AlertDeck", "the broker refused the login: %1").arg(m_refusal)
                           : QCoreApplication::translate("AlertDeck", "no broker reachable for %1 s: %2")
                                 .arg(m_unreachableLimitMs / 1000).arg(m_downReason);
        return false;
    }
    if (err == RD_KAFKA_RESP_ERR__TIMED_OUT) {
        *error = QCoreApplication::translate("AlertDeck", "%1 messages still undelivered after %2 s")
                     .arg(rd_kafka_outq_len(m_producer.get())).arg(timeoutMs / 1000);
        return false;
    }
    if (m_failed > 0) {
        *error = QCoreApplication::translate("AlertDeck", "%1 messages not delivered: %2").arg(m_failed).arg(m_firstFailure);
        return false;
    }
    return true;
}

} // namespace alertdeck::kafka
