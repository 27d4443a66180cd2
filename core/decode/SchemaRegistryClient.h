#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace alertdeck::decode {

// Fetches schemas from a Confluent Schema Registry (`GET {url}/schemas/ids/{id}` answers
// `{"schema": "<schema JSON as a string>"}`), as Rubin's alert stream requires.
// Blocking on purpose: it runs on a stream worker thread, which has nothing else to do until the
// message is decoded, and it must not spin a nested event loop there.
class SchemaRegistryClient
{
public:
    struct Result
    {
        QByteArray schema; // empty on failure
        QString error;
    };

    explicit SchemaRegistryClient(const QUrl &baseUrl, int timeoutMs = 5000);

    Result fetch(int schemaId) const;

private:
    Result get(const QString &path) const;

    QUrl m_baseUrl;
    int m_timeoutMs;
};

} // namespace alertdeck::decode
