#include "StoreWriter.h"

namespace alertdeck::engine {

namespace {

// Retention deletes in short chunks, so running it every few minutes costs the streams little.
constexpr int retentionIntervalMs = 10 * 60 * 1000;

} // namespace

StoreWriter::StoreWriter(QString path, store::AlertStore::Retention retention, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path))
    , m_retention(retention)
    , m_retentionTimer(this) // parented, so it moves to the writer's thread with it
    , m_outbox(this)
{
    m_retentionTimer.setInterval(retentionIntervalMs);
    connect(&m_retentionTimer, &QTimer::timeout, this, &StoreWriter::applyRetention);
    connect(&m_outbox, &OutboxReplayer::pending, this, &StoreWriter::forwardsPending);
    connect(&m_outbox, &OutboxReplayer::warning, this, &StoreWriter::outboxFailed);
    connect(&m_outbox, &OutboxReplayer::owedChanged, this, &StoreWriter::forwardsOwedChanged);
    connect(&m_outbox, &OutboxReplayer::becameIdle, this, [this] {
        if (m_closing)
            closeNow();
    });
}

StoreWriter::~StoreWriter() = default;

void StoreWriter::open()
{
    QString error;
    m_store = store::AlertStore::open(m_path, &error);
    if (!m_store) {
        emit openFailed(error);
        return;
    }
    m_outbox.setStore(m_store.get());
    if (m_retention.maxDays > 0 || m_retention.maxBytes > 0) {
        applyRetention();
        m_retentionTimer.start();
    }
}

void StoreWriter::applyRetention()
{
    QString error;
    if (m_store && !m_store->applyRetention(m_retention, &error))
        emit retentionFailed(error);
}

void StoreWriter::write(const StreamBatch &batch)
{
    if (!m_store) {
        emit writeFailed(batch.stream, tr("the alert store is not open"));
        return;
    }
    const bool storesAll = std::all_of(batch.actions.cbegin(), batch.actions.cend(),
                                       [](route::ActionSet actions) { return actions.stores(); });
    decode::AlertBatch selected;
    if (!storesAll) {
        for (qsizetype i = 0; i < batch.alerts.size(); ++i) {
            if (batch.actions.at(i).stores())
                selected.append(batch.alerts.at(i));
        }
    }
    QString error;
    qint64 firstOutboxId = 0;
    qint64 lastOutboxId = -1;
    if (!m_store->append(batch.stream, storesAll ? batch.alerts : selected, batch.nextOffsets, batch.forwards,
                         &firstOutboxId, &lastOutboxId, &error)) {
        emit writeFailed(batch.stream, error);
        return;
    }
    emit acknowledged(batch.stream, batch.nextOffsets);
    if (batch.forwards.isEmpty()) {
        emit written(batch);
        return;
    }
    StreamBatch announced = batch;
    announced.firstOutboxId = firstOutboxId;
    announced.lastOutboxId = lastOutboxId;
    m_outbox.written(batch.stream, lastOutboxId, lastOutboxId - firstOutboxId + 1);
    emit written(announced);
}

void StoreWriter::settleForwards(const store::OutboxSettlement &settlement)
{
    m_outbox.settle(settlement);
}

void StoreWriter::replayForwards(const QString &stream)
{
    m_outbox.replay(stream);
}

void StoreWriter::retryForwards()
{
    m_outbox.retryNow();
}

void StoreWriter::discardForwards(const QString &stream)
{
    m_outbox.discard(stream);
}

void StoreWriter::close()
{
    m_closing = true;
    m_outbox.stop();
    if (m_outbox.idle())
        closeNow();
}

void StoreWriter::closeNow()
{
    m_closing = false;
    m_retentionTimer.stop();
    m_outbox.setStore(nullptr);
    m_store.reset();
    emit closed();
}

} // namespace alertdeck::engine
