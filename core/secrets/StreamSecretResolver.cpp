#include "StreamSecretResolver.h"

#include <QCoreApplication>

namespace alertdeck::secrets {
namespace {

QString envAdvice(const QString &option)
{
    return QCoreApplication::translate("AlertDeck", "put it in an environment variable and refer to it in the configuration: \"%1\": {\"env\": \"VARIABLE\"}").arg(option);
}

} // namespace

StreamSecretResolver::StreamSecretResolver(SecretStore *keychain, QObject *parent)
    : QObject(parent)
    , m_keychain(keychain)
{
    connect(&m_environment, &SecretStore::readFinished, this,
            [this](const QString &key, const QString &secret, const QString &) { onEnvRead(key, secret); });
    connect(m_keychain, &SecretStore::readFinished, this, &StreamSecretResolver::onKeychainRead);
}

void StreamSecretResolver::resolve(const config::StreamConfig &stream)
{
    const QString option = stream.secretKey();
    m_secretOption.insert(stream.name, option);
    if (option.isEmpty()) {
        answerLater(stream.name, {});
        return;
    }
    const QString variable = stream.secretEnvVar();
    if (!variable.isEmpty()) {
        m_waitingForEnv[variable].append(stream.name);
        m_environment.read(variable);
        return;
    }
    if (!m_keychain->isAvailable()) {
        answerLater(stream.name, QCoreApplication::translate("AlertDeck", "stream \"%1\" takes its %2 from the keychain, but %3; %4")
                                     .arg(stream.name, option, m_keychain->unavailableReason(), envAdvice(option)));
        return;
    }
    const QString key = SecretStore::streamKey(stream.name);
    m_waitingForKeychain[key].append(stream.name);
    m_keychain->read(key);
}

void StreamSecretResolver::onEnvRead(const QString &variable, const QString &secret)
{
    for (const QString &stream : m_waitingForEnv.take(variable)) {
        if (secret.isEmpty())
            emit resolved(stream, {}, QCoreApplication::translate("AlertDeck", "stream \"%1\": the environment variable %2 for its %3 is not set")
                                          .arg(stream, variable, m_secretOption.value(stream)));
        else
            emit resolved(stream, secret, {});
    }
}

void StreamSecretResolver::onKeychainRead(const QString &key, const QString &secret, const QString &error)
{
    for (const QString &stream : m_waitingForKeychain.take(key)) {
        const QString option = m_secretOption.value(stream);
        if (!error.isEmpty())
            emit resolved(stream, {}, QCoreApplication::translate("AlertDeck", "stream \"%1\": cannot read its %2 from the keychain: %3").arg(stream, option, error));
        else if (secret.isEmpty())
            emit resolved(stream, {}, QCoreApplication::translate("AlertDeck", "stream \"%1\": no %2 stored in the keychain; store one (alertdeck-cli secret set \"%1\", "
                                         "or Settings > Credentials) or %3").arg(stream, option, envAdvice(option)));
        else
            emit resolved(stream, secret, {});
    }
}

void StreamSecretResolver::answerLater(const QString &stream, const QString &error)
{
    QMetaObject::invokeMethod(this, [this, stream, error] { emit resolved(stream, {}, error); }, Qt::QueuedConnection);
}

} // namespace alertdeck::secrets
