#pragma once

#include "HandlerAction.h"

#include <QJsonObject>
#include <QMap>
#include <QString>

namespace alertdeck::config {

enum class StreamKind { Gcn, Hopskotch, Kafka };

QString kindName(StreamKind kind);

// One entry of the stream configuration file (a mirror of tom-alertstreams' ALERT_STREAMS).
// Holds references to secrets, never secrets.
struct StreamConfig
{
    QString name;
    StreamKind kind = StreamKind::Kafka;
    bool active = true;
    QJsonObject options;
    // librdkafka properties passed through unchanged (options.config).
    QMap<QString, QString> kafkaProperties;
    TopicHandlers handlers;

    QString stringOption(const QString &key) const { return options.value(key).toString(); }
    // "host:port[,host:port]" derived from the kind's own options.
    QString bootstrap() const;
    // The consumer group: options.group_id, else one derived from the stream's name.
    QString groupId() const;
    // The payload format the stream declares ("auto" unless options.format says otherwise).
    QString declaredFormat() const;
    // The key of the secret option of this kind ("client_secret" or "password"), or empty.
    QString secretKey() const;
    // The environment variable a secret option refers to ({"env": "VAR"}), or empty.
    QString secretEnvVar() const;
    // The entry as the configuration file holds it ({"name", "kind", "active", "options"}).
    QJsonObject toJson() const;
};

} // namespace alertdeck::config
