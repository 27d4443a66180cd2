#pragma once

#include "core/decode/AvroSchema.h"

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <optional>

namespace alertdeck::test {

// Writes Avro binary encoding from Qt values, so tests, benchmarks and the demo can make their own
// alerts: QVariantMap for records and maps, QVariantList for arrays, QByteArray for bytes/fixed,
// QString for strings and enum symbols, numbers and bools as themselves, an invalid or null
// QVariant for null. A union takes the first branch that fits the value. Record fields missing from
// the map are written as null, which fails unless the field may be null.
class AvroDatumEncoder
{
public:
    static std::optional<QByteArray> encode(const decode::AvroNode *node, const QVariant &value, QString *error);

    static void writeLong(QByteArray &out, qint64 value);
    static void writeBytes(QByteArray &out, const QByteArray &bytes);

private:
    explicit AvroDatumEncoder(QByteArray &out) : m_out(out) {}

    bool write(const decode::AvroNode *node, const QVariant &value, const QString &path);
    bool writeRecord(const decode::AvroNode *node, const QVariant &value, const QString &path);
    bool writeUnion(const decode::AvroNode *node, const QVariant &value, const QString &path);
    bool writeCollection(const decode::AvroNode *node, const QVariant &value, const QString &path);
    bool fail(const QString &path, const QString &why);

    QByteArray &m_out;
    QString m_error;
};

} // namespace alertdeck::test
