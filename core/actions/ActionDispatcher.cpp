#include "ActionDispatcher.h"

#include "core/config/ActionSettingsValidator.h"
#include "core/decode/SharedText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace alertdeck::actions {
namespace {

constexpr double defaultCommandTimeoutS = 30;
constexpr int defaultMaxConcurrent = 4;
constexpr double defaultHeartbeatAlarmS = 60;

QString actionKey(const QString &stream, const QString &handlerKey, int index)
{
    return stream + QChar(0x1f) + handlerKey + QChar(0x1f) + QString::number(index);
}

// The table, store and log actions are done before the dispatcher sees an alert; it only counts them.
bool countedOnly(const config::HandlerAction &action)
{
    return config::ActionSettingsValidator::isBuiltIn(action.name);
}

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list << item.toString();
    return list;
}

} // namespace

ActionDispatcher::ActionDispatcher(QObject *parent)
    : QObject(parent)
    , m_commands(this)
    , m_webhooks(this)
    , m_heartbeats(this)
{
    connect(&m_commands, &CommandRunner::logged, this, &ActionDispatcher::logged);
    connect(&m_webhooks, &WebhookSender::logged, this, &ActionDispatcher::logged);
    connect(&m_heartbeats, &HeartbeatMonitor::changed, this, &ActionDispatcher::heartbeatChanged);
    connect(&m_commands, &CommandRunner::idle, this, &ActionDispatcher::emitIfFinished);
    connect(&m_webhooks, &WebhookSender::idle, this, &ActionDispatcher::emitIfFinished);
}

ActionDispatcher::~ActionDispatcher() = default;

bool ActionDispatcher::runsOutside(const QString &action)
{
    return action == QLatin1String("notify") || action == QLatin1String("sound") || action == QLatin1String("tom");
}

void ActionDispatcher::addStream(const config::StreamConfig &stream, const QString &secret)
{
    m_routers.insert(stream.name, std::make_shared<route::TopicRouter>(stream.handlers));
    m_countedOnly.clear(); // keyed by handlers of the routers, which may just have changed
    for (const config::TopicHandler &handler : stream.handlers) {
        for (const config::HandlerAction &action : handler.actions) {
            const QString variable = action.settings.value(QStringLiteral("url")).toObject().value(QStringLiteral("env")).toString();
            if (!variable.isEmpty())
                m_secretVariables.insert(variable);
        }
    }
    addForwardTarget(stream, secret);
}

void ActionDispatcher::addForwardTarget(const config::StreamConfig &stream, const QString &secret)
{
    m_forwarder.setTarget({stream, secret});
    if (!stream.secretEnvVar().isEmpty())
        m_secretVariables.insert(stream.secretEnvVar());
    m_commands.setSecretVariables(m_secretVariables);
    emit forwardTargetAdded(stream.name);
}

void ActionDispatcher::dispatch(const engine::StreamBatch &batch)
{
    const auto router = m_routers.value(batch.stream);
    if (!router) {
        if (batch.lastOutboxId >= batch.firstOutboxId)
            emit forwardsSettled({batch.stream, batch.firstOutboxId, batch.lastOutboxId, {}, true, false});
        return;
    }
    ActionRequests requests;
    BatchCounts counts;
    const config::TopicHandler *handler = nullptr;
    const QString *handlerTopic = nullptr;
    for (qsizetype i = 0; i < batch.alerts.size(); ++i) {
        const route::ActionSet set = batch.actions.at(i);
        if (set.fired == 0)
            continue;
        const decode::ReceivedAlert &alert = batch.alerts.at(i);
        if (!handlerTopic || !decode::sameText(*handlerTopic, alert.topic)) {
            handler = router->handlerFor(alert.topic);
            handlerTopic = &alert.topic;
        }
        if (!handler)
            continue;
        // Most alerts of a busy stream are only stored and shown: they are counted, no more (doing
        // the whole round for them took 12% of a million-alert ingest's CPU).
        if ((set.fired & ~countedOnlyMask(*handler)) == 0) {
            for (quint64 bits = set.fired; bits != 0; bits &= bits - 1)
                ++counts[{handler, qCountTrailingZeroBits(bits)}];
            continue;
        }
        const QVector<Fired> fired = firedActions(batch.stream, *handler, set, alert.alert);
        bool acted = false;
        for (const Fired &one : fired) {
            ++counts[{handler, one.index}];
            run(handler->key, one, alert, requests);
            acted = acted || (!config::ActionSettingsValidator::isBuiltIn(one.action->name) && one.action->name != QLatin1String("heartbeat"));
        }
        if (acted)
            m_memory.markActed(alert.alert);
    }
    flushForwards(batch.stream, batch.firstOutboxId, batch.lastOutboxId, false);
    if (!requests.isEmpty())
        emit actionsRequested(requests);
    publishCounts(batch.stream, counts);
}

