#pragma once

#include "ActionStatus.h"
#include "core/config/StreamConfig.h"
#include "core/decode/ReceivedAlert.h"
#include "core/kafka/MessageProducer.h"
#include "core/route/ForwardRoute.h"
#include "core/store/OutboxMessage.h"

#include <QElapsedTimer>
#include <QHash>
#include <QString>

#include <memory>
#include <vector>

namespace alertdeck::actions {

// The `forward` action, LSST filterStream-style: alerts of a batch are gathered per target stream,
// produced together and confirmed by their delivery reports; a batch with any failed delivery is
// produced again (at least once: a retry may duplicate), up to `attempts` times. What still fails
// stays in the store's outbox (the stream worker put it there with the batch) for a later replay.
// A target whose broker could not be reached (or refused the login) is tried again by the batches
// that follow only once `liveRetryMs` has passed (and always by the outbox's replays, or once it is
// set again): each batch would otherwise hold the actions thread, and every other stream's
// actions, for the producer's wait; waiting for the next replay alone (up to 15 min after a long
// outage) would delay the forwards long after the broker is back.
class AlertForwarder
{
public:
    struct Target
    {
        config::StreamConfig stream;
        QString secret;
    };

    static constexpr int defaultLiveRetryMs = 30 * 1000;

    explicit AlertForwarder(int unreachableLimitMs = kafka::MessageProducer::defaultUnreachableLimitMs,
                            int liveRetryMs = defaultLiveRetryMs)
        : m_unreachableLimitMs(unreachableLimitMs), m_liveRetryMs(liveRetryMs)
    {
    }

    void setTarget(const Target &target);
    // Several alerts of one message (an Avro container) forward its raw payload once.
    void add(const route::ForwardRoute::Target &target, const decode::ReceivedAlert &alert);
    // A message read back from the outbox, sent as it is.
    void addOwed(const QString &sourceStream, const store::OutboxMessage &message);
    // Sends everything added since the last call; one log entry per target stream. Targets whose
    // delivery failed go to `failedTargets`; `outboxKeeps`: their messages stay in the outbox.
    // `replay`: the outbox's messages sent again, which try targets found unavailable too.
    QVector<ActionLogEntry> flush(bool outboxKeeps, bool replay, QStringList *failedTargets);

    static constexpr int attempts = 3;

private:
    struct Pending
    {
        QString sourceStream;
        std::vector<store::OutboxMessage> messages;
        QSet<QString> rawSeen; // "topic/partition/offset -> target topic" forwarded raw in this batch
    };

    struct Unavailable
    {
        QString why;
        QElapsedTimer since;
    };

    struct Delivery
    {
        bool sent = false;
        bool hopeless = false; // refused or unreachable: the next batch would fail the same way
        int attempts = 0;
        QString error;
    };

    // Whether a batch's forwards to `target` go straight to the outbox (see the class comment).
    bool postponed(const QString &target, bool replay) const;
    Delivery deliver(const QString &target, const std::vector<store::OutboxMessage> &messages);
    kafka::MessageProducer *producer(const QString &targetStream, QString *error);
    bool sendOnce(kafka::MessageProducer *producer, const std::vector<store::OutboxMessage> &messages, QString *error);

    QHash<QString, Target> m_targets;
    QHash<QString, std::shared_ptr<kafka::MessageProducer>> m_producers;
    QHash<QString, Pending> m_pending;
    QHash<QString, Unavailable> m_unavailable; // by target, until a delivery to it succeeds
    const int m_unreachableLimitMs;
    const int m_liveRetryMs;
};

} // namespace alertdeck::actions
