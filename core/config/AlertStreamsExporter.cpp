#include "AlertStreamsExporter.h"

#include "TomAlertStreamsNames.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace alertdeck::config {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AlertDeck", text);
}

QString pythonString(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1String("\\"), QLatin1String("\\\\")).replace(QLatin1String("'"), QLatin1String("\\'"))
        .replace(QLatin1String("\n"), QLatin1String("\\n"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

QString pythonValue(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool() ? QStringLiteral("True") : QStringLiteral("False");
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    return pythonString(value.toString());
}

QString secretVariable(const StreamConfig &stream)
{
    if (!stream.secretEnvVar().isEmpty())
        return stream.secretEnvVar();
    QString name = stream.name.toUpper();
    name.replace(QRegularExpression(QStringLiteral("[^A-Z0-9]+")), QStringLiteral("_"));
    return QStringLiteral("ALERTDECK_%1_%2").arg(name, stream.secretKey().toUpper());
}

QString dictLines(const QStringList &items, const QString &indent)
{
    QString text;
    for (const QString &item : items)
        text += indent + item + QStringLiteral(",\n");
    return text;
}

} // namespace

AlertStreamsExporter::Result AlertStreamsExporter::exportStreams(const QVector<StreamConfig> &streams)
{
    Result result;
    QString body;
    for (const StreamConfig &stream : streams) {
        if (TomAlertStreamsNames::classOfKind(kindName(stream.kind)).isEmpty()) {
            result.notExported.append(tr("stream \"%1\": tom-alertstreams has no class for %2 streams").arg(stream.name, kindName(stream.kind)));
            continue;
        }
        body += exportStream(stream, &result.notExported);
    }
    result.python = QStringLiteral("import os\n\n# Exported by AlertDeck. Secrets are read from the environment.\nALERT_STREAMS = [\n%1]\n").arg(body);
    return result;
}

QString AlertStreamsExporter::exportStream(const StreamConfig &stream, QStringList *notExported)
{
    const QString kind = kindName(stream.kind);
    QStringList optionItems;
    QStringList mapped;
    for (const TomAlertStreamsNames::Option &option : TomAlertStreamsNames::options(kind)) {
        if (mapped.contains(option.target) || (!stream.options.contains(option.target) && !option.secret))
            continue;
        mapped << option.target;
        if (option.tomKey == QLatin1String("START_POSITION")) {
            optionItems << startPosition(stream, notExported);
            continue;
        }
        optionItems << QStringLiteral("%1: %2").arg(pythonString(option.tomKey), optionValue(stream, option.target, option.secret, notExported));
    }
    for (const QString &key : stream.options.keys()) {
        if (!mapped.contains(key))
            notExported->append(tr("stream \"%1\", key \"%2\": tom-alertstreams has no such option").arg(stream.name, key));
    }
    const QString inner = QStringLiteral("        ");
    return QStringLiteral("    {\n        'ACTIVE': %1,\n        'NAME': %2,\n        'OPTIONS': {\n%3        },\n    },\n")
        .arg(stream.active ? QStringLiteral("True") : QStringLiteral("False"),
             pythonString(TomAlertStreamsNames::classOfKind(kind)), dictLines(optionItems, inner + QStringLiteral("    ")));
}

// Hopskotch streams know only where to start, as START_POSITION, of all Kafka properties.
QString AlertStreamsExporter::startPosition(const StreamConfig &stream, QStringList *notExported)
{
    for (auto it = stream.kafkaProperties.begin(); it != stream.kafkaProperties.end(); ++it) {
        if (it.key() != QLatin1String("auto.offset.reset"))
            notExported->append(tr("stream \"%1\", config \"%2\": Hopskotch streams in tom-alertstreams take no Kafka properties").arg(stream.name, it.key()));
    }
    const QString reset = stream.kafkaProperties.value(QStringLiteral("auto.offset.reset"), QStringLiteral("latest"));
    return QStringLiteral("'START_POSITION': %1").arg(pythonString(reset.toUpper()));
}

QString AlertStreamsExporter::optionValue(const StreamConfig &stream, const QString &target, bool secret, QStringList *notExported)
{
    const QJsonValue value = stream.options.value(target);
    if (secret) {
        if (stream.secretEnvVar().isEmpty())
            notExported->append(tr("stream \"%1\": the secret in the keychain is not exported; set %2 for the TOM").arg(stream.name, secretVariable(stream)));
        return QStringLiteral("os.getenv(%1, None)").arg(pythonString(secretVariable(stream)));
    }
    const QString indent = QStringLiteral("                ");
    if (target == QLatin1String("topics")) {
        QStringList topics;
        for (const QJsonValue &topic : value.toArray())
            topics << pythonString(topic.toString());
        return QLatin1Char('[') + topics.join(QStringLiteral(", ")) + QLatin1Char(']');
    }
    QStringList items;
    if (target == QLatin1String("config")) {
        const QJsonObject config = value.toObject();
        for (auto it = config.begin(); it != config.end(); ++it)
            items << QStringLiteral("%1: %2").arg(pythonString(it.key()), pythonValue(it.value()));
    } else if (target == QLatin1String("topic_handlers")) {
        // A TOM runs Python handlers, not AlertDeck's actions: each topic gets the stream's logger.
        const QJsonObject handlers = value.toObject();
        for (auto it = handlers.begin(); it != handlers.end(); ++it) {
            items << QStringLiteral("%1: %2").arg(pythonString(it.key()), pythonString(TomAlertStreamsNames::loggerHandler(kindName(stream.kind))));
            notExported->append(tr("stream \"%1\", topic \"%2\": AlertDeck actions are exported as the tom-alertstreams alert_logger handler").arg(stream.name, it.key()));
        }
    } else {
        return pythonValue(value);
    }
    return QStringLiteral("{\n%1            }").arg(dictLines(items, indent));
}

} // namespace alertdeck::config
