#pragma once

#include "OutboxReplayer.h"
#include "StreamBatch.h"
#include "core/store/AlertStore.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace alertdeck::engine {

// The one writer of the alert store, on its own thread: every stream's batches arrive here in order,
// each becomes durable (alerts and offsets in one transaction) before it is announced or acknowledged.
class StoreWriter : public QObject
{
    Q_OBJECT
public:
    StoreWriter(QString path, store::AlertStore::Retention retention, QObject *parent = nullptr);
    ~StoreWriter() override;

public slots:
    void open();
    void write(const alertdeck::engine::StreamBatch &batch);
    // The dispatcher is done with outbox rows (see OutboxReplayer).
    void settleForwards(const alertdeck::store::OutboxSettlement &settlement);
    // Sends the forwards `stream` still owes (from before a crash or a failed delivery) to the dispatcher.
    void replayForwards(const QString &stream);
    // A forward target became known: forwards that failed without it are sent again now.
    void retryForwards();
    // Deletes what `stream` still owes its forward targets (see OutboxReplayer::discard).
    void discardForwards(const QString &stream);
    // Closes once the dispatcher has settled every forward written.
    void close();

signals:
    void openFailed(const QString &error);
    // The batch is durable; `batch` still holds every alert, stored or not (for the table and log).
    void written(const alertdeck::engine::StreamBatch &batch);
    // For the stream's worker: these offsets are durable, poll on.
    void acknowledged(const QString &stream, const alertdeck::store::PartitionOffsets &offsets);
    void writeFailed(const QString &stream, const QString &error);
    void closed();
    // Retention could not run; the store keeps working, so this is a warning, not a failure.
    void retentionFailed(const QString &error);
    void forwardsPending(const alertdeck::store::OutboxRows &rows);
    void outboxFailed(const QString &error);
    void forwardsOwedChanged(const QString &stream, qint64 owed);

private:
    void applyRetention();
    void closeNow();

    QString m_path;
    store::AlertStore::Retention m_retention;
    QTimer m_retentionTimer;
    OutboxReplayer m_outbox;
    bool m_closing = false;
    std::unique_ptr<store::AlertStore> m_store;
};

} // namespace alertdeck::engine
