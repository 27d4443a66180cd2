#pragma once

#include "StreamBatch.h"
#include "core/store/AlertStore.h"

#include <QObject>

#include <memory>

namespace alertdeck::engine {

// The one writer of the alert store, on its own thread: every stream's batches arrive here in order,
// each becomes durable (alerts and offsets in one transaction) before it is announced or acknowledged.
class StoreWriter : public QObject
{
    Q_OBJECT
public:
    explicit StoreWriter(QString path, QObject *parent = nullptr);
    ~StoreWriter() override;

public slots:
    void open();
    void write(const alertdeck::engine::StreamBatch &batch);
    void close();

signals:
    void openFailed(const QString &error);
    // The batch is durable; `batch` still holds every alert, stored or not (for the table and log).
    void written(const alertdeck::engine::StreamBatch &batch);
    // For the stream's worker: these offsets are durable, poll on.
    void acknowledged(const QString &stream, const alertdeck::store::PartitionOffsets &offsets);
    void writeFailed(const QString &stream, const QString &error);
    void closed();

private:
    QString m_path;
    std::unique_ptr<store::AlertStore> m_store;
};

} // namespace alertdeck::engine
