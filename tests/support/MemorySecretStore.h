#pragma once

#include "core/secrets/SecretStore.h"

#include <QHash>
#include <QSet>

#include <functional>

namespace alertdeck::test {

// A keychain in memory for tests. Answers on the next turn of the event loop, as the real one does
// over D-Bus (or, with synchronous set, from inside the call, as some stores do). A read answers
// what the entry held when it was asked. Can be unavailable, locked (every operation fails with
// lockedError) or refuse writes to some keys.
class MemorySecretStore : public secrets::SecretStore
{
public:
    using SecretStore::SecretStore;

    bool isAvailable() const override { return available; }
    QString unavailableReason() const override;
    void read(const QString &key) override;
    void write(const QString &key, const QString &secret) override;
    void remove(const QString &key) override;

    QHash<QString, QString> entries;
    QString lockedError;
    QSet<QString> refused;
    bool synchronous = false;
    bool available = true;

private:
    void answer(const std::function<void()> &emitAnswer);
};

} // namespace alertdeck::test
