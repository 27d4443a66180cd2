#pragma once

#include "ImportResult.h"

#include <QJsonObject>
#include <QProcessEnvironment>

#include <optional>

namespace alertdeck::config {

// Converts a TOM Toolkit settings.py ALERT_STREAMS list (tom-alertstreams) into stream entries.
// Secret options become {"env": VAR} references; other keys read from the environment take the
// look-up's default, else the variable's value at import time. Python topic handlers cannot run
// here: their topics get the "table" action, and each dropped handler is named in notImported.
class AlertStreamsImporter
{
public:
    explicit AlertStreamsImporter(QProcessEnvironment environment = QProcessEnvironment::systemEnvironment());

    ImportResult import(const QString &settingsPy);

private:
    void importStream(const QJsonValue &entry, int index);
    void mapOption(const QString &key, const QJsonValue &value, QJsonObject &options);
    void mapSecret(const QString &key, const QString &target, const QJsonValue &value, QJsonObject &options);
    void mapHandlers(const QJsonValue &value, QJsonObject &options);
    void mapConfig(const QString &key, const QJsonValue &value, QJsonObject &options);
    std::optional<QString> resolveText(const QString &key, const QJsonValue &value);
    void skip(const QString &key, const QString &reason);

    QProcessEnvironment m_environment;
    ImportResult m_result;
    QString m_stream; // the stream being imported
    QString m_kind;
};

} // namespace alertdeck::config
