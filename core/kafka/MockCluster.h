#pragma once

#include "KafkaHandles.h"

#include <librdkafka/rdkafka_mock.h>

#include <QString>

#include <memory>

namespace alertdeck::kafka {

// librdkafka's in-process mock cluster: a Kafka protocol server inside this process, so the demo and
// fault-injection tests need no broker. It keeps only a few MB per partition: never use it for volume.
class MockCluster
{
public:
    static std::unique_ptr<MockCluster> create(int brokers, QString *error);
    ~MockCluster();
    MockCluster(const MockCluster &) = delete;
    MockCluster &operator=(const MockCluster &) = delete;

    QString bootstrap() const;
    bool createTopic(const QString &topic, int partitions, QString *error);
    // Makes the next `count` requests of the given API key fail with `err` (fault injection).
    void failNextRequests(int apiKey, rd_kafka_resp_err_t err, int count);

private:
    struct ClusterDeleter
    {
        void operator()(rd_kafka_mock_cluster_t *cluster) const { rd_kafka_mock_cluster_destroy(cluster); }
    };

    MockCluster() = default;

    // Declared first so it is destroyed last: the cluster lives inside this handle.
    KafkaHandle m_host;
    std::unique_ptr<rd_kafka_mock_cluster_t, ClusterDeleter> m_cluster;
};

} // namespace alertdeck::kafka
