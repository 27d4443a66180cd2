#include "ActionSettingsValidator.h"

#include "core/route/Condition.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

namespace alertdeck::config {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AlertDeck", text);
}

enum class KeyType { Bool, Seconds, Count, Text, HttpUrl, SecretUrl, Argv, Choice, QuietHours };

struct KeySpec
{
    const char *name;
    KeyType type;
    QStringList choices = {};
};

// The keys every action object may have besides its own.
const QVector<KeySpec> &commonKeys()
{
    static const QVector<KeySpec> keys{{"action", KeyType::Text}, {"when", KeyType::Text},
                                       {"once_per_event", KeyType::Bool}, {"retraction_of_acted", KeyType::Bool}};
    return keys;
}

const QHash<QString, QVector<KeySpec>> &ownKeys()
{
    static const QHash<QString, QVector<KeySpec>> keys{
        {QStringLiteral("table"), {}},
        {QStringLiteral("store"), {}},
        {QStringLiteral("log"), {}},
        {QStringLiteral("notify"), {{"urgency", KeyType::Choice, {QStringLiteral("low"), QStringLiteral("normal"), QStringLiteral("critical")}},
                                    {"timeout", KeyType::Seconds}}},
        {QStringLiteral("sound"), {{"file", KeyType::Text}, {"quiet_hours", KeyType::QuietHours}}},
        {QStringLiteral("command"), {{"argv", KeyType::Argv}, {"timeout", KeyType::Seconds}, {"max_concurrent", KeyType::Count}}},
        {QStringLiteral("forward"), {{"stream", KeyType::Text}, {"topic", KeyType::Text},
                                     {"payload", KeyType::Choice, {QStringLiteral("raw"), QStringLiteral("normalized")}}}},
        {QStringLiteral("heartbeat"), {{"alarm_after", KeyType::Seconds}}},
        {QStringLiteral("webhook"), {{"url", KeyType::SecretUrl}, {"slack", KeyType::Bool}, {"timeout", KeyType::Seconds},
                                     {"retries", KeyType::Count}}},
        {QStringLiteral("tom"), {{"url", KeyType::HttpUrl},
                                 {"on_duplicate", KeyType::Choice, {QStringLiteral("skip"), QStringLiteral("alias"), QStringLiteral("rename")}}}},
    };
    return keys;
}

const QHash<QString, QStringList> &requiredKeys()
{
    static const QHash<QString, QStringList> keys{{QStringLiteral("command"), {QStringLiteral("argv")}},
                                                  {QStringLiteral("forward"), {QStringLiteral("topic")}},
                                                  {QStringLiteral("webhook"), {QStringLiteral("url")}}};
    return keys;
}

// Empty when the value fits the key's type, else what is wrong.
QString typeProblem(const KeySpec &spec, const QJsonValue &value)
{
    switch (spec.type) {
    case KeyType::Bool:
        return value.isBool() ? QString() : tr("must be true or false");
    case KeyType::Seconds:
        return value.isDouble() && value.toDouble() > 0 ? QString() : tr("must be a number of seconds above 0");
    case KeyType::Count:
        return value.isDouble() && value.toDouble() >= 1 && value.toDouble() == double(value.toInt())
            ? QString() : tr("must be a whole number of at least 1");
    case KeyType::Text:
        return value.isString() && !value.toString().isEmpty() ? QString() : tr("must be a non-empty string");
    case KeyType::HttpUrl: {
        const QUrl url(value.toString(), QUrl::StrictMode);
        const bool ok = value.isString() && url.isValid() && !url.host().isEmpty()
            && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"));
        return ok ? QString() : tr("must be an http:// or https:// URL");
    }
    case KeyType::SecretUrl:
        // A Slack or Mattermost hook's URL is its password: kept in the environment, not the file.
        if (value.isObject())
            return value.toObject().value(QStringLiteral("env")).toString().isEmpty() ? tr("must be {\"env\": \"VARIABLE\"} or a URL") : QString();
        return typeProblem({spec.name, KeyType::HttpUrl}, value);
    case KeyType::Argv: {
        const QJsonArray argv = value.toArray();
        const bool ok = value.isArray() && !argv.isEmpty() && !argv.first().toString().isEmpty()
            && std::all_of(argv.begin(), argv.end(), [](const QJsonValue &item) { return item.isString(); });
        return ok ? QString() : tr("must be a list of strings, the program first (no shell is used)");
    }
    case KeyType::Choice:
        return spec.choices.contains(value.toString()) ? QString() : tr("must be one of %1").arg(spec.choices.join(QStringLiteral(", ")));
    case KeyType::QuietHours: {
        static const QRegularExpression range(QStringLiteral("^([01]\\d|2[0-3]):[0-5]\\d-([01]\\d|2[0-3]):[0-5]\\d$"));
        return range.match(value.toString()).hasMatch() ? QString() : tr("must be a time range such as \"22:00-07:00\"");
    }
    }
    return {};
}

} // namespace

