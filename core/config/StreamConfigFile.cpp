#include "StreamConfigFile.h"

#include "StreamConfigValidator.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>

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
    return file;
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
