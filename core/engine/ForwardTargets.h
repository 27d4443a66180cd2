#pragma once

#include "core/config/StreamConfig.h"
#include "core/secrets/StreamSecretResolver.h"

#include <QHash>
#include <QObject>
#include <QVector>

namespace alertdeck::engine {

// The desktop app's forward targets. A stream that forward actions only publish to is usually
// inactive (nobody reads it back), so it never starts and the engine would not know it: every
// forward to it failed with "no configured stream is named ...", and the outbox kept the messages.
// This finds such streams in the configuration, resolves their secrets as a start would (environment
// or keychain) and hands each on through registered(), as `listen` does with its configuration file.
class ForwardTargets : public QObject
{
    Q_OBJECT
public:
    explicit ForwardTargets(secrets::SecretStore *keychain, QObject *parent = nullptr);

    // The inactive streams that an active stream's forward actions name (active ones register
    // themselves when they start).
    static QVector<config::StreamConfig> inactiveTargets(const QVector<config::StreamConfig> &streams);

    // Registers the inactive targets of this configuration (each once, however often it is named).
    void update(const QVector<config::StreamConfig> &streams);

signals:
    // A target and its secret. A secret that cannot be found comes as problem() first and the target
    // still follows, without one: its forwards then fail with the broker's own reason, where the
    // action log shows them, and stay in the outbox for a later attempt.
    void registered(const alertdeck::config::StreamConfig &stream, const QString &secret);
    void problem(const QString &text);

private:
    void onResolved(const QString &stream, const QString &secret, const QString &error);

    secrets::StreamSecretResolver m_resolver;
    QHash<QString, config::StreamConfig> m_waiting; // by name: the newest configuration of each
};

} // namespace alertdeck::engine
