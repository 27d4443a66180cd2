#include "StreamConfigValidator.h"

#include "ActionSettingsValidator.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>

namespace alertdeck::config {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AlertDeck", text);
}

const QStringList &commonKeys()
{
    static const QStringList keys{QStringLiteral("config"), QStringLiteral("topic_handlers"),
                                  QStringLiteral("topics"), QStringLiteral("group_id"),
                                  QStringLiteral("format"), QStringLiteral("schema_dir"),
                                  QStringLiteral("schema_registry_url")};
    return keys;
}

QStringList requiredKeys(StreamKind kind)
{
    switch (kind) {
    case StreamKind::Gcn:
        return {QStringLiteral("client_id")};
    case StreamKind::Hopskotch:
        return {QStringLiteral("url"), QStringLiteral("username")};
    case StreamKind::Kafka:
        break;
    }
    return {QStringLiteral("bootstrap")};
}

QStringList allowedKeys(StreamKind kind)
{
    QStringList keys = commonKeys() + requiredKeys(kind);
    switch (kind) {
    case StreamKind::Gcn:
        keys << QStringLiteral("domain") << QStringLiteral("client_secret") << QStringLiteral("token_endpoint");
        break;
    case StreamKind::Hopskotch:
        keys << QStringLiteral("password");
        break;
    case StreamKind::Kafka:
        keys << QStringLiteral("security_protocol") << QStringLiteral("sasl_mechanism") << QStringLiteral("username")
             << QStringLiteral("password") << QStringLiteral("ssl_ca_location");
        break;
    }
    return keys;
}

std::optional<StreamKind> parseKind(const QString &name)
{
    if (name == QLatin1String("gcn"))
        return StreamKind::Gcn;
    if (name == QLatin1String("hopskotch"))
        return StreamKind::Hopskotch;
    if (name == QLatin1String("kafka"))
        return StreamKind::Kafka;
    return std::nullopt;
}

bool isStringList(const QJsonValue &value)
{
    if (!value.isArray())
        return false;
    const QJsonArray array = value.toArray();
    return std::all_of(array.begin(), array.end(), [](const QJsonValue &item) { return item.isString(); });
}

// An alert carries its fired actions as a 64-bit mask (route::ActionSet).
constexpr qsizetype maxActionsPerHandler = 64;

} // namespace

std::optional<StreamConfig> StreamConfigValidator::read(const QJsonValue &entry, ConfigProblems *problems)
{
    const qsizetype before = problems->size();
    const QJsonObject object = entry.toObject();
    StreamConfig stream;
    stream.name = object.value(QStringLiteral("name")).toString();
    if (!entry.isObject() || stream.name.isEmpty()) {
        problems->append({{}, {}, tr("a stream without a \"name\"")});
        return std::nullopt;
    }
    if (m_names.contains(stream.name))
        problems->append({stream.name, QStringLiteral("name"), tr("another stream has the same name")});
    m_names.insert(stream.name);

    const QString kind = object.value(QStringLiteral("kind")).toString();
    const auto parsedKind = parseKind(kind);
    if (!parsedKind) {
        problems->append({stream.name, QStringLiteral("kind"),
                          tr("unknown kind \"%1\" (expected gcn, hopskotch or kafka)").arg(kind)});
        return std::nullopt;
    }
    stream.kind = *parsedKind;
    const QJsonValue active = object.value(QStringLiteral("active"));
    if (!active.isUndefined() && !active.isBool())
        problems->append({stream.name, QStringLiteral("active"), tr("must be true or false")});
    stream.active = active.toBool(true);
    const QJsonValue options = object.value(QStringLiteral("options"));
    if (!options.isObject()) {
        problems->append({stream.name, QStringLiteral("options"), tr("missing or not an object")});
        return std::nullopt;
    }
    stream.options = options.toObject();

    checkKeys(stream, problems);
    checkTypes(stream, problems);
    checkKindRules(stream, problems);
    readKafkaProperties(stream, problems);
    readHandlers(stream, problems);
    if (problems->size() != before)
        return std::nullopt;
    return stream;
}

void StreamConfigValidator::checkKeys(const StreamConfig &stream, ConfigProblems *problems) const
{
    const QStringList allowed = allowedKeys(stream.kind);
    for (const QString &key : stream.options.keys()) {
        if (!allowed.contains(key))
            problems->append({stream.name, key, tr("unknown key for a %1 stream").arg(kindName(stream.kind))});
    }
    for (const QString &key : requiredKeys(stream.kind)) {
        if (!stream.options.contains(key))
            problems->append({stream.name, key, tr("required for a %1 stream but missing").arg(kindName(stream.kind))});
    }
}

