#include "MessageFile.h"

#include <QCoreApplication>
#include <QFile>

namespace alertdeck::decode {

bool MessageFile::read(const QString &path, QByteArrayList *messages, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("AlertDeck", "%1: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray content = file.readAll();
    if (!path.endsWith(QLatin1String(".jsonl"))) {
        messages->append(content);
        return true;
    }
    for (const QByteArray &line : content.split('\n')) {
        const QByteArray trimmed = line.trimmed();
        if (!trimmed.isEmpty())
            messages->append(trimmed);
    }
    return true;
}

} // namespace alertdeck::decode
