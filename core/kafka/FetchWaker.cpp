#include "FetchWaker.h"

#include <algorithm>
#include <chrono>

namespace alertdeck::kafka {
namespace {

// Bounds how long stopping may wait for a request already sent.
constexpr int kQueryTimeoutMs = 500;

} // namespace

FetchWaker::FetchWaker(rd_kafka_t *consumer, int intervalMs)
    : m_consumer(consumer), m_queue(rd_kafka_queue_get_consumer(consumer)), m_intervalMs(intervalMs),
      m_thread([this] { run(); })
{
}

FetchWaker::~FetchWaker()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stopping = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

void FetchWaker::setPartitions(const QVector<store::TopicPartition> &partitions)
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_partitions.clear();
        for (const store::TopicPartition &partition : partitions)
            m_partitions.emplace_back(partition.first.toUtf8(), partition.second);
    }
    m_changed.notify_all();
}

void FetchWaker::run()
{
    size_t next = 0;
    std::unique_lock<std::mutex> lock(m_mutex);
    while (!m_stopping) {
        if (m_partitions.empty()) {
            m_changed.wait(lock);
            continue;
        }
        // One partition per turn, in rotation: a stream subscribed to hundreds of topics sends no
        // more requests than one subscribed to a single topic.
        const auto [topic, partition] = m_partitions[next++ % m_partitions.size()];
        const std::vector<std::pair<QByteArray, qint32>> partitions = m_partitions;
        lock.unlock();
        if (!fetcherAddedMessages() && !fetcherHasEverything(partitions)) {
            int64_t low = 0;
            int64_t high = 0;
            rd_kafka_query_watermark_offsets(m_consumer, topic.constData(), partition, &low, &high, kQueryTimeoutMs);
        }
        lock.lock();
        m_changed.wait_for(lock, std::chrono::milliseconds(m_intervalMs), [this] { return m_stopping; });
    }
}

// Whether the consumer queue holds every message the partitions have, by the high watermarks of
// the last fetch responses (no request): then there is nothing to fetch, and a query would only
// queue behind the fetch the broker holds open for fetch.wait.max.ms on the same connection. Closing
// joins this thread, so it waited for that fetch: 150-250 ms at the end of `listen --until-eof`
// over 1M notices, and 30 s in an integration test whose stream sets fetch.wait.max.ms to 30 s.
// Unknown positions or watermarks count as not everything.
bool FetchWaker::fetcherHasEverything(const std::vector<std::pair<QByteArray, qint32>> &partitions) const
{
    PartitionListHandle list(rd_kafka_topic_partition_list_new(int(partitions.size())));
    for (const auto &[topic, partition] : partitions)
        rd_kafka_topic_partition_list_add(list.get(), topic.constData(), partition);
    if (!m_queue || rd_kafka_position(m_consumer, list.get()) != RD_KAFKA_RESP_ERR_NO_ERROR)
        return false;
    int64_t unread = 0;
    for (int i = 0; i < list->cnt; ++i) {
        const rd_kafka_topic_partition_t &position = list->elems[i];
        int64_t low = -1;
        int64_t high = -1;
        rd_kafka_get_watermark_offsets(m_consumer, position.topic, position.partition, &low, &high);
        if (position.offset < 0 || high < 0)
            return false;
        unread += std::max<int64_t>(0, high - position.offset);
    }
    return unread <= int64_t(rd_kafka_queue_length(m_queue.get()));
}

// A queue that grew since the last turn has a fetcher at work, which needs no waking. Each query
// is a request the broker serves: at every turn they were 418 of a million notices' 805 requests
// (kcat sends ~290), and a freshly started broker spent ~0.3 s more CPU serving `listen` than kcat.
bool FetchWaker::fetcherAddedMessages()
{
    const size_t queued = m_queue ? rd_kafka_queue_length(m_queue.get()) : 0;
    const bool grew = queued > m_queued;
    m_queued = queued;
    return grew;
}

} // namespace alertdeck::kafka