void ActionDispatcher::replayForwards(const store::OutboxRows &rows)
{
    if (rows.isEmpty())
        return;
    const QString &stream = rows.constFirst().sourceStream;
    emit logged({stream, QStringLiteral("forward"),
                 QCoreApplication::translate("AlertDeck", "sending %1 forwards again that the outbox still holds").arg(rows.size()),
                 false});
    for (const store::OutboxRow &row : rows)
        m_forwarder.addOwed(stream, row.message);
    flushForwards(stream, rows.constFirst().id, rows.constLast().id, true);
}

void ActionDispatcher::flushForwards(const QString &stream, qint64 firstId, qint64 lastId, bool replay)
{
    const bool owed = lastId >= firstId;
    QStringList failedTargets;
    for (const ActionLogEntry &entry : m_forwarder.flush(owed, replay, &failedTargets))
        emit logged(entry);
    // Rows of forwards held back here (once_per_event, retraction_of_acted) go with their target's.
    if (owed)
        emit forwardsSettled({stream, firstId, lastId, failedTargets, false, replay});
}

quint64 ActionDispatcher::countedOnlyMask(const config::TopicHandler &handler)
{
    const auto found = m_countedOnly.constFind(&handler);
    if (found != m_countedOnly.cend())
        return *found;
    quint64 mask = 0;
    for (int index = 0; index < handler.actions.size() && index < 64; ++index) {
        if (countedOnly(handler.actions.at(index)))
            mask |= quint64(1) << index;
    }
    m_countedOnly.insert(&handler, mask);
    return mask;
}

// The handler's actions whose conditions held, minus those the per-event options hold back. All
// are decided before any is run, so a retraction does not count as acted on by its own actions.
QVector<ActionDispatcher::Fired> ActionDispatcher::firedActions(const QString &stream, const config::TopicHandler &handler,
                                                                route::ActionSet set, const decode::Alert &alert)
{
    QVector<Fired> fired;
    for (int index = 0; index < handler.actions.size(); ++index) {
        if (!set.fires(index))
            continue;
        const config::HandlerAction &action = handler.actions.at(index);
        if (action.settings.value(QStringLiteral("retraction_of_acted")).toBool() && !m_memory.retractsActedEvent(alert))
            continue;
        if (action.settings.value(QStringLiteral("once_per_event")).toBool()
            && !m_memory.firstOfEvent(actionKey(stream, handler.key, index), alert))
            continue;
        fired.append({index, &action});
    }
    return fired;
}

void ActionDispatcher::run(const QString &handlerKey, const Fired &fired, const decode::ReceivedAlert &alert, ActionRequests &requests)
{
    const config::HandlerAction &action = *fired.action;
    const QJsonObject &settings = action.settings;
    if (runsOutside(action.name)) {
        requests.append({alert.stream, handlerKey, action, alert});
    } else if (action.name == QLatin1String("command")) {
        runCommand(actionKey(alert.stream, handlerKey, fired.index), action, alert);
    } else if (action.name == QLatin1String("forward")) {
        m_forwarder.add(route::ForwardRoute::targetOf(action, alert.stream), alert);
    } else if (action.name == QLatin1String("webhook")) {
        m_webhooks.send(WebhookSender::requestFor(alert.stream, settings, alert));
    } else if (action.name == QLatin1String("heartbeat")) {
        const double alarmAfter = settings.value(QStringLiteral("alarm_after")).toDouble(defaultHeartbeatAlarmS);
        m_heartbeats.beat(alert.stream, alert.topic, qint64(alarmAfter * 1000), alert.receivedMs);
    }
}

void ActionDispatcher::runCommand(const QString &queueKey, const config::HandlerAction &action, const decode::ReceivedAlert &alert)
{
    const QJsonObject &settings = action.settings;
    CommandRunner::Job job;
    job.stream = alert.stream;
    job.argv = CommandRunner::substitute(stringList(settings.value(QStringLiteral("argv"))), alert);
    job.input = QJsonDocument(alert.toJson()).toJson(QJsonDocument::Compact) + '\n';
    job.timeoutMs = int(settings.value(QStringLiteral("timeout")).toDouble(defaultCommandTimeoutS) * 1000);
    job.alertId = alert.alert.id;
    m_commands.enqueue(queueKey, settings.value(QStringLiteral("max_concurrent")).toInt(defaultMaxConcurrent), std::move(job));
}

void ActionDispatcher::publishCounts(const QString &stream, const BatchCounts &counts)
{
    if (counts.empty())
        return;
    MatchCounts changed;
    for (const auto &[action, matches] : counts) {
        const auto &[handler, index] = action;
        MatchCount &count = m_counts[actionKey(stream, handler->key, index)];
        if (count.actionIndex < 0)
            count = {stream, handler->key, index, handler->actions.at(index).name, 0};
        count.matches += matches;
        changed.append(count);
    }
    emit matchCountsChanged(changed);
}

void ActionDispatcher::finish()
{
    m_finishing = true;
    emitIfFinished();
}

void ActionDispatcher::emitIfFinished()
{
    if (!m_finishing || !m_commands.isIdle() || !m_webhooks.isIdle())
        return;
    m_finishing = false;
    emit finished();
}

} // namespace alertdeck::actions
