#include "TestEnvironment.h"

#include <QDir>
#include <QFile>

namespace alertdeck::test {

QString corpusDir()
{
    const QString dir = qEnvironmentVariable("ALERTDECK_CORPUS_DIR");
    if (dir.isEmpty() || !QFileInfo::exists(dir + QStringLiteral("/MANIFEST.md")))
        return {};
    return QDir(dir).canonicalPath();
}

QString brokerBootstrap(const QString &listener)
{
    QFile file(qEnvironmentVariable("ALERTDECK_KAFKA_DIR") + QStringLiteral("/bootstrap.") + listener);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).trimmed();
}

QString cliPath()
{
    return qEnvironmentVariable("ALERTDECK_CLI");
}

} // namespace alertdeck::test
