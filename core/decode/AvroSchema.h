#pragma once

#include <QByteArray>
#include <QLatin1String>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class QJsonValue;

namespace alertdeck::decode {

enum class AvroType { Null, Boolean, Int, Long, Float, Double, Bytes, String, Record, Enum, Array, Map, Union, Fixed };

// One node of a parsed Avro schema. Named types referenced more than once (or recursively) are
// shared, so nodes are owned by their AvroSchema and linked by plain pointers.
struct AvroNode
{
    struct Field
    {
        QString name;
        const AvroNode *node = nullptr;
    };

    AvroType type = AvroType::Null;
    QString name; // full name of records, enums and fixed
    std::vector<Field> fields; // Record
    const AvroNode *items = nullptr; // Array items, Map values
    std::vector<const AvroNode *> branches; // Union
    QStringList symbols; // Enum
    qint64 fixedSize = 0; // Fixed

    // Index of the record field of this name, or -1.
    int fieldIndex(QLatin1String fieldName) const;
};

// An Avro schema parsed from its JSON text (https://avro.apache.org/docs/1.11.1/specification/).
// Immutable after parse(), so one instance is shared between threads and cached decoders.
class AvroSchema
{
public:
    // Null with *error set when the text is not a valid schema.
    static std::shared_ptr<const AvroSchema> parse(const QByteArray &json, QString *error);

    const AvroNode *root() const { return m_root; }
    QString name() const { return m_root->name; }
    // The JSON text this schema was parsed from (what a container header or a registry returned).
    const QByteArray &text() const { return m_text; }

private:
    class Parser;

    std::vector<std::unique_ptr<AvroNode>> m_nodes;
    const AvroNode *m_root = nullptr;
    QByteArray m_text;
};

} // namespace alertdeck::decode
