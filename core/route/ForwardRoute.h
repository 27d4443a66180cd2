#pragma once

#include "ActionSet.h"
#include "core/config/HandlerAction.h"
#include "core/decode/ReceivedAlert.h"
#include "core/store/OutboxMessage.h"

#include <QStringList>

#include <vector>

namespace alertdeck::route {

// The `forward` actions of a topic handler, compiled once per topic for the consume loop: which
// positions of the handler's list forward, and where to. An alert none of them fired for costs one
// bit test.
class ForwardRoute
{
public:
    struct Target
    {
        QString stream; // the source stream when the action names none
        QString topic;
        bool normalized = false; // the normalized JSON instead of the raw payload and headers
    };

    ForwardRoute() = default;
    static ForwardRoute fromHandler(const config::TopicHandler *handler, const QString &sourceStream);
    static Target targetOf(const config::HandlerAction &action, const QString &sourceStream);
    // What a forward of `alert` to `target` produces.
    static store::OutboxMessage message(const Target &target, const decode::ReceivedAlert &alert);

    bool fires(ActionSet set) const { return set.fired & m_mask; }
    // The streams the forward actions send to, in the handler's order (repeats included).
    QStringList targetStreams() const;
    // Appends the messages the forwards that fired for `alert` owe. `out` from `messageStart` on holds
    // those of the same Kafka message: its raw payload goes to one target topic only once, however
    // many of its records (an Avro container) fired.
    void collect(const decode::ReceivedAlert &alert, ActionSet set, qsizetype messageStart,
                 QVector<store::OutboxMessage> *out) const;

private:
    quint64 m_mask = 0;
    std::vector<std::pair<int, Target>> m_targets; // by position in the handler's list
};

} // namespace alertdeck::route
