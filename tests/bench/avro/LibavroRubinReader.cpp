#include "LibavroRubinReader.h"

#include "core/decode/AstroTime.h"

#include <cmath>
#include <optional>

namespace alertdeck::bench {
namespace {

// A field by name with an optional (null-or-value) union resolved; nullopt when absent or null.
std::optional<avro_value_t> field(const avro_value_t &record, const char *name)
{
    avro_value_t child;
    if (avro_value_get_by_name(&record, name, &child, nullptr) != 0)
        return std::nullopt;
    if (avro_value_get_type(&child) == AVRO_UNION) {
        avro_value_t branch;
        if (avro_value_get_current_branch(&child, &branch) != 0)
            return std::nullopt;
        child = branch;
    }
    if (avro_value_get_type(&child) == AVRO_NULL)
        return std::nullopt;
    return child;
}

std::optional<double> number(const std::optional<avro_value_t> &value)
{
    if (!value)
        return std::nullopt;
    switch (avro_value_get_type(&*value)) {
    case AVRO_DOUBLE: {
        double number = 0;
        avro_value_get_double(&*value, &number);
        return number;
    }
    case AVRO_FLOAT: {
        float number = 0;
        avro_value_get_float(&*value, &number);
        return number;
    }
    case AVRO_INT32: {
        int32_t number = 0;
        avro_value_get_int(&*value, &number);
        return number;
    }
    case AVRO_INT64: {
        int64_t number = 0;
        avro_value_get_long(&*value, &number);
        return double(number);
    }
    default:
        return std::nullopt;
    }
}

QString longText(const std::optional<avro_value_t> &value)
{
    int64_t number = 0;
    if (!value || avro_value_get_long(&*value, &number) != 0)
        return {};
    return QString::number(number);
}

QString stringText(const std::optional<avro_value_t> &value)
{
    const char *text = nullptr;
    size_t size = 0;
    if (!value || avro_value_get_string(&*value, &text, &size) != 0)
        return {};
    return QString::fromUtf8(text, qsizetype(size) - 1); // size counts the terminating NUL
}

} // namespace

LibavroRubinReader::LibavroRubinReader(const QByteArray &schemaJson)
{
    avro_schema_t schema = nullptr;
    if (avro_schema_from_json_length(schemaJson.constData(), size_t(schemaJson.size()), &schema) != 0) {
        m_error = QString::fromUtf8(avro_strerror());
        return;
    }
    m_schema.reset(schema);
    m_iface.reset(avro_generic_class_from_schema(schema));
    auto value = std::make_unique<avro_value_t>();
    if (!m_iface || avro_generic_value_new(m_iface.get(), value.get()) != 0) {
        m_error = QString::fromUtf8(avro_strerror());
        return;
    }
    m_value.reset(value.release());
    m_reader.reset(avro_reader_memory(nullptr, 0));
}

decode::Alert LibavroRubinReader::read(const QByteArray &message)
{
    decode::Alert alert;
    alert.format = QStringLiteral("avro.rubin");
    alert.source = QStringLiteral("Rubin");
    avro_reader_memory_set_source(m_reader.get(), message.constData() + 5, message.size() - 5);
    if (avro_value_read(m_reader.get(), m_value.get()) != 0) {
        alert.decodeError = QString::fromUtf8(avro_strerror());
        return alert;
    }
    const avro_value_t &record = *m_value;
    const auto source = field(record, "diaSource");
    const auto object = field(record, "diaObject");
    alert.id = longText(field(record, "diaSourceId"));
    if (object)
        alert.event = longText(field(*object, "diaObjectId"));
    if (source) {
        if (const auto mjd = number(field(*source, "midpointMjdTai")))
            alert.time = decode::isoFromMjdTai(*mjd);
        alert.ra = number(field(*source, "ra"));
        alert.dec = number(field(*source, "dec"));
        const auto flux = number(field(*source, "psfFlux"));
        if (flux && *flux > 0)
            alert.mag = 31.4 - 2.5 * std::log10(*flux);
        alert.score = number(field(*source, "reliability"));
        alert.title = stringText(field(*source, "band"));
    }
    return alert;
}

} // namespace alertdeck::bench
