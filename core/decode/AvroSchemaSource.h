#pragma once

#include "AvroSchema.h"
#include "SchemaRegistryClient.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMutex>
#include <QString>

#include <memory>
#include <optional>

namespace alertdeck::decode {

// Schemas of Confluent-framed messages by their registry id, as Rubin's stream needs them.
// Looked up first in a directory, as `<dir>/<id>.avsc` or `<dir>/<id>.json` holding one
// self-contained schema (what `GET /schemas/ids/<id>` returns, unwrapped; the project's own
// resources/schemas/rubin/ uses this layout), then in a Confluent Schema Registry.
// Found schemas are kept for the life of the source; failures are remembered for a short while so
// that a registry that is down costs one timeout per interval, not one per message. Thread-safe.
class AvroSchemaSource
{
public:
    struct Result
    {
        std::shared_ptr<const AvroSchema> schema;
        QString error;
    };

    AvroSchemaSource(const QString &schemaDir, const QString &registryUrl);

    Result schema(int id);
    // Whether this id is known without asking the network (cached or in the directory).
    bool hasLocal(int id);

private:
    static constexpr qint64 kRetryFailuresAfterMs = 30'000;

    Result load(int id);
    std::optional<QByteArray> readFromDir(int id) const;

    QString m_schemaDir;
    std::optional<SchemaRegistryClient> m_registry;
    QString m_registryUrl;
    QMutex m_mutex;
    QHash<int, std::shared_ptr<const AvroSchema>> m_schemas;
    QHash<int, std::pair<QString, QElapsedTimer>> m_failures;
};

} // namespace alertdeck::decode
