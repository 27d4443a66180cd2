#pragma once

#include "EnvSecretStore.h"
#include "core/config/StreamConfig.h"

#include <QHash>
#include <QObject>
#include <QStringList>

namespace alertdeck::secrets {

// Finds the secret a stream needs before it starts: the environment variable its configuration
// names ({"env": "VAR"}), else its entry in the keychain. A missing secret is an error naming the
// stream and what to do; without a reachable keychain the advice is an env reference, never a file.
class StreamSecretResolver : public QObject
{
    Q_OBJECT
public:
    // keychain: the store of "stream/<name>" entries (not owned; may be unavailable).
    explicit StreamSecretResolver(SecretStore *keychain, QObject *parent = nullptr);

    // Exactly one resolved() follows, never from inside this call. A stream that needs no secret
    // resolves to an empty one.
    void resolve(const config::StreamConfig &stream);

signals:
    // error empty: secret is the stream's (possibly empty when it needs none).
    void resolved(const QString &stream, const QString &secret, const QString &error);

private:
    void onEnvRead(const QString &variable, const QString &secret);
    void onKeychainRead(const QString &key, const QString &secret, const QString &error);
    void answerLater(const QString &stream, const QString &error);

    SecretStore *m_keychain;
    EnvSecretStore m_environment;
    // Streams waiting for a store's answer, by the key asked for: env variable or keychain key.
    QHash<QString, QStringList> m_waitingForEnv;
    QHash<QString, QStringList> m_waitingForKeychain;
    QHash<QString, QString> m_secretOption; // stream -> name of its secret option, for messages
};

} // namespace alertdeck::secrets
