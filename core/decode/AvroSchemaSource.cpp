#include "AvroSchemaSource.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QMutexLocker>
#include <QUrl>

namespace alertdeck::decode {

AvroSchemaSource::AvroSchemaSource(const QString &schemaDir, const QString &registryUrl)
    : m_schemaDir(schemaDir), m_registryUrl(registryUrl)
{
    if (!registryUrl.isEmpty())
        m_registry.emplace(QUrl(registryUrl));
}

std::optional<QByteArray> AvroSchemaSource::readFromDir(int id) const
{
    if (m_schemaDir.isEmpty())
        return std::nullopt;
    for (const char *suffix : {".avsc", ".json"}) {
        QFile file(QDir(m_schemaDir).filePath(QString::number(id) + QLatin1String(suffix)));
        if (file.open(QIODevice::ReadOnly))
            return file.readAll();
    }
    return std::nullopt;
}

bool AvroSchemaSource::hasLocal(int id)
{
    {
        QMutexLocker lock(&m_mutex);
        if (m_schemas.contains(id))
            return true;
    }
    return readFromDir(id).has_value();
}

AvroSchemaSource::Result AvroSchemaSource::schema(int id)
{
    {
        QMutexLocker lock(&m_mutex);
        if (auto cached = m_schemas.value(id))
            return {cached, {}};
        const auto failure = m_failures.constFind(id);
        if (failure != m_failures.constEnd() && !failure->second.hasExpired(kRetryFailuresAfterMs))
            return {nullptr, failure->first};
    }
    // Loaded without the lock: a registry round trip must not stall other streams' workers.
    Result result = load(id);
    QMutexLocker lock(&m_mutex);
    if (result.schema) {
        m_schemas.insert(id, result.schema);
        m_failures.remove(id);
    } else {
        QElapsedTimer since;
        since.start();
        m_failures.insert(id, {result.error, since});
    }
    return result;
}

AvroSchemaSource::Result AvroSchemaSource::load(int id)
{
    QByteArray text;
    QString where;
    if (const auto local = readFromDir(id)) {
        text = *local;
        where = m_schemaDir;
    } else if (m_registry) {
        const SchemaRegistryClient::Result fetched = m_registry->fetch(id);
        if (!fetched.error.isEmpty())
            return {nullptr, fetched.error};
        text = fetched.schema;
        where = m_registryUrl;
    } else {
        return {nullptr, QCoreApplication::translate("AlertDeck",
                                                     "no Avro schema with id %1 (schema directory \"%2\", no schema registry configured)")
                             .arg(id)
                             .arg(m_schemaDir)};
    }
    QString error;
    auto parsed = AvroSchema::parse(text, &error);
    if (!parsed)
        return {nullptr, QCoreApplication::translate("AlertDeck", "schema %1 from %2: %3").arg(id).arg(where, error)};
    return {parsed, {}};
}

} // namespace alertdeck::decode
