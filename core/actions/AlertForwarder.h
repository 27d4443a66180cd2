#pragma once

#include "ActionStatus.h"
#include "core/config/StreamConfig.h"
#include "core/decode/ReceivedAlert.h"
#include "core/kafka/MessageProducer.h"
#include "core/route/ForwardRoute.h"
#include "core/store/OutboxMessage.h"

#include <QHash>
#include <QString>

#include <memory>
#include <vector>

namespace alertdeck::actions {

// The `forward` action, LSST filterStream-style: alerts of a batch are gathered per target stream,
// produced together and confirmed by their delivery reports; a batch with any failed delivery is
// produced again (at least once: a retry may duplicate), up to `attempts` times. What still fails
// stays in the store's outbox (the stream worker put it there with the batch) for a later replay.
class AlertForwarder
{
public:
    struct Target
    {
        config::StreamConfig stream;
        QString secret;
    };

    void setTarget(const Target &target) { m_targets.insert(target.stream.name, target); }
    // Several alerts of one message (an Avro container) forward its raw payload once.
    void add(const route::ForwardRoute::Target &target, const decode::ReceivedAlert &alert);
    // A message read back from the outbox, sent as it is.
    void addOwed(const QString &sourceStream, const store::OutboxMessage &message);
    // Sends everything added since the last call; one log entry per target stream. Targets whose
    // delivery failed go to `failedTargets`; `outboxKeeps`: their messages stay in the outbox.
    QVector<ActionLogEntry> flush(bool outboxKeeps, QStringList *failedTargets);

    static constexpr int attempts = 3;

private:
    struct Pending
    {
        QString sourceStream;
        std::vector<store::OutboxMessage> messages;
        QSet<QString> rawSeen; // "topic/partition/offset -> target topic" forwarded raw in this batch
    };

    kafka::MessageProducer *producer(const QString &targetStream, QString *error);
    bool sendOnce(kafka::MessageProducer *producer, const std::vector<store::OutboxMessage> &messages, QString *error);

    QHash<QString, Target> m_targets;
    QHash<QString, std::shared_ptr<kafka::MessageProducer>> m_producers;
    QHash<QString, Pending> m_pending;
};

} // namespace alertdeck::actions
