#include "AlertForwarder.h"

#include "core/kafka/KafkaConfigBuilder.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QThread>

namespace alertdeck::actions {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AlertDeck", text);
}

constexpr int deliveryTimeoutMs = 30000;

// A consumer's properties minus those only a consumer understands: the connection and security
// settings are what a producer to the same cluster needs.
QMap<QString, QString> producerProperties(const AlertForwarder::Target &target)
{
    static const QStringList consumerOnly{QStringLiteral("group.id"), QStringLiteral("auto.offset.reset"),
                                          QStringLiteral("enable.auto.commit"), QStringLiteral("enable.auto.offset.store"),
                                          QStringLiteral("enable.partition.eof"), QStringLiteral("queued.min.messages"),
                                          QStringLiteral("queued.max.messages.kbytes"), QStringLiteral("fetch.max.bytes"),
                                          QStringLiteral("max.partition.fetch.bytes"), QStringLiteral("fetch.wait.max.ms"),
                                          QStringLiteral("session.timeout.ms"), QStringLiteral("max.poll.interval.ms"),
                                          QStringLiteral("partition.assignment.strategy"), QStringLiteral("isolation.level"),
                                          QStringLiteral("fetch.min.bytes"), QStringLiteral("heartbeat.interval.ms")};
    QMap<QString, QString> properties = kafka::KafkaConfigBuilder::consumerProperties(target.stream, target.secret);
    for (const QString &key : consumerOnly)
        properties.remove(key);
    return properties;
}

} // namespace

void AlertForwarder::add(const route::ForwardRoute::Target &target, const decode::ReceivedAlert &alert)
{
    Pending &pending = m_pending[target.stream];
    pending.sourceStream = alert.stream;
    if (!target.normalized) {
        const QString origin = QStringLiteral("%1/%2/%3>%4").arg(alert.topic).arg(alert.partition).arg(alert.offset).arg(target.topic);
        if (pending.rawSeen.contains(origin))
            return;
        pending.rawSeen.insert(origin);
    }
    pending.messages.push_back(route::ForwardRoute::message(target, alert));
}

void AlertForwarder::addOwed(const QString &sourceStream, const store::OutboxMessage &message)
{
    Pending &pending = m_pending[message.targetStream];
    pending.sourceStream = sourceStream;
    pending.messages.push_back(message);
}

void AlertForwarder::setTarget(const Target &target)
{
    m_targets.insert(target.stream.name, target);
    m_producers.remove(target.stream.name); // its settings or secret may have changed
    m_unavailable.remove(target.stream.name);
}

QVector<ActionLogEntry> AlertForwarder::flush(bool outboxKeeps, bool replay, QStringList *failedTargets)
{
    QVector<ActionLogEntry> log;
    for (auto it = m_pending.begin(); it != m_pending.end(); ++it) {
        const QString &target = it.key();
        const Pending &pending = it.value();
        if (outboxKeeps && postponed(target, replay)) {
            failedTargets->append(target);
            log.append({pending.sourceStream, QStringLiteral("forward"),
                        tr("forward to stream \"%1\" postponed: %2; the messages stay in the outbox and are sent again later")
                            .arg(target, m_unavailable.value(target).why),
                        true});
            continue;
        }
        const Delivery delivery = deliver(target, pending.messages);
        if (delivery.sent) {
            m_unavailable.remove(target);
            log.append({pending.sourceStream, QStringLiteral("forward"),
                        QCoreApplication::translate("AlertDeck", "forwarded %n message(s) to stream \"%1\"", nullptr,
                                                    int(pending.messages.size())).arg(target), false});
            continue;
        }
        if (delivery.hopeless) {
            Unavailable &unavailable = m_unavailable[target];
            unavailable.why = delivery.error;
            unavailable.since.start();
        }
        failedTargets->append(target);
        const QString text = outboxKeeps
            ? QCoreApplication::translate("AlertDeck", "forward to stream \"%1\" failed (%n attempt(s)): %2; "
                                                       "the messages stay in the outbox and are sent again later", nullptr, delivery.attempts)
            : QCoreApplication::translate("AlertDeck", "forward to stream \"%1\" failed (%n attempt(s)): %2", nullptr, delivery.attempts);
        log.append({pending.sourceStream, QStringLiteral("forward"), text.arg(target, delivery.error), true});
    }
    m_pending.clear();
    return log;
}

bool AlertForwarder::postponed(const QString &target, bool replay) const
{
    const auto unavailable = m_unavailable.constFind(target);
    return !replay && unavailable != m_unavailable.cend() && unavailable->since.elapsed() < m_liveRetryMs;
}

AlertForwarder::Delivery AlertForwarder::deliver(const QString &target, const std::vector<store::OutboxMessage> &messages)
{
    Delivery delivery;
    for (int attempt = 1; !delivery.sent && attempt <= attempts; ++attempt) {
        delivery.attempts = attempt;
        kafka::MessageProducer *sender = producer(target, &delivery.error);
        if (!sender)
            break;
        delivery.sent = sendOnce(sender, messages, &delivery.error);
        if (delivery.sent)
            break;
        // Refused credentials are refused again; a broker unreachable for seconds is not back in one
        // more (the outbox sends the messages again later).
        delivery.hopeless = sender->refused() || sender->unreachable();
        // A producer counts failures for its whole life, so each retry gets a fresh one.
        m_producers.remove(target);
        if (delivery.hopeless)
            break;
        if (attempt < attempts)
            QThread::msleep(500u * unsigned(attempt)); // give a restarting broker a moment
    }
    return delivery;
}

kafka::MessageProducer *AlertForwarder::producer(const QString &targetStream, QString *error)
{
    if (const auto found = m_producers.value(targetStream))
        return found.get();
    const auto target = m_targets.constFind(targetStream);
    if (target == m_targets.constEnd()) {
        *error = tr("no configured stream is named \"%1\"").arg(targetStream);
        return nullptr;
    }
    std::shared_ptr<kafka::MessageProducer> created =
        kafka::MessageProducer::create(producerProperties(*target), error, m_unreachableLimitMs);
    if (!created)
        return nullptr;
    m_producers.insert(targetStream, created);
    return created.get();
}

bool AlertForwarder::sendOnce(kafka::MessageProducer *producer, const std::vector<store::OutboxMessage> &messages,
                              QString *error)
{
    for (const store::OutboxMessage &message : messages) {
        if (!producer->produce(message.topic, message.payload, message.headers, {}, error))
            return false;
    }
    return producer->flush(deliveryTimeoutMs, error);
}

} // namespace alertdeck::actions
