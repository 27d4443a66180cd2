#pragma once

#include <QString>

#include <optional>

typedef struct rd_kafka_s rd_kafka_t;

namespace alertdeck::test {

// Admin calls against the real test broker (started by scripts/kafka-up), made with librdkafka's
// admin API so a test does not pay for a JVM start per topic.
class TestBroker
{
public:
    explicit TestBroker(QString bootstrap);

    bool createTopic(const QString &topic, int partitions, QString *error) const;
    // The offset consumer group `group` has committed for the partition, -1 if none; nullopt on
    // an error.
    std::optional<qint64> committedOffset(const QString &group, const QString &topic, int partition,
                                          QString *error) const;
    // A topic name no other test run uses.
    static QString uniqueTopic(const QString &prefix);

private:
    static bool waitUntilServed(rd_kafka_t *client, const QString &topic, int partitions, QString *error);

    QString m_bootstrap;
};

} // namespace alertdeck::test
