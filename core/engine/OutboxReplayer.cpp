#include "OutboxReplayer.h"

#include "core/store/ForwardOutbox.h"

#include <QCoreApplication>

namespace alertdeck::engine {
namespace {

constexpr int kLastRetryMs = 15 * 60 * 1000;
// A replay chunk's rows and payload bytes: bound the memory a long outage's backlog takes (payloads
// are in the rows; a Rubin alert is ~80 KB).
constexpr int kChunkRows = 2000;
constexpr qint64 kChunkBytes = 16 * 1024 * 1024;

} // namespace

OutboxReplayer::OutboxReplayer(QObject *parent, int firstRetryMs)
    : QObject(parent)
    , m_retryTimer(this)
    , m_firstRetryMs(firstRetryMs)
    , m_retryDelayMs(firstRetryMs)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &OutboxReplayer::retryFailed);
}

void OutboxReplayer::written(const QString &stream, qint64 lastId, qint64 added)
{
    m_streams[stream].lastWritten = lastId;
    addOwed(stream, added);
}

void OutboxReplayer::addOwed(const QString &stream, qint64 change)
{
    Stream &state = m_streams[stream];
    if (state.owed < 0 || change == 0)
        return;
    state.owed += change;
    emit owedChanged(stream, state.owed);
}

bool OutboxReplayer::idle() const
{
    return std::all_of(m_streams.cbegin(), m_streams.cend(), [](const Stream &stream) {
        return stream.lastWritten <= stream.lastSettled && !stream.chunkOut;
    });
}

void OutboxReplayer::stop()
{
    m_stopped = true;
    m_retryTimer.stop();
}

void OutboxReplayer::replay(const QString &stream)
{
    Stream &state = m_streams[stream];
    if (!m_store || m_stopped || state.replayUpTo >= 0)
        return;
    // Rows above the last settled batch may still be with the dispatcher; it settles those itself.
    state.replayUpTo = state.lastWritten > state.lastSettled ? state.lastSettled : m_store->outbox().lastId();
    state.failedTargets.clear();
    if (state.owed < 0)
        countOwed(stream);
    sendChunk(stream, 0);
}

void OutboxReplayer::sendChunk(const QString &stream, qint64 afterId)
{
    Stream &state = m_streams[stream];
    QString error;
    const std::optional<store::OutboxRows> rows = m_store->outbox().pending(stream, afterId, state.replayUpTo, kChunkRows,
                                                                                   kChunkBytes, &error, state.failedTargets);
    if (!rows)
        emit warning(QCoreApplication::translate("AlertDeck", "the forward outbox of stream \"%1\" cannot be read: %2").arg(stream, error));
    if (!rows || rows->isEmpty()) {
        state.replayUpTo = -1;
        if (rows && afterId > 0 && state.failedTargets.isEmpty())
            m_retryDelayMs = m_firstRetryMs; // a round delivered all it sent
        return;
    }
    state.chunkOut = true;
    emit pending(*rows);
}

void OutboxReplayer::settle(const store::OutboxSettlement &settlement)
{
    if (!m_store)
        return;
    Stream &state = m_streams[settlement.stream];
    store::OutboxSettlement kept = settlement;
    // A replay chunk's id range spans the rows it skipped for targets failed earlier in the round.
    if (settlement.replay)
        kept.keptTargets += state.failedTargets;
    QString error;
    qint64 removed = 0;
    if (!m_store->outbox().settle(kept, &error, &removed))
        emit warning(QCoreApplication::translate("AlertDeck", "delivered forwards of stream \"%1\" stay in the outbox: %2").arg(settlement.stream, error));
    addOwed(settlement.stream, -removed);
    const bool failed = settlement.keepAll || !settlement.keptTargets.isEmpty();
    state.retry = state.retry || failed;
    if (settlement.replay) {
        state.chunkOut = false;
        if (settlement.keepAll) {
            state.replayUpTo = -1;
        } else {
            for (const QString &target : settlement.keptTargets) {
                if (!state.failedTargets.contains(target))
                    state.failedTargets.append(target);
            }
            sendChunk(settlement.stream, settlement.lastId);
        }
    } else {
        state.lastSettled = std::max(state.lastSettled, settlement.lastId);
    }
    if (failed)
        scheduleRetry();
    if (idle())
        emit becameIdle();
}

void OutboxReplayer::scheduleRetry()
{
    if (m_stopped || m_retryTimer.isActive())
        return;
    m_retryTimer.start(m_retryDelayMs);
    m_retryDelayMs = std::min(m_retryDelayMs * 2, kLastRetryMs);
}

void OutboxReplayer::retryNow()
{
    if (m_stopped || !m_retryTimer.isActive())
        return;
    m_retryTimer.stop();
    m_retryDelayMs = m_firstRetryMs;
    retryFailed();
}

void OutboxReplayer::discard(const QString &stream)
{
    if (!m_store)
        return;
    // Every row of the stream, as a settlement that keeps none.
    const store::OutboxSettlement all{stream, 1, m_store->outbox().lastId(), {}, false, false};
    QString error;
    if (!m_store->outbox().settle(all, &error)) {
        emit warning(QCoreApplication::translate("AlertDeck", "the forwards of stream \"%1\" cannot be discarded: %2").arg(stream, error));
        return;
    }
    countOwed(stream);
}

// From the table: when a stream starts, and when rows went without a settlement.
void OutboxReplayer::countOwed(const QString &stream)
{
    Stream &state = m_streams[stream];
    state.owed = m_store->outbox().count(stream);
    emit owedChanged(stream, state.owed);
}

void OutboxReplayer::retryFailed()
{
    bool later = false;
    for (const QString &stream : m_streams.keys()) {
        Stream &state = m_streams[stream];
        // A replay under way may have started below the failed rows: they wait for the next round.
        later = later || (state.retry && state.replayUpTo >= 0);
        if (state.retry && state.replayUpTo < 0) {
            state.retry = false;
            replay(stream);
        }
    }
    if (later)
        scheduleRetry();
}

} // namespace alertdeck::engine
