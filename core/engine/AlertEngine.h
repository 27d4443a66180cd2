#pragma once

#include "StreamBatch.h"
#include "core/actions/ActionRequest.h"
#include "core/actions/ActionStatus.h"
#include "core/config/StreamConfig.h"
#include "core/decode/DecoderRegistry.h"
#include "core/kafka/StreamStatus.h"
#include "core/store/AlertStore.h"

#include <QHash>
#include <QObject>
#include <QThread>

#include <memory>

namespace alertdeck::kafka {
class StreamWorker;
}

namespace alertdeck::actions {
class ActionDispatcher;
}

namespace alertdeck::engine {

class StoreWriter;

// The AlertStream engine: one worker thread per stream, one store-writer thread, and signals that
// carry stored batches and stream status to whoever shows them (the GUI or alertdeck-cli).
// Lives in the thread that created it; everything it starts reports back to it through queued signals.
class AlertEngine : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString storePath;
        decode::DecoderRegistry::Options decoders;
        bool fromBeginning = false;
        bool untilEof = false;
        qint64 maxMessagesPerStream = 0;
        store::AlertStore::Retention retention;
        // The desktop app's setting: engine threads run behind the GUI thread (ThreadPriority.h).
        bool behindInteractiveThreads = false;
    };

    explicit AlertEngine(Options options, QObject *parent = nullptr);
    ~AlertEngine() override;

    // Opens the store (reporting a reason on failure) and starts its writer thread.
    bool open(QString *error);
    void startStream(const config::StreamConfig &stream, const QString &secret);
    // Streams that forward actions may produce to without consuming them (secrets from their env variable).
    void setForwardTargets(const QVector<config::StreamConfig> &streams);
    // One such stream, with the secret found for it (see ForwardTargets).
    void addForwardTarget(const config::StreamConfig &stream, const QString &secret);
    void setStreamPaused(const QString &stream, bool paused);
    void stopStream(const QString &stream);
    // Drops the forwards `stream` still owes (forwardsOwedChanged follows with what is left).
    void discardForwards(const QString &stream);
    // Applies an edited configuration without a restart of the app: running streams that are gone or
    // inactive stop, changed ones (settings or secret) restart from their stored offsets, new active
    // ones start. `secrets` by stream name.
    void reconfigure(const QVector<config::StreamConfig> &streams, const QHash<QString, QString> &secrets);
    // Stops the stream and starts it with these settings once every alert it read is stored.
    void restartStream(const config::StreamConfig &stream, const QString &secret);
    // Stops every stream; `stopped` follows once every offset is durable and the store is closed.
    void shutdown();
    bool isRunning(const QString &stream) const;
    const QString &storePath() const { return m_options.storePath; }
    // The default place of the store: $ALERTDECK_DATA_DIR, else the user's data directory.
    static QString defaultStorePath();

signals:
    void alertsStored(const alertdeck::engine::StreamBatch &batch);
    void streamStatusChanged(const alertdeck::kafka::StreamStatus &status);
    void streamReachedEnd(const QString &stream);
    void streamFinished(const QString &stream);
    void storeFailed(const QString &error);
    // Something the user should know that stops nothing (e.g. retention could not run).
    void storeWarning(const QString &warning);
    void stopped();
    // The notify, sound and tom actions that fired for durable alerts, one signal per stored batch
    // (never per alert); the GUI runs them, the core does not.
    void actionsRequested(const alertdeck::actions::ActionRequests &requests);
    // What command, forward and webhook actions did, or why they failed.
    void actionLogged(const alertdeck::actions::ActionLogEntry &entry);
    // The per-handler-action match counters that changed with the last batch.
    void matchCountsChanged(const alertdeck::actions::MatchCounts &counts);
    void heartbeatChanged(const alertdeck::actions::HeartbeatStatus &status);
    // How many forwards a stream still owes its targets (in the store's outbox), when that changes.
    void forwardsOwedChanged(const QString &stream, qint64 owed);

private:
    struct StreamThread;

    void onWorkerFinished(const QString &stream);
    void startWhenStored(const QString &stream);
    void closeStoreWhenIdle();
    void applyPriority(QThread *thread) const;
    void startActions();
    void finishActions();

    Options m_options;
    std::unique_ptr<QThread> m_storeThread;
    StoreWriter *m_writer = nullptr; // lives in m_storeThread, deleted when it finishes
    std::unique_ptr<QThread> m_actionThread;
    actions::ActionDispatcher *m_dispatcher = nullptr; // lives in m_actionThread, deleted when it finishes
    QHash<QString, std::shared_ptr<StreamThread>> m_streams;
    // Streams stopped for a restart, with the settings and secret to start them with.
    QHash<QString, QPair<config::StreamConfig, QString>> m_pendingRestarts;
    bool m_shuttingDown = false;
};

} // namespace alertdeck::engine
