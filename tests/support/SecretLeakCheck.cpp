#include "SecretLeakCheck.h"

#include <QDirIterator>
#include <QFile>

namespace alertdeck::test {

QStringList findSecrets(const QString &dir, const QStringList &secrets)
{
    QStringList hits;
    QDirIterator files(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories); // sockets hold no data
    while (files.hasNext()) {
        const QString path = files.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            hits << QStringLiteral("%1: cannot be read, so it cannot be checked").arg(path);
            continue;
        }
        const QByteArray content = file.readAll();
        for (qsizetype i = 0; i < secrets.size(); ++i) {
            const QString &secret = secrets.at(i);
            const QByteArray utf16(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2);
            if (content.contains(secret.toUtf8()) || content.contains(utf16))
                hits << QStringLiteral("%1: secret #%2").arg(path).arg(i);
        }
    }
    return hits;
}

} // namespace alertdeck::test
