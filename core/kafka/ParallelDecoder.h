#pragma once

#include "KafkaHandles.h"
#include "core/decode/Alert.h"
#include "core/decode/DecoderRegistry.h"
#include "core/decode/RawMessage.h"

#include <QString>
#include <QVector>

#include <atomic>
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

// Decodes a run of polled messages on two threads: the stream's own thread and a helper take small
// slices of the run in turn until none is left. A stream catching up spent ~45% of the ingest's
// CPU decoding on one thread, the longest of the pipeline, while the store's thread waited for
// batches about half of the time. Slices rather than fixed halves, because on two cores shared
// with the broker and the store the helper is often still waiting for a core when the run starts:
// with halves the stream's thread then waited for it (~1,300 times per million notices) while a
// core sat idle; with slices it goes on decoding and waits only for a slice already begun. Runs of
// a few messages (a live stream) are decoded in place.
class ParallelDecoder
{
public:
    ParallelDecoder(const decode::DecoderRegistry &decoders, QString declaredFormat, const QString &threadName);
    ~ParallelDecoder();
    ParallelDecoder(const ParallelDecoder &) = delete;
    ParallelDecoder &operator=(const ParallelDecoder &) = delete;

    void decode(std::vector<PolledMessage> &messages);

private:
    struct Run
    {
        std::vector<PolledMessage> &messages;
        std::atomic<size_t> next{0}; // the first message no thread has taken yet
    };

    void decodeSlices(Run &run) const;
    void decodeOne(PolledMessage &polled) const;
    void serve();

    const decode::DecoderRegistry &m_decoders;
    const QString m_declaredFormat;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    Run *m_run = nullptr;        // offered to the helper until the stream's thread has finished it
    bool m_helperBusy = false;   // the helper is decoding a slice of m_run
    bool m_stopping = false;
    std::unique_ptr<QThread> m_helper;
};

} // namespace alertdeck::kafka
