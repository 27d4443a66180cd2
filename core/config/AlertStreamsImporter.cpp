#include "AlertStreamsImporter.h"

#include "PythonLiteral.h"
#include "TomAlertStreamsNames.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace alertdeck::config {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AlertDeck", text);
}

QString pythonText(const QJsonValue &value)
{
    if (PythonLiteral::isUnsupported(value))
        return value.toObject().value(QStringLiteral("$unsupported")).toString();
    if (PythonLiteral::isEnv(value))
        return QStringLiteral("os.getenv('%1')").arg(value.toObject().value(QStringLiteral("$env")).toString());
    return value.toVariant().toString();
}

} // namespace

AlertStreamsImporter::AlertStreamsImporter(QProcessEnvironment environment)
    : m_environment(std::move(environment))
{
}

ImportResult AlertStreamsImporter::import(const QString &settingsPy)
{
    m_result = {};
    const PythonLiteral::Result parsed = PythonLiteral::parseAssignment(settingsPy, QStringLiteral("ALERT_STREAMS"));
    if (!parsed.error.isEmpty()) {
        m_result.fatal = tr("ALERT_STREAMS: %1").arg(parsed.error);
        return m_result;
    }
    if (!parsed.value.isArray()) {
        m_result.fatal = tr("ALERT_STREAMS is not a list");
        return m_result;
    }
    const QJsonArray entries = parsed.value.toArray();
    for (int i = 0; i < entries.size(); ++i)
        importStream(entries.at(i), i + 1);
    m_result.reportProblems();
    return m_result;
}

void AlertStreamsImporter::importStream(const QJsonValue &entry, int index)
{
    const QJsonObject object = entry.toObject();
    const QString className = object.value(QStringLiteral("NAME")).toString();
    m_kind = TomAlertStreamsNames::kindOfClass(className);
    if (m_kind.isEmpty()) {
        m_result.notImported.append(tr("ALERT_STREAMS entry %1: class \"%2\" has no AlertDeck equivalent (known: %3)")
                                        .arg(index).arg(className, TomAlertStreamsNames::knownClasses().join(QStringLiteral(", "))));
        return;
    }
    m_stream = m_result.uniqueName(TomAlertStreamsNames::defaultStreamName(m_kind));
    QJsonObject options;
    const QJsonObject tomOptions = object.value(QStringLiteral("OPTIONS")).toObject();
    for (auto it = tomOptions.begin(); it != tomOptions.end(); ++it)
        mapOption(it.key(), it.value(), options);
    for (const QString &key : object.keys()) {
        if (key != QLatin1String("NAME") && key != QLatin1String("OPTIONS") && key != QLatin1String("ACTIVE"))
            skip(key, tr("not a tom-alertstreams stream key"));
    }
    const bool active = object.value(QStringLiteral("ACTIVE")).toBool(true);
    m_result.streams.append(QJsonObject{{QStringLiteral("name"), m_stream}, {QStringLiteral("kind"), m_kind},
                                        {QStringLiteral("active"), active}, {QStringLiteral("options"), options}});
    const int topics = int(options.value(QStringLiteral("topic_handlers")).toObject().size());
    m_result.imported.append(QCoreApplication::translate("AlertDeck", "stream \"%1\" (%2) from %3, %n topic(s)", nullptr, topics)
                                 .arg(m_stream, m_kind, className));
}

void AlertStreamsImporter::mapOption(const QString &key, const QJsonValue &value, QJsonObject &options)
{
    const TomAlertStreamsNames::Option option = TomAlertStreamsNames::option(m_kind, key);
    if (option.target.isEmpty()) {
        skip(key, tr("no such option for a %1 stream").arg(m_kind));
    } else if (option.secret) {
        mapSecret(key, option.target, value, options);
    } else if (option.target == QLatin1String("topic_handlers")) {
        mapHandlers(value, options);
    } else if (option.target == QLatin1String("config")) {
        mapConfig(key, value, options);
    } else if (option.target == QLatin1String("topics")) {
        QJsonArray topics;
        for (const QJsonValue &topic : value.toArray()) {
            if (const auto text = resolveText(key, topic))
                topics.append(*text);
        }
        options.insert(option.target, topics);
    } else if (const auto text = resolveText(key, value)) {
        options.insert(option.target, *text);
    }
}

