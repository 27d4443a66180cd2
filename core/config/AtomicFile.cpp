#include "AtomicFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace alertdeck::config {

bool writeFileAtomically(const QString &path, const QByteArray &data, QString *error)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile output(path);
    if (output.open(QIODevice::WriteOnly) && output.write(data) == data.size() && output.commit())
        return true;
    *error = QCoreApplication::translate("AlertDeck", "cannot write %1: %2").arg(path, output.errorString());
    return false;
}

} // namespace alertdeck::config
