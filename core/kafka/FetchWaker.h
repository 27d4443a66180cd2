#pragma once

#include "KafkaHandles.h"
#include "core/store/PartitionOffsets.h"

#include <librdkafka/rdkafka.h>

#include <QByteArray>
#include <QVector>

#include <condition_variable>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

namespace alertdeck::kafka {

// Keeps librdkafka 2.0.2's fetcher busy while a consumer works through a backlog.
//
// Once the consumer queue holds queued.max.messages.kbytes, librdkafka takes the partitions off its
// fetch list and looks at them again only when their broker thread wakes up: on a socket event, an
// operation for it, or after a second. A consumer slower than the fetcher (every consumer that
// decodes and stores) therefore sat idle for up to a second each time it had emptied the queue:
// `listen` over 1M GCN notices spent 0.5-1.8 s of 6-7 s waiting that way. Asking a partition's
// leader for its watermarks is such an operation, so this thread does that every few milliseconds
// for the partitions that are behind, and the fetcher refills the queue as soon as there is room
// (1M notices: 150-180k -> 220-250k alerts/s; every 20 ms gave 220-243k, every 10 ms 242-249k).
class FetchWaker
{
public:
    explicit FetchWaker(rd_kafka_t *consumer, int intervalMs = 10);
    ~FetchWaker();
    FetchWaker(const FetchWaker &) = delete;
    FetchWaker &operator=(const FetchWaker &) = delete;

    // The partitions with messages left to fetch; none puts the thread to sleep.
    void setPartitions(const QVector<store::TopicPartition> &partitions);

private:
    void run();

    bool fetcherAddedMessages();
    bool fetcherHasEverything(const std::vector<std::pair<QByteArray, qint32>> &partitions) const;

    rd_kafka_t *const m_consumer;
    const QueueHandle m_queue; // the consumer's queue, where the fetcher puts what it fetched
    size_t m_queued = 0;       // its length at the last turn
    const int m_intervalMs;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::vector<std::pair<QByteArray, qint32>> m_partitions; // guarded by m_mutex
    bool m_stopping = false;                                  // guarded by m_mutex
    std::thread m_thread;
};

} // namespace alertdeck::kafka
