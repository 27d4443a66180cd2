#include "ImportResult.h"

#include "StreamConfigFile.h"
#include "StreamConfigValidator.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace alertdeck::config {

void ImportResult::reportProblems()
{
    StreamConfigValidator validator;
    ConfigProblems problems;
    for (const QJsonValue &entry : std::as_const(streams))
        validator.read(entry, &problems);
    for (const ConfigProblem &problem : std::as_const(problems))
        notImported.append(problem.toString());
}

QByteArray ImportResult::toConfigJson() const
{
    const QJsonObject root{{QStringLiteral("version"), StreamConfigFile::currentVersion}, {QStringLiteral("streams"), streams}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString ImportResult::uniqueName(const QString &base) const
{
    const auto taken = [this](const QString &name) {
        return std::any_of(streams.begin(), streams.end(), [&](const QJsonValue &stream) {
            return stream.toObject().value(QStringLiteral("name")).toString() == name;
        });
    };
    QString name = base;
    for (int n = 2; taken(name); ++n)
        name = QStringLiteral("%1 %2").arg(base).arg(n);
    return name;
}

} // namespace alertdeck::config
