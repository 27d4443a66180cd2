#include "AvroValue.h"

#include <QJsonArray>
#include <QJsonObject>

#include <charconv>

namespace alertdeck::decode {
namespace {

// A float as the double its shortest decimal form denotes: 0.01f reads as 0.01, not
// 0.009999999776482582, so scores and magnitudes print as the survey wrote them. Done on access,
// not while decoding, because only a few fields of an alert are ever read as numbers.
double floatAsDecimal(double value)
{
    char text[32];
    const auto result = std::to_chars(text, text + sizeof text, float(value));
    double decimal = value;
    std::from_chars(text, result.ptr, decimal);
    return decimal;
}

} // namespace

const AvroValue *AvroValue::field(QLatin1String name) const
{
    if (type() != AvroType::Record)
        return nullptr;
    const int index = m_node->fieldIndex(name);
    return index < 0 || size_t(index) >= m_children.size() ? nullptr : &m_children[size_t(index)];
}

const AvroValue *AvroValue::firstField(std::initializer_list<QLatin1String> names) const
{
    for (const QLatin1String name : names) {
        const AvroValue *value = field(name);
        if (value && !value->isNull())
            return value;
    }
    return nullptr;
}

std::optional<double> AvroValue::toNumber() const
{
    switch (type()) {
    case AvroType::Int:
    case AvroType::Long:
        return double(m_long);
    case AvroType::Float:
        return floatAsDecimal(m_double);
    case AvroType::Double:
        return m_double;
    default:
        return std::nullopt;
    }
}

std::optional<qint64> AvroValue::toInteger() const
{
    if (type() == AvroType::Int || type() == AvroType::Long)
        return m_long;
    return std::nullopt;
}

std::optional<bool> AvroValue::toBool() const
{
    if (type() == AvroType::Boolean)
        return m_bool;
    return std::nullopt;
}

QString AvroValue::toString() const
{
    switch (type()) {
    case AvroType::String:
        return QString::fromUtf8(m_data, m_size);
    case AvroType::Enum:
        return m_node->symbols.value(m_long);
    case AvroType::Int:
    case AvroType::Long:
        return QString::number(m_long);
    default:
        return {};
    }
}

QJsonValue AvroValue::toJson() const
{
    switch (type()) {
    case AvroType::Null:
        return QJsonValue::Null;
    case AvroType::Boolean:
        return m_bool;
    case AvroType::Int:
    case AvroType::Long:
        return m_long;
    case AvroType::Float:
        return floatAsDecimal(m_double);
    case AvroType::Double:
        return m_double;
    case AvroType::String:
    case AvroType::Enum:
        return toString();
    case AvroType::Bytes:
    case AvroType::Fixed:
        return QJsonObject{{QStringLiteral("$bytes"), m_size}};
    case AvroType::Record: {
        QJsonObject object;
        for (size_t i = 0; i < m_children.size(); ++i)
            object.insert(m_node->fields[i].name, m_children[i].toJson());
        return object;
    }
    case AvroType::Map: {
        QJsonObject object;
        for (const AvroValue &child : m_children)
            object.insert(child.mapKey(), child.toJson());
        return object;
    }
    case AvroType::Array: {
        QJsonArray array;
        for (const AvroValue &child : m_children)
            array.append(child.toJson());
        return array;
    }
    case AvroType::Union:
        break; // never stored: decoding resolves the branch
    }
    return QJsonValue::Null;
}

} // namespace alertdeck::decode
