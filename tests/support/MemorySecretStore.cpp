#include "MemorySecretStore.h"

#include <QTimer>

namespace alertdeck::test {

QString MemorySecretStore::unavailableReason() const
{
    return available ? QString() : QStringLiteral("no keychain here");
}

void MemorySecretStore::read(const QString &key)
{
    const QString secret = lockedError.isEmpty() ? entries.value(key) : QString();
    answer([this, key, secret] { emit readFinished(key, secret, lockedError); });
}

void MemorySecretStore::write(const QString &key, const QString &secret)
{
    const QString error = refused.contains(key) ? QStringLiteral("refused") : lockedError;
    if (error.isEmpty())
        entries.insert(key, secret);
    answer([this, key, error] { emit writeFinished(key, error); });
}

void MemorySecretStore::remove(const QString &key)
{
    if (lockedError.isEmpty())
        entries.remove(key);
    answer([this, key] { emit removeFinished(key, lockedError); });
}

void MemorySecretStore::answer(const std::function<void()> &emitAnswer)
{
    if (synchronous)
        emitAnswer();
    else
        QTimer::singleShot(0, this, emitAnswer);
}

} // namespace alertdeck::test
