#include "AlertStore.h"

#include "BackgroundIndexer.h"
#include "BatchWriter.h"
#include "ForwardOutbox.h"
#include "PayloadSegments.h"
#include "StoreMaintenance.h"
#include "StoreSchema.h"

#include <QCoreApplication>
#include <QDebug>

#include <sqlite3.h>

namespace alertdeck::store {

struct AlertStore::Private
{
    QString path;
    SqliteDatabase db;
    std::unique_ptr<PayloadSegments> segments;
    std::unique_ptr<BatchWriter> writer;
    std::unique_ptr<ForwardOutbox> outbox;
    std::unique_ptr<StoreMaintenance> maintenance;
    std::unique_ptr<BackgroundIndexer> indexer; // declared last: stopped before the rest goes
};

AlertStore::AlertStore(std::unique_ptr<Private> p) : d(std::move(p)) {}

AlertStore::~AlertStore() = default;

std::unique_ptr<AlertStore> AlertStore::open(const QString &path, QString *error)
{
    return open(path, Options(), error);
}

std::unique_ptr<AlertStore> AlertStore::open(const QString &path, const Options &options, QString *error)
{
    auto p = std::make_unique<Private>();
    p->path = path;
    p->db = schema::open(path, schema::Mode::ReadWrite, error);
    if (!p->db)
        return {};
    p->segments = std::make_unique<PayloadSegments>(PayloadSegments::directoryFor(path));
    QString reason;
    p->writer = BatchWriter::create(p->db.get(), p->segments.get(), &reason);
    if (p->writer)
        p->outbox = ForwardOutbox::create(p->db.get(), &reason);
    if (!p->writer || !p->outbox) {
        *error = QCoreApplication::translate("AlertDeck", "cannot open alert store %1: %2").arg(path, reason);
        return {};
    }
    p->maintenance = std::make_unique<StoreMaintenance>(p->db.get(), p->segments.get());
    p->maintenance->removeOrphanSegments();
    if (options.backgroundIndexing) {
        p->indexer = BackgroundIndexer::start(path, options.indexIdleMs, &reason);
        if (!p->indexer) {
            *error = reason;
            return {};
        }
    }
    return std::unique_ptr<AlertStore>(new AlertStore(std::move(p)));
}

bool AlertStore::append(const QString &stream, const decode::AlertBatch &alerts,
                        const PartitionOffsets &nextOffsets, QString *error)
{
    qint64 firstOutboxId = 0;
    qint64 lastOutboxId = 0;
    return append(stream, alerts, nextOffsets, {}, &firstOutboxId, &lastOutboxId, error);
}

bool AlertStore::append(const QString &stream, const decode::AlertBatch &alerts, const PartitionOffsets &nextOffsets,
                        const QVector<OutboxMessage> &forwards, qint64 *firstOutboxId, qint64 *lastOutboxId,
                        QString *error)
{
    if (alerts.isEmpty() && nextOffsets.isEmpty() && forwards.isEmpty())
        return true;
    sqlite3 *db = d->db.get();
    if (d->indexer)
        d->indexer->writerActive();
    QString reason;
    // IMMEDIATE takes the write lock up front: the payload file position read inside the
    // transaction then cannot be raced by another writer on the same store.
    bool ok = sql::exec(db, "BEGIN IMMEDIATE", &reason);
    ok = ok && d->writer->write(stream, alerts, nextOffsets, &reason) >= 0;
    ok = ok && (forwards.isEmpty() || d->outbox->add(stream, forwards, firstOutboxId, lastOutboxId, &reason));
    ok = ok && sql::exec(db, "COMMIT", &reason);
    if (!ok) {
        if (!sqlite3_get_autocommit(db))
            sql::exec(db, "ROLLBACK", nullptr);
        d->writer->forgetCachedNames();
        if (error) {
            *error = QCoreApplication::translate("AlertDeck", "cannot store %1 alerts of stream %2: %3")
                         .arg(alerts.size())
                         .arg(stream, reason);
        }
        return false;
    }
    // The batch is durable; indexing is housekeeping, and rows not yet indexed stay findable.
    if (d->indexer) {
        d->indexer->writerActive();
    } else if (d->maintenance->indexPending(schema::kIndexChunk, schema::kMaxUnindexed, &reason) < 0) {
        qWarning().noquote() << QCoreApplication::translate("AlertDeck", "alert store indexing postponed: %1").arg(reason);
    }
    return true;
}

ForwardOutbox &AlertStore::outbox()
{
    return *d->outbox;
}

PartitionOffsets AlertStore::committedOffsets(const QString &stream) const
{
    PartitionOffsets offsets;
    SqliteStatement query = sql::prepare(d->db.get(),
                                         "SELECT t.text, p.part_no, p.next_offset FROM partitions p "
                                         "JOIN names s ON s.id = p.stream JOIN names t ON t.id = p.topic "
                                         "WHERE s.text = ? AND p.next_offset IS NOT NULL",
                                         nullptr);
    if (!query)
        return offsets;
    sql::bindText(query.get(), 1, stream);
    while (sqlite3_step(query.get()) == SQLITE_ROW) {
        offsets.insert({sql::columnText(query.get(), 0), sqlite3_column_int(query.get(), 1)},
                       sqlite3_column_int64(query.get(), 2));
    }
    return offsets;
}

qint64 AlertStore::alertCount() const
{
    return schema::metaValue(d->db.get(), "alert_count");
}

std::optional<qint64> AlertStore::applyRetention(const Retention &retention, QString *error)
{
    QString reason;
    const std::optional<qint64> removed = d->maintenance->applyRetention(retention, &reason);
    if (!removed && error)
        *error = QCoreApplication::translate("AlertDeck", "cannot apply retention to %1: %2").arg(d->path, reason);
    return removed;
}

qint64 AlertStore::liveBytes() const
{
    return d->maintenance->liveBytes();
}

qint64 AlertStore::unindexedCount() const
{
    return d->maintenance->unindexedRows();
}

bool AlertStore::indexAll(QString *error)
{
    QString reason;
    qint64 indexed = 0;
    do {
        indexed = d->maintenance->indexPending(1, schema::kIndexChunk, &reason);
    } while (indexed > 0);
    if (indexed == 0)
        return true;
    if (error)
        *error = QCoreApplication::translate("AlertDeck", "cannot index alert store %1: %2").arg(d->path, reason);
    return false;
}

} // namespace alertdeck::store
