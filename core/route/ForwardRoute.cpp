#include "ForwardRoute.h"

#include <QJsonDocument>

namespace alertdeck::route {

ForwardRoute ForwardRoute::fromHandler(const config::TopicHandler *handler, const QString &sourceStream)
{
    ForwardRoute route;
    if (!handler)
        return route;
    const int count = std::min(int(handler->actions.size()), 64);
    for (int i = 0; i < count; ++i) {
        const config::HandlerAction &action = handler->actions.at(i);
        if (action.name != QLatin1String("forward"))
            continue;
        route.m_mask |= quint64(1) << i;
        route.m_targets.emplace_back(i, targetOf(action, sourceStream));
    }
    return route;
}

QStringList ForwardRoute::targetStreams() const
{
    QStringList streams;
    for (const auto &[index, target] : m_targets)
        streams << target.stream;
    return streams;
}

ForwardRoute::Target ForwardRoute::targetOf(const config::HandlerAction &action, const QString &sourceStream)
{
    const QJsonObject &settings = action.settings;
    return {settings.value(QStringLiteral("stream")).toString(sourceStream), settings.value(QStringLiteral("topic")).toString(),
            settings.value(QStringLiteral("payload")).toString() == QLatin1String("normalized")};
}

store::OutboxMessage ForwardRoute::message(const Target &target, const decode::ReceivedAlert &alert)
{
    if (target.normalized)
        return {target.stream, target.topic, QJsonDocument(alert.toJson()).toJson(QJsonDocument::Compact), {}};
    return {target.stream, target.topic, alert.payload, alert.headers};
}

void ForwardRoute::collect(const decode::ReceivedAlert &alert, ActionSet set, qsizetype messageStart,
                           QVector<store::OutboxMessage> *out) const
{
    for (const auto &[index, target] : m_targets) {
        if (!set.fires(index))
            continue;
        const bool rawAlreadyOwed = !target.normalized
            && std::any_of(out->cbegin() + messageStart, out->cend(), [&](const store::OutboxMessage &owed) {
                   return owed.payload.constData() == alert.payload.constData() && owed.topic == target.topic
                       && owed.targetStream == target.stream;
               });
        if (!rawAlreadyOwed)
            out->append(message(target, alert));
    }
}

} // namespace alertdeck::route
