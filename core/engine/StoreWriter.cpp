#include "StoreWriter.h"

namespace alertdeck::engine {

StoreWriter::StoreWriter(QString path, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path))
{
}

StoreWriter::~StoreWriter() = default;

void StoreWriter::open()
{
    QString error;
    m_store = store::AlertStore::open(m_path, &error);
    if (!m_store)
        emit openFailed(error);
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
    m_store.reset();
    emit closed();
}

} // namespace alertdeck::engine
