#pragma once

#include "core/decode/Alert.h"

#include <QByteArray>
#include <QString>

#include <avro.h>

#include <memory>

namespace alertdeck::bench {

// The libavro (C, 1.11) way to read a Confluent-framed Rubin alert into the normalized record,
// field for field what RubinAvroDecoder reads: the other side of the measurement that chose the
// project's own decoder. One generic value is reused across messages, libavro's fastest use.
class LibavroRubinReader
{
public:
    explicit LibavroRubinReader(const QByteArray &schemaJson);

    bool isValid() const { return m_value != nullptr; }
    QString error() const { return m_error; }
    // nullopt-like: an alert with decodeError when libavro refuses the message.
    decode::Alert read(const QByteArray &confluentMessage);

private:
    struct SchemaDeleter
    {
        void operator()(avro_obj_t *schema) const { avro_schema_decref(schema); }
    };
    struct IfaceDeleter
    {
        void operator()(avro_value_iface_t *iface) const { avro_value_iface_decref(iface); }
    };
    struct ValueDeleter
    {
        void operator()(avro_value_t *value) const
        {
            avro_value_decref(value);
            delete value;
        }
    };
    struct ReaderDeleter
    {
        void operator()(avro_reader_t reader) const { avro_reader_free(reader); }
    };

    std::unique_ptr<avro_obj_t, SchemaDeleter> m_schema;
    std::unique_ptr<avro_value_iface_t, IfaceDeleter> m_iface;
    std::unique_ptr<avro_value_t, ValueDeleter> m_value;
    std::unique_ptr<std::remove_pointer_t<avro_reader_t>, ReaderDeleter> m_reader;
    QString m_error;
};

} // namespace alertdeck::bench
