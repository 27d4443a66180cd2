#pragma once

#include "AvroDatum.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace alertdeck::decode {

class AvroBinaryDecoder;
class AvroSchemaCache;

// An Avro Object Container File (magic "Obj\x01", schema in the header, then blocks of records),
// which is how ZTF, IGWN over hop, brokers and the Rubin sample data ship alerts: one file or
// Kafka message per container. Codecs "null" and "deflate" are supported.
class AvroContainer
{
public:
    static bool isContainer(QByteArrayView payload);

    // Reads every record it can. On a corrupt block the records before it are kept and error() says
    // what went wrong where.
    static AvroContainer read(const QByteArray &payload, AvroSchemaCache &schemas);
    // Only the header: enough to tell which kind of alert the container holds.
    static AvroContainer readHeader(const QByteArray &payload, AvroSchemaCache &schemas);

    const std::vector<AvroDatum> &records() const { return m_records; }
    std::vector<AvroDatum> takeRecords() { return std::move(m_records); }
    std::shared_ptr<const AvroSchema> schema() const { return m_schema; }
    QString error() const { return m_error; }

private:
    static AvroContainer read(const QByteArray &payload, AvroSchemaCache &schemas, bool withRecords);
    bool readHeader(AvroSchemaCache &schemas, AvroBinaryDecoder &in);
    bool readBlock(const QByteArray &payload, AvroBinaryDecoder &in);
    bool readRecords(const QByteArray &buffer, QByteArrayView block, qint64 count);
    bool fail(const QString &why);

    std::shared_ptr<const AvroSchema> m_schema;
    QByteArray m_codec;
    QByteArray m_sync;
    std::vector<AvroDatum> m_records;
    QString m_error;
};

} // namespace alertdeck::decode
