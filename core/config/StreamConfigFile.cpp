#include "StreamConfigFile.h"

#include "StreamConfigValidator.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <cmath>

namespace alertdeck::config {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AlertDeck", text);
}

} // namespace

StreamConfigFile StreamConfigFile::parse(const QByteArray &json)
{
    StreamConfigFile file;
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        file.problems.append({{}, {}, tr("not valid JSON at byte %1: %2").arg(error.offset).arg(error.errorString())});
        return file;
    }
    const QJsonValue streams = document.object().value(QStringLiteral("streams"));
    if (!document.isObject() || !streams.isArray()) {
        file.problems.append({{}, {}, tr("the file must be a JSON object with a \"streams\" array")});
        return file;
    }
    StreamConfigValidator validator;
    for (const QJsonValue &entry : streams.toArray()) {
        if (auto stream = validator.read(entry, &file.problems))
            file.streams.append(*stream);
    }
    file.readStoreSettings(document.object().value(QStringLiteral("store")));
    return file;
}

void StreamConfigFile::readStoreSettings(const QJsonValue &value)
{
    if (value.isUndefined())
        return;
    const QJsonObject settings = value.toObject();
    const auto readLimit = [&](const QString &key) -> qint64 {
        const QJsonValue limit = settings.value(key);
        if (limit.isUndefined())
            return 0;
        if (!limit.isDouble() || limit.toDouble() < 0 || limit.toDouble() != std::floor(limit.toDouble())) {
            problems.append({{}, {}, tr("\"store\": \"%1\" must be a whole number of at least 0").arg(key)});
            return 0;
        }
        return qint64(limit.toDouble());
    };
    if (!value.isObject()) {
        problems.append({{}, {}, tr("\"store\" must be an object")});
        return;
    }
    for (const QString &key : settings.keys()) {
        if (key != QLatin1String("retention_days") && key != QLatin1String("max_size_mb"))
            problems.append({{}, {}, tr("\"store\": unknown key \"%1\"").arg(key)});
    }
    store.retentionDays = int(readLimit(QStringLiteral("retention_days")));
    store.maxSizeMb = readLimit(QStringLiteral("max_size_mb"));
}

StreamConfigFile StreamConfigFile::load(const QString &path)
{
    QFile input(path);
    if (!input.open(QIODevice::ReadOnly)) {
        StreamConfigFile file;
        file.problems.append({{}, {}, tr("cannot read %1: %2").arg(path, input.errorString())});
        return file;
    }
    StreamConfigFile file = parse(input.readAll());
    for (ConfigProblem &problem : file.problems) {
        if (problem.stream.isEmpty())
            problem.message = QStringLiteral("%1: %2").arg(path, problem.message);
    }
    return file;
}

QString StreamConfigFile::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/streams.json");
}

const StreamConfig *StreamConfigFile::stream(const QString &name) const
{
    for (const StreamConfig &candidate : streams) {
        if (candidate.name == name)
            return &candidate;
    }
    return nullptr;
}

} // namespace alertdeck::config
