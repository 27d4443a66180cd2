#include "StreamConfigFile.h"

#include "AtomicFile.h"
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
    if (!file.readVersion(document.object().value(QStringLiteral("version"))))
        return file;
    file.entries = streams.toArray();
    StreamConfigValidator validator;
    for (const QJsonValue &entry : std::as_const(file.entries)) {
        if (auto stream = validator.read(entry, &file.problems))
            file.streams.append(*stream);
    }
    file.readStoreSettings(document.object().value(QStringLiteral("store")));
    return file;
}

bool StreamConfigFile::readVersion(const QJsonValue &value)
{
    if (value.isUndefined()) {
        // Version 0 (before the field existed) has the same layout: migrating it only stamps the
        // version, which the next save writes.
        version = 0;
        notes.append(tr("the file has no \"version\": read as version 0 and migrated to version %1").arg(currentVersion));
        return true;
    }
    const double number = value.toDouble(-1);
    if (!value.isDouble() || number < 0 || number != std::floor(number)) {
        problems.append({{}, {}, tr("\"version\" must be a whole number")});
        return false;
    }
    version = int(number);
    if (version > currentVersion) {
        problems.append({{}, {}, tr("written by a newer AlertDeck (version %1); this one reads up to version %2")
                                     .arg(version).arg(currentVersion)});
        return false;
    }
    return true;
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

QByteArray StreamConfigFile::toJson() const
{
    QJsonArray entries;
    for (const StreamConfig &stream : streams)
        entries.append(stream.toJson());
    QJsonObject root{{QStringLiteral("version"), currentVersion}, {QStringLiteral("streams"), entries}};
    QJsonObject storeObject;
    if (store.retentionDays > 0)
        storeObject.insert(QStringLiteral("retention_days"), store.retentionDays);
    if (store.maxSizeMb > 0)
        storeObject.insert(QStringLiteral("max_size_mb"), store.maxSizeMb);
    if (!storeObject.isEmpty())
        root.insert(QStringLiteral("store"), storeObject);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool StreamConfigFile::save(const QString &path, QString *error) const
{
    return writeFileAtomically(path, toJson(), error);
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
