#pragma once

#include "SecretStore.h"

namespace alertdeck::secrets {

// Secrets from environment variables, for headless runs and machines without a keychain: the key
// is the variable's name (a configuration's {"env": "VAR"}). Read-only: a process cannot store a
// secret for later runs in its own environment.
class EnvSecretStore : public SecretStore
{
    Q_OBJECT
public:
    using SecretStore::SecretStore;

    bool isAvailable() const override { return true; }
    QString unavailableReason() const override { return {}; }

    // An unset or empty variable is "no entry".
    void read(const QString &key) override;
    void write(const QString &key, const QString &secret) override;
    void remove(const QString &key) override;
};

} // namespace alertdeck::secrets
