#include "MockCluster.h"

#include <QCoreApplication>

#include <vector>

namespace alertdeck::kafka {

std::unique_ptr<MockCluster> MockCluster::create(int brokers, QString *error)
{
    KafkaConfHandle conf(rd_kafka_conf_new());
    char reason[512];
    // The hosting handle never talks to a real broker; quiet its logs about the absent bootstrap.
    rd_kafka_conf_set(conf.get(), "log_level", "3", reason, sizeof reason);
    KafkaHandle host(rd_kafka_new(RD_KAFKA_PRODUCER, conf.get(), reason, sizeof reason));
    if (!host) {
        *error = QString::fromUtf8(reason);
        return nullptr;
    }
    conf.release();
    std::unique_ptr<MockCluster> cluster(new MockCluster);
    cluster->m_host = std::move(host);
    cluster->m_cluster.reset(rd_kafka_mock_cluster_new(cluster->m_host.get(), brokers));
    if (!cluster->m_cluster) {
        *error = QCoreApplication::translate("AlertDeck", "cannot start the mock Kafka cluster");
        return nullptr;
    }
    return cluster;
}

MockCluster::~MockCluster() = default;

QString MockCluster::bootstrap() const
{
    return QString::fromUtf8(rd_kafka_mock_cluster_bootstraps(m_cluster.get()));
}

bool MockCluster::createTopic(const QString &topic, int partitions, QString *error)
{
    const rd_kafka_resp_err_t err = rd_kafka_mock_topic_create(m_cluster.get(), topic.toUtf8().constData(), partitions, 1);
    if (err == RD_KAFKA_RESP_ERR_NO_ERROR)
        return true;
    *error = QString::fromUtf8(rd_kafka_err2str(err));
    return false;
}

void MockCluster::failNextRequests(int apiKey, rd_kafka_resp_err_t err, int count)
{
    std::vector<rd_kafka_resp_err_t> errors(size_t(count), err);
    rd_kafka_mock_push_request_errors_array(m_cluster.get(), int16_t(apiKey), errors.size(), errors.data());
}

} // namespace alertdeck::kafka
