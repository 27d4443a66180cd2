#include "StreamConfig.h"

#include <QUrl>

namespace alertdeck::config {

QString kindName(StreamKind kind)
{
    switch (kind) {
    case StreamKind::Gcn:
        return QStringLiteral("gcn");
    case StreamKind::Hopskotch:
        return QStringLiteral("hopskotch");
    case StreamKind::Kafka:
        break;
    }
    return QStringLiteral("kafka");
}

QString StreamConfig::bootstrap() const
{
    switch (kind) {
    case StreamKind::Gcn: {
        const QString domain = stringOption(QStringLiteral("domain"));
        return QStringLiteral("kafka.%1:9092").arg(domain.isEmpty() ? QStringLiteral("gcn.nasa.gov") : domain);
    }
    case StreamKind::Hopskotch: {
        const QUrl url(stringOption(QStringLiteral("url")));
        return QStringLiteral("%1:%2").arg(url.host()).arg(url.port(9092));
    }
    case StreamKind::Kafka:
        break;
    }
    return stringOption(QStringLiteral("bootstrap"));
}

QString StreamConfig::groupId() const
{
    const QString configured = stringOption(QStringLiteral("group_id"));
    if (!configured.isEmpty())
        return configured;
    const QString username = stringOption(QStringLiteral("username"));
    const QString base = QStringLiteral("alertdeck-") + name.toLower().replace(QLatin1Char(' '), QLatin1Char('-'));
    // Hopskotch only lets a user join groups prefixed with the user's name.
    return username.isEmpty() ? base : username + QLatin1Char('-') + base;
}

QString StreamConfig::declaredFormat() const
{
    const QString format = stringOption(QStringLiteral("format"));
    return format.isEmpty() ? QStringLiteral("auto") : format;
}

QString StreamConfig::secretKey() const
{
    switch (kind) {
    case StreamKind::Gcn:
        return QStringLiteral("client_secret");
    case StreamKind::Hopskotch:
        return QStringLiteral("password");
    case StreamKind::Kafka:
        break;
    }
    return options.contains(QStringLiteral("username")) ? QStringLiteral("password") : QString();
}

QString StreamConfig::secretEnvVar() const
{
    const QString key = secretKey();
    if (key.isEmpty())
        return {};
    return options.value(key).toObject().value(QStringLiteral("env")).toString();
}

QJsonObject StreamConfig::toJson() const
{
    // options holds every key as read (config, topic_handlers, topics too), so nothing is lost.
    return {{QStringLiteral("name"), name},
            {QStringLiteral("kind"), kindName(kind)},
            {QStringLiteral("active"), active},
            {QStringLiteral("options"), options}};
}

} // namespace alertdeck::config
