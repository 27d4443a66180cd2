#pragma once

#include "ImportResult.h"

#include <QJsonObject>
#include <QVector>

namespace alertdeck::config {

// Converts hop-client's auth.toml ([[auth]] tables: username, password, hostname, protocol,
// mechanism, ssl_ca_file) into streams: SCRAM over SASL_SSL without a private CA is Hopskotch,
// anything else a plain kafka stream. Passwords become {"env": VAR} references; the literal password
// is handed back in literalSecrets (for the keychain), never into the file.
class HopAuthImporter
{
public:
    ImportResult import(const QString &authToml);

private:
    using Table = QJsonObject;
    struct ParsedToml
    {
        QVector<Table> tables;
        QVector<int> lines; // the line of each table's header
    };

    ParsedToml parse(const QString &text);
    void importEntry(const Table &entry, int line);

    ImportResult m_result;
};

} // namespace alertdeck::config
