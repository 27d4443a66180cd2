#pragma once

#include "AvroSchema.h"

#include <QByteArray>
#include <QHash>
#include <QMutex>

#include <memory>

namespace alertdeck::decode {

// Parsed schemas by their JSON text. Every ZTF container message embeds the same ~23 KB schema;
// parsing it once instead of per alert is most of the decoding time saved. Thread-safe.
class AvroSchemaCache
{
public:
    std::shared_ptr<const AvroSchema> parse(const QByteArray &json, QString *error);

private:
    // A stream rarely uses more than a handful of schema versions; the cap only guards memory.
    static constexpr int kMaxEntries = 64;

    QMutex m_mutex;
    QHash<QByteArray, std::shared_ptr<const AvroSchema>> m_schemas;
};

} // namespace alertdeck::decode
