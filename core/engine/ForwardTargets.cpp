#include "ForwardTargets.h"

#include "core/route/ForwardRoute.h"

#include <QCoreApplication>
#include <QSet>

namespace alertdeck::engine {

ForwardTargets::ForwardTargets(secrets::SecretStore *keychain, QObject *parent)
    : QObject(parent), m_resolver(keychain)
{
    connect(&m_resolver, &secrets::StreamSecretResolver::resolved, this, &ForwardTargets::onResolved);
}

QVector<config::StreamConfig> ForwardTargets::inactiveTargets(const QVector<config::StreamConfig> &streams)
{
    QSet<QString> named;
    for (const config::StreamConfig &stream : streams) {
        if (!stream.active)
            continue;
        for (const config::TopicHandler &handler : stream.handlers) {
            for (const QString &target : route::ForwardRoute::fromHandler(&handler, stream.name).targetStreams())
                named.insert(target);
        }
    }
    QVector<config::StreamConfig> targets;
    for (const config::StreamConfig &stream : streams) {
        if (!stream.active && named.contains(stream.name))
            targets.append(stream);
    }
    return targets;
}

void ForwardTargets::update(const QVector<config::StreamConfig> &streams)
{
    for (const config::StreamConfig &target : inactiveTargets(streams)) {
        const bool asked = m_waiting.contains(target.name);
        m_waiting.insert(target.name, target);
        if (!asked)
            m_resolver.resolve(target);
    }
}

void ForwardTargets::onResolved(const QString &stream, const QString &secret, const QString &error)
{
    const auto found = m_waiting.constFind(stream);
    if (found == m_waiting.constEnd())
        return;
    const config::StreamConfig target = *found;
    m_waiting.erase(found);
    if (!error.isEmpty())
        emit problem(QCoreApplication::translate("AlertDeck", "forwards to stream \"%1\" cannot log in: %2").arg(stream, error));
    emit registered(target, error.isEmpty() ? secret : QString());
}

} // namespace alertdeck::engine
