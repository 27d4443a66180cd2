#include "ParallelDecoder.h"

#include "MessageHeaders.h"

#include <QThread>

namespace alertdeck::kafka {
namespace {

// Below this many messages the hand-over costs more than the helper saves.
constexpr size_t kMinimumToShare = 32;

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
    if (!m_helper || messages.size() < kMinimumToShare) {
        decodeRange(messages, 0, messages.size());
        return;
    }
    // The helper starts later (it has to wake up), so it gets a little less than half.
    const size_t helperEnd = messages.size() * 7 / 16;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_job = &messages;
        m_jobEnd = helperEnd;
    }
    m_changed.notify_all();
    decodeRange(messages, helperEnd, messages.size());
    std::unique_lock<std::mutex> lock(m_mutex);
    m_changed.wait(lock, [this] { return m_job == nullptr; });
}

void ParallelDecoder::decodeRange(std::vector<PolledMessage> &messages, size_t begin, size_t end) const
{
    for (size_t i = begin; i < end; ++i) {
        PolledMessage &polled = messages[i];
        const rd_kafka_message_t *message = polled.message.get();
        polled.raw.payload = decode::paddedPayload(static_cast<const char *>(message->payload), qsizetype(message->len));
        polled.raw.headers = readHeaders(message);
        polled.raw.topic = polled.topic;
        polled.raw.declaredFormat = m_declaredFormat;
        polled.alerts = m_decoders.decode(polled.raw);
    }
}

void ParallelDecoder::serve()
{
    std::unique_lock<std::mutex> lock(m_mutex);
    while (true) {
        m_changed.wait(lock, [this] { return m_stopping || m_job != nullptr; });
        if (m_stopping)
            return;
        std::vector<PolledMessage> *job = m_job;
        const size_t end = m_jobEnd;
        lock.unlock();
        decodeRange(*job, 0, end);
        lock.lock();
        m_job = nullptr;
        m_changed.notify_all();
    }
}

} // namespace alertdeck::kafka
