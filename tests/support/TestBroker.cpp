#include "TestBroker.h"

#include "core/kafka/KafkaHandles.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QThread>

#include <algorithm>

namespace alertdeck::test {
namespace {

struct AdminOptionsDeleter
{
    void operator()(rd_kafka_AdminOptions_t *options) const { rd_kafka_AdminOptions_destroy(options); }
};
struct NewTopicDeleter
{
    void operator()(rd_kafka_NewTopic_t *topic) const { rd_kafka_NewTopic_destroy(topic); }
};
struct EventDeleter
{
    void operator()(rd_kafka_event_t *event) const { rd_kafka_event_destroy(event); }
};

} // namespace

TestBroker::TestBroker(QString bootstrap)
    : m_bootstrap(std::move(bootstrap))
{
}

std::optional<qint64> TestBroker::committedOffset(const QString &group, const QString &topic, int partition,
                                                 QString *error) const
{
    using namespace alertdeck::kafka;
    char reason[512];
    KafkaConfHandle conf(rd_kafka_conf_new());
    rd_kafka_conf_set(conf.get(), "bootstrap.servers", m_bootstrap.toUtf8().constData(), reason, sizeof reason);
    rd_kafka_conf_set(conf.get(), "group.id", group.toUtf8().constData(), reason, sizeof reason);
    KafkaHandle consumer(rd_kafka_new(RD_KAFKA_CONSUMER, conf.get(), reason, sizeof reason));
    if (!consumer) {
        *error = QString::fromUtf8(reason);
        return std::nullopt;
    }
    conf.release();
    PartitionListHandle list(rd_kafka_topic_partition_list_new(1));
    rd_kafka_topic_partition_t *entry = rd_kafka_topic_partition_list_add(list.get(), topic.toUtf8().constData(), partition);
    const rd_kafka_resp_err_t err = rd_kafka_committed(consumer.get(), list.get(), 10000);
    if (err != RD_KAFKA_RESP_ERR_NO_ERROR || entry->err != RD_KAFKA_RESP_ERR_NO_ERROR) {
        *error = QString::fromUtf8(rd_kafka_err2str(err != RD_KAFKA_RESP_ERR_NO_ERROR ? err : entry->err));
        return std::nullopt;
    }
    return entry->offset < 0 ? -1 : qint64(entry->offset);
}

bool TestBroker::createTopic(const QString &topic, int partitions, QString *error) const
{
    using namespace alertdeck::kafka;
    char reason[512];
    KafkaConfHandle conf(rd_kafka_conf_new());
    rd_kafka_conf_set(conf.get(), "bootstrap.servers", m_bootstrap.toUtf8().constData(), reason, sizeof reason);
    KafkaHandle admin(rd_kafka_new(RD_KAFKA_PRODUCER, conf.get(), reason, sizeof reason));
    if (!admin) {
        *error = QString::fromUtf8(reason);
        return false;
    }
    conf.release();
    std::unique_ptr<rd_kafka_NewTopic_t, NewTopicDeleter> newTopic(
        rd_kafka_NewTopic_new(topic.toUtf8().constData(), partitions, 1, reason, sizeof reason));
    QueueHandle queue(rd_kafka_queue_new(admin.get()));
    std::unique_ptr<rd_kafka_AdminOptions_t, AdminOptionsDeleter> options(
        rd_kafka_AdminOptions_new(admin.get(), RD_KAFKA_ADMIN_OP_CREATETOPICS));
    rd_kafka_AdminOptions_set_operation_timeout(options.get(), 10000, reason, sizeof reason);
    rd_kafka_NewTopic_t *topics[] = {newTopic.get()};
    rd_kafka_CreateTopics(admin.get(), topics, 1, options.get(), queue.get());
    std::unique_ptr<rd_kafka_event_t, EventDeleter> event(rd_kafka_queue_poll(queue.get(), 20000));
    if (!event) {
        *error = QStringLiteral("no answer to CreateTopics within 20 s");
        return false;
    }
    const rd_kafka_CreateTopics_result_t *result = rd_kafka_event_CreateTopics_result(event.get());
    size_t count = 0;
    const rd_kafka_topic_result_t **results = rd_kafka_CreateTopics_result_topics(result, &count);
    if (rd_kafka_event_error(event.get()) || count != 1 || rd_kafka_topic_result_error(results[0])) {
        *error = QString::fromUtf8(count == 1 ? rd_kafka_topic_result_error_string(results[0]) : rd_kafka_event_error_string(event.get()));
        return false;
    }
    return waitUntilServed(admin.get(), topic, partitions, error);
}

// CreateTopics answers once the controller has the topic; the broker's metadata may show it a moment
// later, and a test that lists topics or subscribes right away then missed it (seen once in CI).
bool TestBroker::waitUntilServed(rd_kafka_t *client, const QString &topic, int partitions, QString *error)
{
    using namespace alertdeck::kafka;
    const QByteArray name = topic.toUtf8();
    const TopicHandle handle(rd_kafka_topic_new(client, name.constData(), nullptr));
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 20000) {
        const rd_kafka_metadata_t *raw = nullptr;
        if (rd_kafka_metadata(client, 0, handle.get(), &raw, 2000) == RD_KAFKA_RESP_ERR_NO_ERROR) {
            const MetadataHandle metadata(raw);
            if (metadata->topic_cnt == 1) {
                const rd_kafka_metadata_topic_t &found = metadata->topics[0];
                const bool led = std::all_of(found.partitions, found.partitions + found.partition_cnt,
                                             [](const rd_kafka_metadata_partition_t &p) { return p.leader >= 0; });
                if (found.err == RD_KAFKA_RESP_ERR_NO_ERROR && found.partition_cnt == partitions && led)
                    return true;
            }
        }
        QThread::msleep(100);
    }
    *error = QStringLiteral("topic %1 created but not in the broker's metadata after 20 s").arg(topic);
    return false;
}

QString TestBroker::uniqueTopic(const QString &prefix)
{
    return QStringLiteral("%1.%2.%3").arg(prefix).arg(QDateTime::currentMSecsSinceEpoch()).arg(QRandomGenerator::global()->bounded(100000));
}

} // namespace alertdeck::test
