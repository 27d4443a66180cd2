#pragma once

#include "KafkaHandles.h"
#include "core/decode/RawMessage.h"

#include <QMap>
#include <QString>

#include <functional>
#include <memory>

namespace alertdeck::kafka {

// Reads one topic from the beginning of every partition to its current end, without a consumer
// group (partitions are assigned, nothing is committed): the source of `replay --from-topic`.
class TopicReader
{
public:
    // Called per message in partition order; returning false stops the read.
    using Sink = std::function<bool(const QByteArray &payload, const decode::MessageHeaders &headers, const QByteArray &key)>;

    static std::unique_ptr<TopicReader> create(const QMap<QString, QString> &properties, QString *error);

    // Every message of `topic` up to the end each partition had when the read began; false with
    // *error when the topic cannot be read.
    bool readAll(const QString &topic, const Sink &sink, QString *error);

private:
    TopicReader() = default;
    PartitionListHandle assignment(const QString &topic, QString *error);

    KafkaHandle m_consumer;
};

} // namespace alertdeck::kafka
