#pragma once

#include "AvroSchema.h"

#include <QByteArrayView>
#include <QJsonValue>
#include <QString>

#include <optional>
#include <vector>

namespace alertdeck::decode {

// One decoded Avro datum (or a part of one). Strings and bytes are views into the buffer that was
// decoded, so a 80 KB alert with three cutout stamps is read without copying them; whoever holds
// the values keeps that buffer alive (AvroDatum). Unions are resolved: a value has the type of the
// branch that was written, so an optional field reads as null or as its value.
class AvroValue
{
public:
    AvroType type() const { return m_node ? m_node->type : AvroType::Null; }
    const AvroNode *node() const { return m_node; }
    bool isNull() const { return type() == AvroType::Null; }

    // The field of a record by name; nullptr when this is not a record or has no such field.
    // Looked up by name because alert schemas reorder, rename and add fields between versions.
    const AvroValue *field(QLatin1String name) const;
    // The first of these fields that exists and is not null.
    const AvroValue *firstField(std::initializer_list<QLatin1String> names) const;

    // int, long, float and double as a number; anything else (including null) as nullopt.
    std::optional<double> toNumber() const;
    std::optional<qint64> toInteger() const;
    std::optional<bool> toBool() const;
    // string and enum values; a null QString otherwise. Integers give their decimal digits, since
    // alert ids are longs that must print exactly.
    QString toString() const;
    // The raw bytes of a bytes, fixed or string value.
    QByteArrayView bytes() const { return {m_data, m_size}; }

    // Record fields (in schema order), array items or map values.
    const std::vector<AvroValue> &children() const { return m_children; }
    // The key of a map value.
    QString mapKey() const { return QString::fromUtf8(m_key, m_keySize); }

    // The value as JSON for people and the detail pane. bytes and fixed values become
    // {"$bytes": size} rather than base64, so large cutouts cost nothing; longs stay exact.
    QJsonValue toJson() const;

private:
    friend class AvroBinaryDecoder;

    const AvroNode *m_node = nullptr;
    union {
        qint64 m_long = 0;
        double m_double;
        bool m_bool;
    };
    const char *m_data = nullptr;
    qint64 m_size = 0;
    const char *m_key = nullptr;
    qint32 m_keySize = 0;
    std::vector<AvroValue> m_children;
};

} // namespace alertdeck::decode