QStringList ActionSettingsValidator::knownActions()
{
    return {QStringLiteral("table"), QStringLiteral("store"), QStringLiteral("log"), QStringLiteral("notify"),
            QStringLiteral("sound"), QStringLiteral("command"), QStringLiteral("forward"), QStringLiteral("heartbeat"),
            QStringLiteral("webhook"), QStringLiteral("tom")};
}

bool ActionSettingsValidator::isBuiltIn(const QString &action)
{
    return action == QLatin1String("table") || action == QLatin1String("store") || action == QLatin1String("log");
}

bool ActionSettingsValidator::check(const QString &stream, const QString &key, const HandlerAction &action, ConfigProblems *problems)
{
    const qsizetype before = problems->size();
    if (!knownActions().contains(action.name)) {
        problems->append({stream, key, tr("unknown action \"%1\" (known: %2)").arg(action.name, knownActions().join(QStringLiteral(", ")))});
        return false;
    }
    checkCondition(stream, key, action, problems);
    checkOwnKeys(stream, key, action, problems);
    return problems->size() == before;
}

void ActionSettingsValidator::checkCondition(const QString &stream, const QString &key, const HandlerAction &action, ConfigProblems *problems)
{
    const QJsonValue when = action.settings.value(QStringLiteral("when"));
    if (when.isUndefined())
        return;
    route::ConditionError error;
    if (!when.isString())
        problems->append({stream, key + QStringLiteral(".when"), tr("must be a condition text such as \"mag < 19.5\"")});
    else if (!route::Condition::parse(action.when, &error))
        problems->append({stream, key + QStringLiteral(".when"), error.message});
}

void ActionSettingsValidator::checkOwnKeys(const QString &stream, const QString &key, const HandlerAction &action, ConfigProblems *problems)
{
    const QVector<KeySpec> specs = commonKeys() + ownKeys().value(action.name);
    for (auto it = action.settings.begin(); it != action.settings.end(); ++it) {
        const auto spec = std::find_if(specs.cbegin(), specs.cend(), [&](const KeySpec &s) { return it.key() == QLatin1String(s.name); });
        if (spec == specs.cend()) {
            problems->append({stream, key + QLatin1Char('.') + it.key(), tr("unknown key for a \"%1\" action").arg(action.name)});
            continue;
        }
        const QString problem = spec->type == KeyType::Text && it.key() == QLatin1String("when") ? QString() : typeProblem(*spec, it.value());
        if (!problem.isEmpty())
            problems->append({stream, key + QLatin1Char('.') + it.key(), problem});
    }
    for (const QString &required : requiredKeys().value(action.name)) {
        if (!action.settings.contains(required))
            problems->append({stream, key + QLatin1Char('.') + required, tr("required for a \"%1\" action but missing").arg(action.name)});
    }
    const bool remembers = action.settings.value(QStringLiteral("once_per_event")).toBool()
        || action.settings.value(QStringLiteral("retraction_of_acted")).toBool();
    if (remembers && isBuiltIn(action.name)) {
        problems->append({stream, key, tr("\"once_per_event\" and \"retraction_of_acted\" apply to notify, sound, command, forward, webhook and tom, not to \"%1\"")
                                           .arg(action.name)});
    }
}

} // namespace alertdeck::config
