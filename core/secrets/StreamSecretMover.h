#pragma once

#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QVector>

#include <functional>

namespace alertdeck::secrets {

class SecretStore;

// Keeps the keychain in step with a saved stream configuration. A stream's secret lives under its
// name (SecretStore::streamKey), so a rename must move the entry and a deletion must remove it, or
// the renamed stream has no secret and the old entry lingers forever. The keychain answers
// asynchronously and the Streams dialog may be gone long before it does, so this object belongs to
// whoever outlives the dialog (the StreamsController).
//
// Each submitted set of changes runs in three steps, so that swaps (A<->B), chains (A->B->C) and a
// stream renamed to the name of a deleted one come out right: read every entry that moves, write
// every new entry, then remove the old ones. An old entry is removed only after its secret was
// written under the new name; nothing is lost when the keychain is locked or refuses. Sets of
// changes run one after the other, so a second save waits for the first.
class StreamSecretMover : public QObject
{
    Q_OBJECT
public:
    // What saving asks of the keychain for one stream.
    struct Change
    {
        QString oldName; // as last saved; empty for a stream new in this save
        QString newName; // empty for a deleted stream
        // Typed by the user in this save: stored under newName instead of moving the old entry's.
        QString typedSecret;
        // The stream takes its secret from the keychain, so a missing or stranded one is worth a
        // word; others may have no entry at all.
        bool usesKeychain = false;
    };

    // store: not owned; must outlive this object.
    explicit StreamSecretMover(SecretStore *store, QObject *parent = nullptr);

    void submit(const QVector<Change> &changes);
    // Nothing running or queued.
    bool isIdle() const;

signals:
    // One set of changes is done; problems in words naming the streams, empty when all went well.
    void finished(const QStringList &problems);

private:
    enum class Step { Idle, Reading, Writing, Removing };

    void startNext();
    void readOldEntries();
    void writeNewEntries();
    void removeOldEntries();
    void finish();
    // Issues one request per key; advance() follows once every key has its answer.
    void await(Step step, const QSet<QString> &keys, const std::function<void(const QString &)> &request);
    void answered(const QString &key);
    void advance();
    void onRead(const QString &key, const QString &secret, const QString &error);
    void onWritten(const QString &key, const QString &error);
    void onRemoved(const QString &key, const QString &error);
    // What goes under the new name: the typed secret, else the one read under the old name.
    QString secretFor(const Change &change) const;
    const Change *changeFrom(const QString &oldKey) const;
    const Change *changeNamed(const QString &newKey) const;
    static bool moves(const Change &change);
    void wipeSecrets();

    SecretStore *m_store;
    QVector<QVector<Change>> m_queue;
    QVector<Change> m_changes; // the set being carried out
    Step m_step = Step::Idle;
    QSet<QString> m_awaited; // keys of the current step still without an answer
    QHash<QString, QString> m_readSecrets; // old name -> secret read to move it
    QSet<QString> m_written; // new names stored in this set
    QStringList m_problems;
};

} // namespace alertdeck::secrets
