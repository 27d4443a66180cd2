#pragma once

#include "core/store/AlertStore.h"
#include "core/store/OutboxMessage.h"

#include <QHash>
#include <QObject>
#include <QTimer>

namespace alertdeck::engine {

// The store thread's side of the forward outbox (store::ForwardOutbox): deletes what the action
// dispatcher settled, and sends what is still owed to the dispatcher again, in chunks, when a stream
// starts and, after a failed delivery, with a growing delay (30 s doubling to 15 min); a target whose
// delivery failed is left out of the rest of that replay. Knows which rows are still on their way to
// the dispatcher, so a replay never re-sends those, and how many rows each stream still owes.
class OutboxReplayer : public QObject
{
    Q_OBJECT
public:
    static constexpr int defaultFirstRetryMs = 30 * 1000;

    // `firstRetryMs`: the first delay after a failed delivery (tests shorten it).
    explicit OutboxReplayer(QObject *parent = nullptr, int firstRetryMs = defaultFirstRetryMs);

    void setStore(store::AlertStore *store) { m_store = store; }
    // A batch's `added` rows [.., lastId] were written and are on their way to the dispatcher.
    void written(const QString &stream, qint64 lastId, qint64 added);
    void settle(const store::OutboxSettlement &settlement);
    // Sends the rows of `stream` not on their way already (nothing if a replay of it runs).
    void replay(const QString &stream);
    // A forward target became known (at start-up the keychain may answer for it after its stream's
    // first forwards failed): a retry that is waiting runs now, and the next one after the first delay.
    void retryNow();
    // The user gave up what `stream` owes (its target is gone for good): its rows are deleted. Rows
    // already with the dispatcher may still be delivered.
    void discard(const QString &stream);
    // No row is on its way to or from the dispatcher.
    bool idle() const;
    // Starts no more replays (the store is closing); one under way goes on while its deliveries succeed.
    void stop();

signals:
    void pending(const alertdeck::store::OutboxRows &rows);
    void warning(const QString &error);
    void becameIdle();
    // How many forwards `stream` still owes (known from its first replay, when it starts, on).
    void owedChanged(const QString &stream, qint64 owed);

private:
    struct Stream
    {
        qint64 lastWritten = 0;
        qint64 lastSettled = 0;
        qint64 replayUpTo = -1; // -1: no replay runs
        bool chunkOut = false;
        bool retry = false;
        // Targets whose delivery failed in the replay under way: its later chunks leave their rows
        // for the next retry, so one unreachable (or removed) target neither holds the dispatcher
        // for every chunk nor keeps the rows of the other targets behind it from being sent.
        QStringList failedTargets;
        qint64 owed = -1; // -1: not counted yet
    };

    void sendChunk(const QString &stream, qint64 afterId);
    void retryFailed();
    void scheduleRetry();
    void addOwed(const QString &stream, qint64 change);
    void countOwed(const QString &stream);

    store::AlertStore *m_store = nullptr;
    QHash<QString, Stream> m_streams;
    QTimer m_retryTimer;
    const int m_firstRetryMs;
    int m_retryDelayMs;
    bool m_stopped = false;
};

} // namespace alertdeck::engine
