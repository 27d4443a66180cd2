#pragma once

#include "ActionRequest.h"
#include "ActionStatus.h"
#include "AlertForwarder.h"
#include "CommandRunner.h"
#include "EventMemory.h"
#include "HeartbeatMonitor.h"
#include "WebhookSender.h"
#include "core/config/StreamConfig.h"
#include "core/engine/StreamBatch.h"
#include "core/route/TopicRouter.h"

#include <QHash>
#include <QObject>

#include <map>
#include <memory>
#include <utility>

namespace alertdeck::actions {

// Runs the actions of durable alerts on its own thread: command, forward, webhook and heartbeat
// here; notify, sound and tom handed on as ActionRequests, one signal per batch. Which actions
// fired was decided per alert by the stream worker (ActionSet::fired, conditions included); the
// dispatcher adds the per-event options once_per_event and retraction_of_acted, which need memory
// across batches, and counts matches per handler action.
class ActionDispatcher : public QObject
{
    Q_OBJECT
public:
    explicit ActionDispatcher(QObject *parent = nullptr);
    ~ActionDispatcher() override;

    static bool runsOutside(const QString &action); // notify, sound, tom

public slots:
    // A stream whose alerts will be dispatched (and a possible forward target).
    void addStream(const alertdeck::config::StreamConfig &stream, const QString &secret);
    // Streams that are only forward targets (not consumed); their secrets come from their env variable.
    void addForwardTarget(const alertdeck::config::StreamConfig &stream, const QString &secret);
    void dispatch(const alertdeck::engine::StreamBatch &batch);
    // Forwards the store's outbox still holds (from before a crash, or whose delivery failed).
    void replayForwards(const alertdeck::store::OutboxRows &rows);
    // Emits finished() once every command and webhook under way is done.
    void finish();

signals:
    void actionsRequested(const alertdeck::actions::ActionRequests &requests);
    void logged(const alertdeck::actions::ActionLogEntry &entry);
    void matchCountsChanged(const alertdeck::actions::MatchCounts &counts);
    void heartbeatChanged(const alertdeck::actions::HeartbeatStatus &status);
    // For the store: which outbox rows of a batch or replay are done with (every batch that has any
    // gets one, in order).
    void forwardsSettled(const alertdeck::store::OutboxSettlement &settlement);
    // Forwards to `stream` can be sent now (what failed for want of it need not wait for a retry).
    void forwardTargetAdded(const QString &stream);
    void finished();

private:
    struct Fired
    {
        int index;
        const config::HandlerAction *action;
    };

    QVector<Fired> firedActions(const QString &stream, const config::TopicHandler &handler, route::ActionSet set,
                                const decode::Alert &alert);
    void run(const QString &handlerKey, const Fired &fired, const decode::ReceivedAlert &alert, ActionRequests &requests);
    void runCommand(const QString &queueKey, const config::HandlerAction &action, const decode::ReceivedAlert &alert);
    // Matches per handler action within one batch.
    using BatchCounts = std::map<std::pair<const config::TopicHandler *, int>, qint64>;
    // The actions of the handler that need nothing but counting (table, store, log), as bits.
    quint64 countedOnlyMask(const config::TopicHandler &handler);
    void publishCounts(const QString &stream, const BatchCounts &counts);
    // Sends the forwards gathered and settles the outbox rows [firstId, lastId] (none: lastId < firstId).
    void flushForwards(const QString &stream, qint64 firstId, qint64 lastId, bool replay);
    void emitIfFinished();

    QHash<QString, std::shared_ptr<route::TopicRouter>> m_routers; // by stream
    QSet<QString> m_secretVariables;
    EventMemory m_memory;
    CommandRunner m_commands;
    WebhookSender m_webhooks;
    HeartbeatMonitor m_heartbeats;
    AlertForwarder m_forwarder;
    QHash<QString, MatchCount> m_counts; // by "stream\x1fkey\x1findex"
    QHash<const config::TopicHandler *, quint64> m_countedOnly;
    bool m_finishing = false;
};

} // namespace alertdeck::actions
