#include "KeychainSecretStore.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QFileInfo>

namespace alertdeck::secrets {
namespace {

const QString &serviceName()
{
    static const QString name = QStringLiteral("AlertDeck");
    return name;
}

// QtKeychain reaches the Secret Service (or KWallet) over the session bus; without one it can only
// fail, after a D-Bus timeout.
bool sessionBusExists()
{
    if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return true;
    const QString runtimeDir = qEnvironmentVariable("XDG_RUNTIME_DIR");
    return !runtimeDir.isEmpty() && QFileInfo::exists(runtimeDir + QStringLiteral("/bus"));
}

bool meansNoKeychain(QKeychain::Error error)
{
    return error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : SecretStore(parent)
{
    if (!sessionBusExists()) {
        m_available = false;
        m_unavailableReason = QCoreApplication::translate("AlertDeck", "no D-Bus session bus, so no keychain (Secret Service or KWallet) is reachable");
    }
}

bool KeychainSecretStore::isAvailable() const
{
    return m_available;
}

QString KeychainSecretStore::unavailableReason() const
{
    return m_unavailableReason;
}

bool KeychainSecretStore::answeredUnavailable(const std::function<void()> &answer)
{
    if (m_available)
        return false;
    QMetaObject::invokeMethod(this, answer, Qt::QueuedConnection);
    return true;
}

void KeychainSecretStore::prepare(QKeychain::Job *job, const QString &key)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
}

QString KeychainSecretStore::errorOf(const QKeychain::Job *job)
{
    const QKeychain::Error error = job->error();
    if (error == QKeychain::NoError)
        return {};
    if (meansNoKeychain(error)) {
        m_available = false;
        m_unavailableReason = QCoreApplication::translate("AlertDeck", "no keychain is reachable: %1").arg(job->errorString());
        return m_unavailableReason;
    }
    if (error == QKeychain::AccessDeniedByUser || error == QKeychain::AccessDenied)
        return QCoreApplication::translate("AlertDeck", "the keychain refused access to the entry \"%1\" (is it locked?): %2").arg(job->key(), job->errorString());
    return QCoreApplication::translate("AlertDeck", "keychain entry \"%1\": %2").arg(job->key(), job->errorString());
}

void KeychainSecretStore::read(const QString &key)
{
    if (answeredUnavailable([this, key] { emit readFinished(key, {}, m_unavailableReason); }))
        return;
    auto *job = new QKeychain::ReadPasswordJob(serviceName(), this);
    prepare(job, key);
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        if (job->error() == QKeychain::EntryNotFound) {
            emit readFinished(job->key(), {}, {});
            return;
        }
        const QString error = errorOf(job);
        emit readFinished(job->key(), error.isEmpty() ? job->textData() : QString(), error);
    });
    job->start();
}

void KeychainSecretStore::write(const QString &key, const QString &secret)
{
    if (answeredUnavailable([this, key] { emit writeFinished(key, m_unavailableReason); }))
        return;
    auto *job = new QKeychain::WritePasswordJob(serviceName(), this);
    prepare(job, key);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [this, job] { emit writeFinished(job->key(), errorOf(job)); });
    job->start();
}

void KeychainSecretStore::remove(const QString &key)
{
    if (answeredUnavailable([this, key] { emit removeFinished(key, m_unavailableReason); }))
        return;
    auto *job = new QKeychain::DeletePasswordJob(serviceName(), this);
    prepare(job, key);
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        // Removing what is not there leaves the keychain as asked.
        emit removeFinished(job->key(), job->error() == QKeychain::EntryNotFound ? QString() : errorOf(job));
    });
    job->start();
}

void KeychainSecretStore::probe()
{
    if (answeredUnavailable([this] { emit probed(false); }))
        return;
    auto *job = new QKeychain::ReadPasswordJob(serviceName(), this);
    prepare(job, QStringLiteral("probe/alertdeck"));
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        if (job->error() != QKeychain::EntryNotFound)
            errorOf(job);
        emit probed(m_available);
    });
    job->start();
}

} // namespace alertdeck::secrets