void StreamConfigValidator::checkTypes(const StreamConfig &stream, ConfigProblems *problems) const
{
    for (auto it = stream.options.begin(); it != stream.options.end(); ++it) {
        const QString &key = it.key();
        const QJsonValue &value = it.value();
        if (key == stream.secretKey()) {
            if (value.isString())
                problems->append({stream.name, key, tr("a secret must not be written in the file; store it in the keychain or use {\"env\": \"VARIABLE\"}")});
            else if (value.toObject().value(QStringLiteral("env")).toString().isEmpty())
                problems->append({stream.name, key, tr("must be {\"env\": \"VARIABLE\"}")});
        } else if (key == QLatin1String("topics")) {
            if (!isStringList(value))
                problems->append({stream.name, key, tr("must be a list of topic names")});
        } else if (key == QLatin1String("config") || key == QLatin1String("topic_handlers")) {
            if (!value.isObject())
                problems->append({stream.name, key, tr("must be an object")});
        } else if (!value.isString() || value.toString().isEmpty()) {
            problems->append({stream.name, key, tr("must be a non-empty string")});
        }
    }
}

void StreamConfigValidator::checkKindRules(const StreamConfig &stream, ConfigProblems *problems) const
{
    if (stream.kind == StreamKind::Hopskotch && stream.options.contains(QStringLiteral("url"))) {
        const QUrl url(stream.stringOption(QStringLiteral("url")));
        if (!url.isValid() || url.scheme() != QLatin1String("kafka") || url.host().isEmpty())
            problems->append({stream.name, QStringLiteral("url"), tr("must look like kafka://host[:port]/")});
    }
    const QString username = stream.stringOption(QStringLiteral("username"));
    const QString groupId = stream.stringOption(QStringLiteral("group_id"));
    if (stream.kind == StreamKind::Hopskotch && !groupId.isEmpty() && !username.isEmpty()
        && !groupId.startsWith(username + QLatin1Char('-'))) {
        problems->append({stream.name, QStringLiteral("group_id"),
                          tr("Hopskotch group ids must start with the username and a dash (\"%1-...\")").arg(username)});
    }
    if (stream.kind == StreamKind::Kafka && stream.options.contains(QStringLiteral("bootstrap"))) {
        const QStringList hosts = stream.stringOption(QStringLiteral("bootstrap")).split(QLatin1Char(','));
        for (const QString &host : hosts) {
            const qsizetype colon = host.lastIndexOf(QLatin1Char(':'));
            bool portOk = false;
            const int port = colon > 0 ? host.mid(colon + 1).toInt(&portOk) : 0;
            if (!portOk || port <= 0 || port > 65535)
                problems->append({stream.name, QStringLiteral("bootstrap"),
                                  tr("\"%1\" is not HOST:PORT").arg(host.trimmed())});
        }
    }
}

void StreamConfigValidator::readKafkaProperties(StreamConfig &stream, ConfigProblems *problems) const
{
    const QJsonObject properties = stream.options.value(QStringLiteral("config")).toObject();
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        const QJsonValue &value = it.value();
        if (value.isString())
            stream.kafkaProperties.insert(it.key(), value.toString());
        else if (value.isDouble())
            stream.kafkaProperties.insert(it.key(), QString::number(value.toDouble(), 'g', 17));
        else if (value.isBool())
            stream.kafkaProperties.insert(it.key(), value.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
        else
            problems->append({stream.name, QStringLiteral("config.") + it.key(), tr("must be a string, number or boolean")});
    }
}

void StreamConfigValidator::readHandlers(StreamConfig &stream, ConfigProblems *problems) const
{
    const QJsonObject handlers = stream.options.value(QStringLiteral("topic_handlers")).toObject();
    const QString where = QStringLiteral("topic_handlers.");
    for (auto it = handlers.begin(); it != handlers.end(); ++it) {
        TopicHandler handler{it.key(), {}};
        if (handler.key.isEmpty() || !it.value().isArray()) {
            problems->append({stream.name, where + it.key(), tr("must map a topic to a list of actions")});
            continue;
        }
        const QJsonArray items = it.value().toArray();
        if (items.size() > maxActionsPerHandler) {
            problems->append({stream.name, where + it.key(), tr("at most %1 actions per topic").arg(maxActionsPerHandler)});
            continue;
        }
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QJsonValue &item = items.at(i);
            HandlerAction action;
            action.settings = item.isObject() ? item.toObject() : QJsonObject{};
            action.name = item.isString() ? item.toString() : action.settings.value(QStringLiteral("action")).toString();
            action.when = action.settings.value(QStringLiteral("when")).toString();
            const QString key = QStringLiteral("%1%2[%3]").arg(where, it.key()).arg(i);
            if (ActionSettingsValidator::check(stream.name, key, action, problems))
                handler.actions.append(action);
        }
        stream.handlers.append(handler);
    }
    // "topics" is shorthand for handlers that show (and so store) the topic's alerts.
    const QJsonArray topics = stream.options.value(QStringLiteral("topics")).toArray();
    for (const QJsonValue &topic : topics) {
        const bool handled = std::any_of(stream.handlers.cbegin(), stream.handlers.cend(),
                                         [&](const TopicHandler &h) { return h.key == topic.toString(); });
        if (!handled)
            stream.handlers.append({topic.toString(), {HandlerAction{QStringLiteral("table"), {}, {}}}});
    }
    if (stream.handlers.isEmpty())
        problems->append({stream.name, QStringLiteral("topic_handlers"), tr("no topics to subscribe to (give topic_handlers or topics)")});
}

} // namespace alertdeck::config
