#include "AvroContainer.h"

#include "AvroBinaryDecoder.h"
#include "AvroSchemaCache.h"
#include "Inflate.h"

#include <QCoreApplication>

#include <limits>

namespace alertdeck::decode {
namespace {

constexpr char kMagic[] = {'O', 'b', 'j', '\x01'};
constexpr qint64 kSyncSize = 16;

QString tr(const char *text)
{
    return QCoreApplication::translate("AlertDeck", text);
}

} // namespace

bool AvroContainer::isContainer(QByteArrayView payload)
{
    return payload.startsWith(QByteArrayView(kMagic, sizeof kMagic));
}

bool AvroContainer::fail(const QString &why)
{
    if (m_error.isEmpty())
        m_error = why;
    return false;
}

AvroContainer AvroContainer::read(const QByteArray &payload, AvroSchemaCache &schemas)
{
    return read(payload, schemas, true);
}

AvroContainer AvroContainer::readHeader(const QByteArray &payload, AvroSchemaCache &schemas)
{
    return read(payload, schemas, false);
}

AvroContainer AvroContainer::read(const QByteArray &payload, AvroSchemaCache &schemas, bool withRecords)
{
    AvroContainer container;
    if (!isContainer(payload)) {
        container.fail(tr("not an Avro container file (no \"Obj\\x01\" magic)"));
        return container;
    }
    AvroBinaryDecoder in(QByteArrayView(payload).sliced(sizeof kMagic));
    if (!container.readHeader(schemas, in) || !withRecords)
        return container;
    while (!in.atEnd() && container.readBlock(payload, in)) {
    }
    return container;
}

bool AvroContainer::readHeader(AvroSchemaCache &schemas, AvroBinaryDecoder &in)
{
    QByteArray schemaText;
    for (;;) {
        qint64 count = 0;
        if (!in.readLong(count))
            return fail(tr("Avro container header truncated: %1").arg(in.error()));
        if (count == 0)
            break;
        if (count < 0) {
            qint64 blockSize = 0;
            if (!in.readLong(blockSize))
                return fail(tr("Avro container header truncated: %1").arg(in.error()));
            count = count == std::numeric_limits<qint64>::min() ? 0 : -count;
        }
        for (qint64 i = 0; i < count; ++i) {
            QByteArrayView key;
            QByteArrayView value;
            if (!in.readBytes(key) || !in.readBytes(value))
                return fail(tr("Avro container header truncated: %1").arg(in.error()));
            if (key == "avro.schema")
                schemaText = value.toByteArray();
            else if (key == "avro.codec")
                m_codec = value.toByteArray();
        }
    }
    QByteArrayView sync;
    if (!in.readFixed(kSyncSize, sync))
        return fail(tr("Avro container header truncated: %1").arg(in.error()));
    m_sync = sync.toByteArray();
    if (schemaText.isEmpty())
        return fail(tr("Avro container header has no avro.schema"));
    if (!m_codec.isEmpty() && m_codec != "null" && m_codec != "deflate")
        return fail(tr("Avro codec \"%1\" is not supported (only null and deflate)").arg(QString::fromUtf8(m_codec)));
    QString error;
    m_schema = schemas.parse(schemaText, &error);
    return m_schema ? true : fail(error);
}

bool AvroContainer::readBlock(const QByteArray &payload, AvroBinaryDecoder &in)
{
    qint64 count = 0;
    QByteArrayView data;
    QByteArrayView sync;
    if (!in.readLong(count) || !in.readBytes(data) || !in.readFixed(kSyncSize, sync))
        return fail(tr("Avro container block truncated after %1 records: %2").arg(m_records.size()).arg(in.error()));
    if (sync != m_sync)
        return fail(tr("Avro container block after %1 records has a wrong sync marker").arg(m_records.size()));
    if (m_codec != "deflate")
        return readRecords(payload, data, count); // the payload's shared data keeps the views valid
    const auto inflated = inflate(data, DeflateFraming::Raw);
    if (!inflated)
        return fail(tr("Avro container block after %1 records does not inflate").arg(m_records.size()));
    return readRecords(*inflated, *inflated, count);
}

bool AvroContainer::readRecords(const QByteArray &buffer, QByteArrayView block, qint64 count)
{
    AvroBinaryDecoder in(block);
    for (qint64 i = 0; i < count; ++i) {
        const qint64 start = in.position();
        AvroDatum datum{m_schema, buffer, {}, {}};
        if (!in.read(m_schema->root(), datum.value))
            return fail(tr("Avro record %1 is corrupt: %2").arg(m_records.size() + 1).arg(in.error()));
        datum.encoded = block.sliced(start, in.position() - start);
        m_records.push_back(std::move(datum));
    }
    return true;
}

} // namespace alertdeck::decode
