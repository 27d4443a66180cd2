#pragma once

#include "AvroValue.h"

#include <QByteArrayView>
#include <QString>

namespace alertdeck::decode {

// Reads Avro binary encoding from a byte range that may be truncated, corrupt or hostile: every
// length is checked against what is left, recursion is bounded, and the number of values built is
// limited by the input size, so no input can crash it or make it allocate without bound.
// The values it produces point into the range, which must outlive them.
class AvroBinaryDecoder
{
public:
    explicit AvroBinaryDecoder(QByteArrayView data);

    // Decodes one datum of this schema node into `out`; false (see error()) when the input is bad.
    bool read(const AvroNode *node, AvroValue &out);

    bool readLong(qint64 &value);
    // A length-prefixed bytes/string value, as a view into the input.
    bool readBytes(QByteArrayView &value);
    bool readFixed(qint64 size, QByteArrayView &value);

    qint64 position() const { return m_pos; }
    qint64 remaining() const { return m_data.size() - m_pos; }
    bool atEnd() const { return m_pos >= m_data.size(); }
    QString error() const { return m_error; }

private:
    bool readValue(const AvroNode *node, AvroValue &out, int depth);
    bool readRecord(const AvroNode *node, AvroValue &out, int depth);
    bool readBlocks(const AvroNode *node, AvroValue &out, int depth);
    bool readUnion(const AvroNode *node, AvroValue &out, int depth);
    bool readFloat(AvroValue &out);
    bool readDouble(AvroValue &out);
    bool fail(const QString &why);

    QByteArrayView m_data;
    qint64 m_pos = 0;
    qint64 m_valueBudget = 0;
    QString m_error;
};

} // namespace alertdeck::decode
