#include "ParallelDecoder.h"

#include "MessageHeaders.h"

#include <QThread>

#include <algorithm>

namespace alertdeck::kafka {
namespace {

// Below this many messages the hand-over costs more than the helper saves.
constexpr size_t kMinimumToShare = 32;
// ~10-20 us of decoding: the longest the stream's thread waits for the helper's last slice.
constexpr size_t kSlice = 8;

} // namespace

ParallelDecoder::ParallelDecoder(const decode::DecoderRegistry &decoders, QString declaredFormat,
                                 const QString &threadName)
    : m_decoders(decoders), m_declaredFormat(std::move(declaredFormat))
{
    if (QThread::idealThreadCount() < 2)
        return;
    m_helper.reset(QThread::create([this] { serve(); }));
    m_helper->setObjectName(threadName);
    m_helper->start();
}

ParallelDecoder::~ParallelDecoder()
{
    if (!m_helper)
        return;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stopping = true;
    }
    m_changed.notify_all();
    m_helper->wait();
}

void ParallelDecoder::decode(std::vector<PolledMessage> &messages)
{
    Run run{messages};
    if (!m_helper || messages.size() < kMinimumToShare) {
        decodeSlices(run);
        return;
    }
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_run = &run;
    }
    m_changed.notify_all();
    decodeSlices(run);
    // Every slice is taken; the helper may still be inside one (it never sees `run` again after).
    std::unique_lock<std::mutex> lock(m_mutex);
    m_run = nullptr;
    m_changed.wait(lock, [this] { return !m_helperBusy; });
}

void ParallelDecoder::decodeSlices(Run &run) const
{
    const size_t size = run.messages.size();
    while (true) {
        const size_t begin = run.next.fetch_add(kSlice, std::memory_order_relaxed);
        if (begin >= size)
            return;
        for (size_t i = begin; i < std::min(begin + kSlice, size); ++i)
            decodeOne(run.messages[i]);
    }
}

void ParallelDecoder::decodeOne(PolledMessage &polled) const
{
    const rd_kafka_message_t *message = polled.message.get();
    polled.raw.payload = decode::paddedPayload(static_cast<const char *>(message->payload), qsizetype(message->len));
    polled.raw.headers = readHeaders(message);
    polled.raw.topic = polled.topic;
    polled.raw.declaredFormat = m_declaredFormat;
    polled.alerts = m_decoders.decode(polled.raw);
}

void ParallelDecoder::serve()
{
    std::unique_lock<std::mutex> lock(m_mutex);
    while (true) {
        m_changed.wait(lock, [this] { return m_stopping || m_run != nullptr; });
        if (m_stopping)
            return;
        Run *run = m_run;
        m_run = nullptr; // taken: the next wait is for the next run
        m_helperBusy = true;
        lock.unlock();
        decodeSlices(*run);
        lock.lock();
        m_helperBusy = false;
        m_changed.notify_all();
    }
}

} // namespace alertdeck::kafka
