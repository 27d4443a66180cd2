#pragma once

#include <librdkafka/rdkafka.h>

#include <memory>

namespace alertdeck::kafka {

// Owning handles for librdkafka objects: each frees its object with the matching librdkafka call.
struct KafkaHandleDeleter
{
    void operator()(rd_kafka_t *handle) const { rd_kafka_destroy(handle); }
};
struct KafkaConfDeleter
{
    void operator()(rd_kafka_conf_t *conf) const { rd_kafka_conf_destroy(conf); }
};
struct PartitionListDeleter
{
    void operator()(rd_kafka_topic_partition_list_t *list) const { rd_kafka_topic_partition_list_destroy(list); }
};
struct MessageDeleter
{
    void operator()(rd_kafka_message_t *message) const { rd_kafka_message_destroy(message); }
};
struct QueueDeleter
{
    void operator()(rd_kafka_queue_t *queue) const { rd_kafka_queue_destroy(queue); }
};
struct MetadataDeleter
{
    void operator()(const rd_kafka_metadata_t *metadata) const { rd_kafka_metadata_destroy(metadata); }
};
struct TopicDeleter
{
    void operator()(rd_kafka_topic_t *topic) const { rd_kafka_topic_destroy(topic); }
};
struct HeadersDeleter
{
    void operator()(rd_kafka_headers_t *headers) const { rd_kafka_headers_destroy(headers); }
};

using KafkaHandle = std::unique_ptr<rd_kafka_t, KafkaHandleDeleter>;
using KafkaConfHandle = std::unique_ptr<rd_kafka_conf_t, KafkaConfDeleter>;
using PartitionListHandle = std::unique_ptr<rd_kafka_topic_partition_list_t, PartitionListDeleter>;
using MessageHandle = std::unique_ptr<rd_kafka_message_t, MessageDeleter>;
using QueueHandle = std::unique_ptr<rd_kafka_queue_t, QueueDeleter>;
using MetadataHandle = std::unique_ptr<const rd_kafka_metadata_t, MetadataDeleter>;
using TopicHandle = std::unique_ptr<rd_kafka_topic_t, TopicDeleter>;
using HeadersHandle = std::unique_ptr<rd_kafka_headers_t, HeadersDeleter>;

} // namespace alertdeck::kafka
