#include "BackgroundIndexer.h"

#include "StoreSchema.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDebug>

#include <sqlite3.h>

namespace alertdeck::store {

std::unique_ptr<BackgroundIndexer> BackgroundIndexer::start(const QString &path, int idleMs, QString *error)
{
    SqliteDatabase db = schema::open(path, schema::Mode::ReadWrite, error);
    if (!db)
        return {};
    return std::unique_ptr<BackgroundIndexer>(new BackgroundIndexer(std::move(db), idleMs));
}

BackgroundIndexer::BackgroundIndexer(SqliteDatabase db, int idleMs)
    : m_db(std::move(db)), m_maintenance(m_db.get(), nullptr), m_idleMs(idleMs),
      m_lastAppendMs(QDateTime::currentMSecsSinceEpoch()), m_thread([this] { run(); })
{
}

BackgroundIndexer::~BackgroundIndexer()
{
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

void BackgroundIndexer::writerActive()
{
    m_lastAppendMs.store(QDateTime::currentMSecsSinceEpoch(), std::memory_order_relaxed);
    m_appends.fetch_add(1, std::memory_order_relaxed);
}

bool BackgroundIndexer::idle() const
{
    return QDateTime::currentMSecsSinceEpoch() - m_lastAppendMs.load(std::memory_order_relaxed) >= m_idleMs;
}

// Copies committed pages from the WAL into the database while the writer goes on appending
// (PASSIVE never waits for it). When the writer's own automatic checkpoint comes due, little is
// left to copy: it had spent ~0.5 s per million alerts in checkpoints, ~15% of its time.
void BackgroundIndexer::checkpoint()
{
    const qint64 appended = m_appends.load(std::memory_order_relaxed);
    if (appended == m_checkpointedAppends)
        return;
    m_checkpointedAppends = appended;
    sqlite3_wal_checkpoint_v2(m_db.get(), nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
}

void BackgroundIndexer::run()
{
    std::unique_lock<std::mutex> lock(m_mutex);
    while (!m_stop) {
        lock.unlock();
        checkpoint();
        qint64 indexed = 0;
        if (idle() || m_maintenance.unindexedRows() > schema::kMaxUnindexed) {
            QString error;
            indexed = m_maintenance.indexPending(1, schema::kIndexChunk, &error);
            if (indexed < 0) {
                qWarning().noquote()
                    << QCoreApplication::translate("AlertDeck", "alert store indexing postponed: %1").arg(error);
            }
        }
        lock.lock();
        // Straight on with the next chunk while there is work and the writer stays quiet; with the
        // writer busy (indexing only because the tail is too long) leave it room between chunks.
        if (indexed <= 0 || !idle())
            m_wake.wait_for(lock, std::chrono::milliseconds(qMax(50, m_idleMs / 2)), [this] { return m_stop; });
    }
}

} // namespace alertdeck::store
