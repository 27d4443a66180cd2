#include "StreamSecretMover.h"

#include "SecretStore.h"
#include "SecretWipe.h"

namespace alertdeck::secrets {

StreamSecretMover::StreamSecretMover(SecretStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    // The store answers everyone who asks it; only answers to the keys of the current step count.
    connect(m_store, &SecretStore::readFinished, this, &StreamSecretMover::onRead);
    connect(m_store, &SecretStore::writeFinished, this, &StreamSecretMover::onWritten);
    connect(m_store, &SecretStore::removeFinished, this, &StreamSecretMover::onRemoved);
}

void StreamSecretMover::submit(const QVector<Change> &changes)
{
    QVector<Change> wanted;
    for (const Change &change : changes) {
        // Without a keychain, only streams that keep their secret there are worth the error.
        if (change.usesKeychain || m_store->isAvailable())
            wanted << change;
    }
    if (wanted.isEmpty())
        return;
    m_queue << wanted;
    if (m_step == Step::Idle)
        startNext();
}

bool StreamSecretMover::isIdle() const
{
    return m_step == Step::Idle && m_queue.isEmpty();
}

void StreamSecretMover::startNext()
{
    if (m_queue.isEmpty())
        return;
    m_changes = m_queue.takeFirst();
    readOldEntries();
}

bool StreamSecretMover::moves(const Change &change)
{
    return !change.oldName.isEmpty() && !change.newName.isEmpty() && change.oldName != change.newName;
}

// Every entry that moves is read before anything is written, so a swap reads both old secrets.
void StreamSecretMover::readOldEntries()
{
    QSet<QString> keys;
    for (const Change &change : std::as_const(m_changes)) {
        if (moves(change) && change.typedSecret.isEmpty())
            keys << SecretStore::streamKey(change.oldName);
    }
    await(Step::Reading, keys, [this](const QString &key) { m_store->read(key); });
}

void StreamSecretMover::writeNewEntries()
{
    QSet<QString> keys;
    for (const Change &change : std::as_const(m_changes)) {
        if (!secretFor(change).isEmpty())
            keys << SecretStore::streamKey(change.newName);
    }
    await(Step::Writing, keys, [this](const QString &key) { m_store->write(key, secretFor(*changeNamed(key))); });
}

// An old entry goes only once its secret is safe under the new name; a deleted stream's goes in any
// case, unless another stream of this save took over its name and stored its own secret there.
void StreamSecretMover::removeOldEntries()
{
    QSet<QString> names;
    for (const Change &change : std::as_const(m_changes)) {
        if (change.oldName.isEmpty() || change.oldName == change.newName)
            continue;
        if (change.newName.isEmpty() || m_written.contains(change.newName))
            names << change.oldName;
    }
    QSet<QString> keys;
    for (const QString &name : std::as_const(names)) {
        if (!m_written.contains(name))
            keys << SecretStore::streamKey(name);
    }
    await(Step::Removing, keys, [this](const QString &key) { m_store->remove(key); });
}

void StreamSecretMover::finish()
{
    wipeSecrets();
    m_changes.clear();
    m_written.clear();
    m_step = Step::Idle;
    emit finished(std::exchange(m_problems, {}));
    // A slot of finished() may have submitted and so started the next set already.
    if (m_step == Step::Idle)
        startNext();
}

void StreamSecretMover::await(Step step, const QSet<QString> &keys, const std::function<void(const QString &)> &request)
{
    m_step = step;
    // All keys are awaited before the first request: a store may answer from inside the call.
    m_awaited = keys;
    if (keys.isEmpty()) {
        advance();
        return;
    }
    for (const QString &key : keys)
        request(key);
}

void StreamSecretMover::answered(const QString &key)
{
    m_awaited.remove(key);
    if (m_awaited.isEmpty())
        advance();
}

void StreamSecretMover::advance()
{
    switch (m_step) {
    case Step::Reading:
        writeNewEntries();
        break;
    case Step::Writing:
        removeOldEntries();
        break;
    case Step::Removing:
        finish();
        break;
    case Step::Idle:
        break;
    }
}

void StreamSecretMover::onRead(const QString &key, const QString &secret, const QString &error)
{
    if (m_step != Step::Reading || !m_awaited.contains(key))
        return;
    const Change *change = changeFrom(key);
    if (!error.isEmpty())
        m_problems << tr("stream \"%1\": its secret could not be read from the keychain entry of its former name \"%2\", "
                                "so it stays there: %3").arg(change->newName, change->oldName, error);
    else if (!secret.isEmpty())
        m_readSecrets.insert(change->oldName, secret);
    else if (change->usesKeychain)
        m_problems << tr("stream \"%1\": no secret was stored under its former name \"%2\"; store one on the Credentials page")
                          .arg(change->newName, change->oldName);
    answered(key);
}

void StreamSecretMover::onWritten(const QString &key, const QString &error)
{
    if (m_step != Step::Writing || !m_awaited.contains(key))
        return;
    const Change *change = changeNamed(key);
    if (error.isEmpty())
        m_written << change->newName;
    else if (moves(*change))
        m_problems << tr("stream \"%1\": its secret could not be stored in the keychain, so it stays under its former name \"%2\": %3")
                          .arg(change->newName, change->oldName, error);
    else
        m_problems << tr("stream \"%1\": its secret could not be stored in the keychain: %2").arg(change->newName, error);
    answered(key);
}

void StreamSecretMover::onRemoved(const QString &key, const QString &error)
{
    if (m_step != Step::Removing || !m_awaited.contains(key))
        return;
    if (!error.isEmpty())
        m_problems << tr("the keychain entry of \"%1\", a stream name no longer used, could not be removed: %2")
                          .arg(changeFrom(key)->oldName, error);
    answered(key);
}

QString StreamSecretMover::secretFor(const Change &change) const
{
    if (change.newName.isEmpty())
        return {};
    if (!change.typedSecret.isEmpty())
        return change.typedSecret;
    return moves(change) ? m_readSecrets.value(change.oldName) : QString();
}

const StreamSecretMover::Change *StreamSecretMover::changeFrom(const QString &oldKey) const
{
    for (const Change &change : m_changes) {
        if (!change.oldName.isEmpty() && SecretStore::streamKey(change.oldName) == oldKey)
            return &change;
    }
    return nullptr;
}

const StreamSecretMover::Change *StreamSecretMover::changeNamed(const QString &newKey) const
{
    for (const Change &change : m_changes) {
        if (!change.newName.isEmpty() && SecretStore::streamKey(change.newName) == newKey)
            return &change;
    }
    return nullptr;
}

void StreamSecretMover::wipeSecrets()
{
    for (QString &secret : m_readSecrets)
        wipe(secret);
    m_readSecrets.clear();
    for (Change &change : m_changes)
        wipe(change.typedSecret);
}

} // namespace alertdeck::secrets
