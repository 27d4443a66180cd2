#include "ConfigImport.h"

#include "AlertStreamsImporter.h"
#include "HopAuthImporter.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

namespace alertdeck::config {

ImportResult importConfigFile(const QString &path)
{
    QFile input(path);
    if (!input.open(QIODevice::ReadOnly)) {
        ImportResult result;
        result.fatal = QCoreApplication::translate("AlertDeck", "cannot read %1: %2").arg(path, input.errorString());
        return result;
    }
    const QString text = QString::fromUtf8(input.readAll());
    static const QRegularExpression authTable(QStringLiteral(R"(^\s*\[\[?auth\]\]?\s*(#.*)?$)"), QRegularExpression::MultilineOption);
    ImportResult result = authTable.match(text).hasMatch() ? HopAuthImporter().import(text) : AlertStreamsImporter().import(text);
    if (!result.ok())
        result.fatal = QStringLiteral("%1: %2").arg(path, result.fatal);
    return result;
}

} // namespace alertdeck::config
