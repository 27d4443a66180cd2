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
{
    m_retentionTimer.setInterval(retentionIntervalMs);
    connect(&m_retentionTimer, &QTimer::timeout, this, &StoreWriter::applyRetention);
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
    if (!m_store->append(batch.stream, storesAll ? batch.alerts : selected, batch.nextOffsets, &error)) {
        emit writeFailed(batch.stream, error);
        return;
    }
    emit acknowledged(batch.stream, batch.nextOffsets);
    emit written(batch);
}

void StoreWriter::close()
{
    m_retentionTimer.stop();
    m_store.reset();
    emit closed();
}

} // namespace alertdeck::engine
