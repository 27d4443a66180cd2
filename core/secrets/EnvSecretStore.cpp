#include "EnvSecretStore.h"

#include <QCoreApplication>

namespace alertdeck::secrets {
namespace {

QString readOnlyError(const QString &key)
{
    return QCoreApplication::translate("AlertDeck", "the environment variable %1 cannot be changed from here; set it in the shell that starts AlertDeck")
        .arg(key);
}

} // namespace

// Answers are queued like a keychain's, so callers see one behaviour whichever store they use.
void EnvSecretStore::read(const QString &key)
{
    const QString secret = qEnvironmentVariable(key.toLocal8Bit().constData());
    QMetaObject::invokeMethod(this, [this, key, secret] { emit readFinished(key, secret, {}); }, Qt::QueuedConnection);
}

void EnvSecretStore::write(const QString &key, const QString &)
{
    QMetaObject::invokeMethod(this, [this, key] { emit writeFinished(key, readOnlyError(key)); }, Qt::QueuedConnection);
}

void EnvSecretStore::remove(const QString &key)
{
    QMetaObject::invokeMethod(this, [this, key] { emit removeFinished(key, readOnlyError(key)); }, Qt::QueuedConnection);
}

} // namespace alertdeck::secrets
