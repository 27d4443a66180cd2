#include "AvroSchemaCache.h"

#include <QMutexLocker>

namespace alertdeck::decode {

std::shared_ptr<const AvroSchema> AvroSchemaCache::parse(const QByteArray &json, QString *error)
{
    {
        QMutexLocker lock(&m_mutex);
        if (auto cached = m_schemas.value(json))
            return cached;
    }
    auto schema = AvroSchema::parse(json, error);
    if (schema) {
        QMutexLocker lock(&m_mutex);
        if (m_schemas.size() >= kMaxEntries)
            m_schemas.clear();
        m_schemas.insert(json, schema);
    }
    return schema;
}

} // namespace alertdeck::decode
