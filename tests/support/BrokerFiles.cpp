#include "BrokerFiles.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace alertdeck::test {

QString brokerFile(const QString &name)
{
    QFile file(qEnvironmentVariable("ALERTDECK_KAFKA_DIR") + QLatin1Char('/') + name);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()).trimmed() : QString();
}

QString brokerSecret(const QString &file, const QString &name)
{
    for (const QString &line : brokerFile(file).split(QLatin1Char('\n'))) {
        const QStringList fields = line.split(QLatin1Char(':'));
        if (fields.size() >= 2 && fields.at(0) == name)
            return fields.at(1);
    }
    return {};
}

QString writeStreamConfig(const QString &path, const QJsonObject &stream)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("streams"), QJsonArray{stream}}}).toJson());
    return path;
}

} // namespace alertdeck::test