void AlertStreamsImporter::mapSecret(const QString &key, const QString &target, const QJsonValue &value, QJsonObject &options)
{
    if (PythonLiteral::isEnv(value)) {
        options.insert(target, QJsonObject{{QStringLiteral("env"), value.toObject().value(QStringLiteral("$env"))}});
    } else if (value.isString() && !value.toString().isEmpty()) {
        // Never copied into the file; the GUI offers to keep it in the keychain.
        m_result.literalSecrets.insert(m_stream, value.toString());
        skip(key, tr("the secret is written literally in settings.py; it is not copied into the configuration "
                     "(store it in the keychain or use an environment variable)"));
    } else if (!value.isNull()) {
        skip(key, tr("\"%1\" is not an environment look-up").arg(pythonText(value)));
    }
}

void AlertStreamsImporter::mapHandlers(const QJsonValue &value, QJsonObject &options)
{
    QJsonObject handlers;
    const QJsonObject tomHandlers = value.toObject();
    for (auto it = tomHandlers.begin(); it != tomHandlers.end(); ++it) {
        handlers.insert(it.key(), QJsonArray{QStringLiteral("table")});
        skip(QStringLiteral("TOPIC_HANDLERS[%1]").arg(it.key()),
             tr("Python handler \"%1\" is not run by AlertDeck; the topic's alerts go to the table").arg(pythonText(it.value())));
    }
    options.insert(QStringLiteral("topic_handlers"), handlers);
}

void AlertStreamsImporter::mapConfig(const QString &key, const QJsonValue &value, QJsonObject &options)
{
    QJsonObject config = options.value(QStringLiteral("config")).toObject();
    if (key == QLatin1String("START_POSITION")) {
        if (const auto position = resolveText(key, value))
            config.insert(QStringLiteral("auto.offset.reset"), position->toLower());
    } else {
        const QJsonObject properties = value.toObject();
        for (auto it = properties.begin(); it != properties.end(); ++it) {
            if (it.value().isString() || it.value().isDouble() || it.value().isBool())
                config.insert(it.key(), it.value());
            else if (const auto text = resolveText(QStringLiteral("CONFIG[%1]").arg(it.key()), it.value()))
                config.insert(it.key(), *text);
        }
    }
    if (!config.isEmpty())
        options.insert(QStringLiteral("config"), config);
}

// The text a non-secret value stands for; nullopt (reported) when it cannot be known.
std::optional<QString> AlertStreamsImporter::resolveText(const QString &key, const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    if (PythonLiteral::isConcat(value)) {
        QString text;
        for (const QJsonValue &part : value.toObject().value(QStringLiteral("$concat")).toArray()) {
            const auto resolved = resolveText(key, part);
            if (!resolved)
                return std::nullopt;
            text += *resolved;
        }
        return text;
    }
    if (PythonLiteral::isEnv(value)) {
        const QJsonObject lookup = value.toObject();
        const QString variable = lookup.value(QStringLiteral("$env")).toString();
        const QJsonValue fallback = lookup.value(QStringLiteral("$default"));
        if (m_environment.contains(variable)) {
            // As Python would evaluate settings.py now; said, since the file then holds the value.
            m_result.imported.append(tr("stream \"%1\", %2: value of environment variable %3").arg(m_stream, key, variable));
            return m_environment.value(variable);
        }
        if (!fallback.isNull())
            return resolveText(key, fallback);
        skip(key, tr("environment variable %1 is not set and has no default; fill it in").arg(variable));
        return std::nullopt;
    }
    skip(key, tr("\"%1\" cannot be evaluated here").arg(pythonText(value)));
    return std::nullopt;
}

void AlertStreamsImporter::skip(const QString &key, const QString &reason)
{
    m_result.notImported.append(tr("stream \"%1\", %2: %3").arg(m_stream, key, reason));
}

} // namespace alertdeck::config
