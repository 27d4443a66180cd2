#pragma once

#include "ActionStatus.h"
#include "core/config/StreamConfig.h"
#include "core/decode/ReceivedAlert.h"
#include "core/kafka/MessageProducer.h"

#include <QHash>
#include <QString>

#include <memory>
#include <vector>

namespace alertdeck::actions {

// The `forward` action, LSST filterStream-style: alerts of a batch are gathered per target stream,
// produced together and confirmed by their delivery reports; a batch with any failed delivery is
// produced again (at least once: a retry may duplicate), up to `attempts` times.
class AlertForwarder
{
public:
    struct Target
    {
        config::StreamConfig stream;
        QString secret;
    };

    void setTarget(const Target &target) { m_targets.insert(target.stream.name, target); }
    // `normalized`: the normalized JSON instead of the raw payload. Several alerts of one message
    // (an Avro container) forward its raw payload once.
    void add(const QString &targetStream, const QString &topic, bool normalized, const decode::ReceivedAlert &alert);
    // Sends everything added since the last call; one log entry per target topic.
    QVector<ActionLogEntry> flush();

    static constexpr int attempts = 3;

private:
    struct Message
    {
        QString topic;
        QByteArray payload;
        decode::MessageHeaders headers;
    };
    struct Pending
    {
        QString sourceStream;
        std::vector<Message> messages;
        QSet<QString> rawSeen; // "topic/partition/offset -> target topic" forwarded raw in this batch
    };

    kafka::MessageProducer *producer(const QString &targetStream, QString *error);
    bool sendOnce(kafka::MessageProducer *producer, const std::vector<Message> &messages, QString *error);

    QHash<QString, Target> m_targets;
    QHash<QString, std::shared_ptr<kafka::MessageProducer>> m_producers;
    QHash<QString, Pending> m_pending;
};

} // namespace alertdeck::actions
