#pragma once

#include "SqliteHandle.h"
#include "StoreMaintenance.h"

#include <QString>

#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

namespace alertdeck::store {

// Indexes new rows on its own thread and SQLite connection once appends have paused for `idleMs`
// (or the unindexed tail has grown past kMaxUnindexed), a chunk per transaction, so a backlog is
// ingested at full speed and indexed afterwards without ever holding the write lock for long.
// Between chunks it also checkpoints the WAL, off the writer's thread.
class BackgroundIndexer
{
public:
    static std::unique_ptr<BackgroundIndexer> start(const QString &path, int idleMs, QString *error);
    ~BackgroundIndexer(); // stops and joins; a chunk under way finishes first
    BackgroundIndexer(const BackgroundIndexer &) = delete;
    BackgroundIndexer &operator=(const BackgroundIndexer &) = delete;

    // Called by the writer when an append starts and when it ends: postpones indexing until the
    // next pause, so a waiting append gets the write lock after at most the chunk under way.
    void writerActive();

private:
    BackgroundIndexer(SqliteDatabase db, int idleMs);
    void run();
    void checkpoint();
    bool idle() const;

    SqliteDatabase m_db;
    StoreMaintenance m_maintenance;
    const int m_idleMs;
    std::atomic<qint64> m_lastAppendMs{0};
    std::atomic<qint64> m_appends{0}; // writerActive() calls, so a checkpoint runs only after new commits
    qint64 m_checkpointedAppends = 0;  // the indexer thread's own
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    std::thread m_thread;
};

} // namespace alertdeck::store
