#include "KafkaConfigBuilder.h"

#include "core/secrets/SecretWipe.h"

#include <QCoreApplication>

namespace alertdeck::kafka {
namespace {

void addSaslCredentials(QMap<QString, QString> &properties, const config::StreamConfig &stream, const QString &secret)
{
    const QString username = stream.stringOption(QStringLiteral("username"));
    if (!username.isEmpty())
        properties.insert(QStringLiteral("sasl.username"), username);
    if (!secret.isEmpty())
        properties.insert(QStringLiteral("sasl.password"), secret);
}

void addKindProperties(QMap<QString, QString> &properties, const config::StreamConfig &stream, const QString &secret)
{
    using config::StreamKind;
    switch (stream.kind) {
    case StreamKind::Gcn:
        properties.insert(QStringLiteral("security.protocol"), QStringLiteral("SASL_SSL"));
        properties.insert(QStringLiteral("sasl.mechanisms"), QStringLiteral("OAUTHBEARER"));
        break;
    case StreamKind::Hopskotch:
        properties.insert(QStringLiteral("security.protocol"), QStringLiteral("SASL_SSL"));
        properties.insert(QStringLiteral("sasl.mechanisms"), QStringLiteral("SCRAM-SHA-512"));
        addSaslCredentials(properties, stream, secret);
        break;
    case StreamKind::Kafka: {
        const QString protocol = stream.stringOption(QStringLiteral("security_protocol"));
        if (!protocol.isEmpty())
            properties.insert(QStringLiteral("security.protocol"), protocol);
        const QString mechanism = stream.stringOption(QStringLiteral("sasl_mechanism"));
        if (!mechanism.isEmpty())
            properties.insert(QStringLiteral("sasl.mechanisms"), mechanism);
        const QString caFile = stream.stringOption(QStringLiteral("ssl_ca_location"));
        if (!caFile.isEmpty())
            properties.insert(QStringLiteral("ssl.ca.location"), caFile);
        addSaslCredentials(properties, stream, secret);
        break;
    }
    }
}

} // namespace

QMap<QString, QString> KafkaConfigBuilder::consumerProperties(const config::StreamConfig &stream, const QString &secret)
{
    QMap<QString, QString> properties{
        {QStringLiteral("bootstrap.servers"), stream.bootstrap()},
        {QStringLiteral("group.id"), stream.groupId()},
        {QStringLiteral("client.id"), QStringLiteral("alertdeck")},
        // The local store holds the offsets that count; the group's are committed after each stored
        // batch only so that broker-side tools show the lag.
        {QStringLiteral("enable.auto.commit"), QStringLiteral("false")},
        {QStringLiteral("enable.auto.offset.store"), QStringLiteral("false")},
        {QStringLiteral("enable.partition.eof"), QStringLiteral("true")},
        // A broker that does not answer should show as an error within seconds, not after 30 s.
        {QStringLiteral("socket.connection.setup.timeout.ms"), QStringLiteral("7000")},
        // Pattern and "*" subscriptions pick up new topics on each metadata refresh.
        {QStringLiteral("topic.metadata.refresh.interval.ms"), QStringLiteral("5000")},
        {QStringLiteral("auto.offset.reset"), QStringLiteral("latest")},
        // librdkafka before 2.2 stops fetching for a fixed second whenever its prefetch queue is
        // full (fetch.queue.backoff.ms came later): a stream catching up then idles for most of
        // each second. The queue must hold what the stream decodes and stores in a second. The
        // high-level consumer counts queued.min.messages over its one shared queue, so that count
        // (100,000 by default) would stop it first; the byte limit alone bounds memory at 128 MB.
        // Measured on 300k 1 KB notices: defaults 73k alerts/s; 128 MB 95-125k/s; 128 MB with the
        // count lifted 131-135k/s.
        {QStringLiteral("queued.max.messages.kbytes"), QStringLiteral("131072")},
        {QStringLiteral("queued.min.messages"), QStringLiteral("10000000")},
    };
    addKindProperties(properties, stream, secret);
    for (auto it = stream.kafkaProperties.begin(); it != stream.kafkaProperties.end(); ++it)
        properties.insert(it.key(), it.value());
    return properties;
}

KafkaConfHandle KafkaConfigBuilder::build(const QString &streamName, const QMap<QString, QString> &properties, QString *error)
{
    KafkaConfHandle conf(rd_kafka_conf_new());
    char reason[512];
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        QByteArray value = it.value().toUtf8(); // may be a password: wiped once librdkafka has copied it
        const rd_kafka_conf_res_t result = rd_kafka_conf_set(conf.get(), it.key().toUtf8().constData(), value.constData(), reason, sizeof reason);
        secrets::wipe(value);
        if (result != RD_KAFKA_CONF_OK) {
            *error = QCoreApplication::translate("AlertDeck", "stream \"%1\", config \"%2\": %3")
                         .arg(streamName, it.key(), QString::fromUtf8(reason));
            return nullptr;
        }
    }
    return conf;
}

} // namespace alertdeck::kafka
