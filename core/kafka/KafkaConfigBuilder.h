#pragma once

#include "KafkaHandles.h"
#include "core/config/StreamConfig.h"

#include <QMap>
#include <QString>

namespace alertdeck::kafka {

// Turns a stream configuration into librdkafka properties, kind by kind, then lays the user's own
// `config` passthrough over them. Every property is set on a scratch conf as kcat does, so a refused
// key or value comes back with librdkafka's own words and the stream's name.
class KafkaConfigBuilder
{
public:
    static QMap<QString, QString> consumerProperties(const config::StreamConfig &stream, const QString &secret);

    // nullptr with *error set when librdkafka refuses a property.
    static KafkaConfHandle build(const QString &streamName, const QMap<QString, QString> &properties, QString *error);
};

} // namespace alertdeck::kafka
