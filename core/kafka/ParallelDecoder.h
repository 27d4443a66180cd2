#pragma once

#include "KafkaHandles.h"
#include "core/decode/Alert.h"
#include "core/decode/DecoderRegistry.h"
#include "core/decode/RawMessage.h"

#include <QString>
#include <QVector>

#include <condition_variable>
#include <memory>
#include <mutex>
#include <vector>

class QThread;

namespace alertdeck::kafka {

// A polled Kafka message on its way into a batch: the message itself, then its bytes as decoders
// see them and the alerts they found.
struct PolledMessage
{
    MessageHandle message;
    QString topic;
    decode::RawMessage raw;
    QVector<decode::Alert> alerts;
};

// Decodes a run of polled messages on two threads: a helper thread takes the first part while the
// stream's own thread decodes the rest. A stream catching up spent ~45% of the ingest's CPU
// decoding on one thread, the longest of the pipeline, while the store's thread waited for batches
// about half of the time. Runs of a few messages (a live stream) are decoded in place.
class ParallelDecoder
{
public:
    ParallelDecoder(const decode::DecoderRegistry &decoders, QString declaredFormat, const QString &threadName);
    ~ParallelDecoder();
    ParallelDecoder(const ParallelDecoder &) = delete;
    ParallelDecoder &operator=(const ParallelDecoder &) = delete;

    void decode(std::vector<PolledMessage> &messages);

private:
    void decodeRange(std::vector<PolledMessage> &messages, size_t begin, size_t end) const;
    void serve();

    const decode::DecoderRegistry &m_decoders;
    const QString m_declaredFormat;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::vector<PolledMessage> *m_job = nullptr; // the helper's share: [0, m_jobEnd)
    size_t m_jobEnd = 0;
    bool m_stopping = false;
    std::unique_ptr<QThread> m_helper;
};

} // namespace alertdeck::kafka
