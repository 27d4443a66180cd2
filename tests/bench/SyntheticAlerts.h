#pragma once

#include "core/decode/ReceivedAlert.h"

#include <random>

namespace alertdeck::bench {

// GCN-like alerts for store benchmarks: ~1 KB JSON payloads, a realistic mix of sources, events with
// several notices each, event times shortly before arrival, positions uniform on the sky, 1% tests.
// Deterministic for a seed, so a run can be repeated and a store regenerated.
class SyntheticAlerts
{
public:
    struct Options
    {
        QString topic = QStringLiteral("gcn.bench");
        int partitions = 4;
        qint64 firstReceivedMs = 1735689600000; // 2025-01-01
        qint64 receivedStepMs = 50;             // spacing of arrivals
        int payloadBytes = 1000;
        // Continue a sequence: the first alert made is the one with this index.
        qint64 firstIndex = 0;
    };

    explicit SyntheticAlerts(const Options &options, quint32 seed = 1);

    // The next `count` alerts, in arrival order; offsets continue per partition across calls.
    decode::AlertBatch next(int count);
    // Where each partition resumes after everything generated so far.
    QHash<QPair<QString, qint32>, qint64> nextOffsets() const;
    qint64 generated() const { return m_index; }

private:
    decode::ReceivedAlert make();

    Options m_options;
    std::mt19937_64 m_random;
    qint64 m_index = 0;
    QVector<qint64> m_offsets;
    QByteArray m_padding;
};

} // namespace alertdeck::bench
