#pragma once

#include "SecretStore.h"

#include <functional>

namespace QKeychain {
class Job;
}

namespace alertdeck::secrets {

// Secrets in the OS keychain (Secret Service / KWallet on Linux) through QtKeychain, under the
// service "AlertDeck". QtKeychain's insecure fallback (a plaintext QSettings file when no keychain
// answers) is switched off: without a keychain every operation fails with a reason instead.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit KeychainSecretStore(QObject *parent = nullptr);

    // False once the keychain is known to be unreachable: no D-Bus session bus, or an operation
    // (or probe()) found no keychain service on it.
    bool isAvailable() const override;
    QString unavailableReason() const override;

    void read(const QString &key) override;
    void write(const QString &key, const QString &secret) override;
    void remove(const QString &key) override;

    // Asks the keychain for an entry that never exists, to learn whether one answers; probed follows.
    void probe();

signals:
    void probed(bool available);

private:
    // Answers at once, yet still asynchronously as the interface promises, when no keychain is
    // reachable; false when there is one to ask.
    bool answeredUnavailable(const std::function<void()> &answer);
    void prepare(QKeychain::Job *job, const QString &key);
    // The job's error in words naming the entry; empty on success. Updates the availability.
    QString errorOf(const QKeychain::Job *job);

    bool m_available = true;
    QString m_unavailableReason;
};

} // namespace alertdeck::secrets
