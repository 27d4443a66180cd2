#include "TopicReader.h"

#include "KafkaConfigBuilder.h"
#include "MessageHeaders.h"

#include <QCoreApplication>
#include <QSet>

namespace alertdeck::kafka {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AlertDeck", text);
}

constexpr int metadataTimeoutMs = 10000;
// A partition that stays silent this long before reaching its recorded end is reported, not waited on forever.
constexpr int idleLimitMs = 30000;

} // namespace

std::unique_ptr<TopicReader> TopicReader::create(const QMap<QString, QString> &properties, QString *error)
{
    QMap<QString, QString> all{{QStringLiteral("group.id"), QStringLiteral("alertdeck-topic-reader")},
                               {QStringLiteral("enable.auto.commit"), QStringLiteral("false")},
                               {QStringLiteral("enable.partition.eof"), QStringLiteral("true")}};
    for (auto it = properties.begin(); it != properties.end(); ++it)
        all.insert(it.key(), it.value());
    KafkaConfHandle conf = KafkaConfigBuilder::build(QStringLiteral("replay source"), all, error);
    if (!conf)
        return nullptr;
    std::unique_ptr<TopicReader> reader(new TopicReader);
    char reason[512];
    reader->m_consumer.reset(rd_kafka_new(RD_KAFKA_CONSUMER, conf.get(), reason, sizeof reason));
    if (!reader->m_consumer) {
        *error = QString::fromUtf8(reason);
        return nullptr;
    }
    conf.release();
    rd_kafka_poll_set_consumer(reader->m_consumer.get());
    return reader;
}

// Every partition of the topic from its beginning; partitions that are empty are left out.
PartitionListHandle TopicReader::assignment(const QString &topic, QString *error)
{
    const QByteArray name = topic.toUtf8();
    const rd_kafka_metadata_t *raw = nullptr;
    const TopicHandle handle(rd_kafka_topic_new(m_consumer.get(), name.constData(), nullptr));
    const rd_kafka_resp_err_t err = rd_kafka_metadata(m_consumer.get(), 0, handle.get(), &raw, metadataTimeoutMs);
    MetadataHandle metadata(raw);
    if (err != RD_KAFKA_RESP_ERR_NO_ERROR || metadata->topic_cnt != 1 || metadata->topics[0].err != RD_KAFKA_RESP_ERR_NO_ERROR) {
        const rd_kafka_resp_err_t reason = err != RD_KAFKA_RESP_ERR_NO_ERROR ? err : metadata->topics[0].err;
        *error = tr("cannot read topic \"%1\": %2").arg(topic, QString::fromUtf8(rd_kafka_err2str(reason)));
        return nullptr;
    }
    PartitionListHandle list(rd_kafka_topic_partition_list_new(metadata->topics[0].partition_cnt));
    for (int i = 0; i < metadata->topics[0].partition_cnt; ++i) {
        const int32_t partition = metadata->topics[0].partitions[i].id;
        int64_t low = 0;
        int64_t high = 0;
        if (rd_kafka_query_watermark_offsets(m_consumer.get(), name.constData(), partition, &low, &high, metadataTimeoutMs)
            != RD_KAFKA_RESP_ERR_NO_ERROR) {
            *error = tr("cannot read the offsets of topic \"%1\" partition %2").arg(topic).arg(partition);
            return nullptr;
        }
        if (high > low)
            rd_kafka_topic_partition_list_add(list.get(), name.constData(), partition)->offset = high; // end, for now
    }
    return list;
}

bool TopicReader::readAll(const QString &topic, const Sink &sink, QString *error)
{
    PartitionListHandle list = assignment(topic, error);
    if (!list)
        return false;
    QHash<int32_t, int64_t> ends;
    for (int i = 0; i < list->cnt; ++i) {
        ends.insert(list->elems[i].partition, list->elems[i].offset);
        list->elems[i].offset = RD_KAFKA_OFFSET_BEGINNING;
    }
    if (ends.isEmpty())
        return true;
    rd_kafka_assign(m_consumer.get(), list.get());
    int idleMs = 0;
    while (!ends.isEmpty()) {
        MessageHandle message(rd_kafka_consumer_poll(m_consumer.get(), 100));
        if (!message) {
            if ((idleMs += 100) >= idleLimitMs) {
                *error = tr("topic \"%1\": no message for %2 s before the end of %3 partitions").arg(topic).arg(idleLimitMs / 1000).arg(ends.size());
                return false;
            }
            continue;
        }
        idleMs = 0;
        if (message->err == RD_KAFKA_RESP_ERR__PARTITION_EOF) {
            ends.remove(message->partition);
            continue;
        }
        if (message->err != RD_KAFKA_RESP_ERR_NO_ERROR) {
            *error = tr("reading topic \"%1\": %2").arg(topic, QString::fromUtf8(rd_kafka_message_errstr(message.get())));
            return false;
        }
        const QByteArray payload(static_cast<const char *>(message->payload), qsizetype(message->len));
        const QByteArray key(static_cast<const char *>(message->key), qsizetype(message->key_len));
        if (!sink(payload, readHeaders(message.get()), key))
            return true;
        if (message->offset + 1 >= ends.value(message->partition))
            ends.remove(message->partition);
    }
    rd_kafka_assign(m_consumer.get(), nullptr);
    return true;
}

} // namespace alertdeck::kafka
