#include "JsonAccess.h"

#include "DecodeSupport.h"

#include <QRegularExpression>

#include <charconv>
#include <cmath>

namespace alertdeck::decode::json {
namespace {

QString fromView(std::string_view view)
{
    return QString::fromUtf8(view.data(), qsizetype(view.size()));
}

// Index just past the JSON string that starts at `begin` (a quote), or -1 if it never ends.
qsizetype endOfString(const QByteArray &data, qsizetype begin)
{
    for (qsizetype i = begin + 1; i < data.size(); ++i) {
        if (data[i] == '\\')
            ++i;
        else if (data[i] == '"')
            return i + 1;
    }
    return -1;
}

// Complete scalar values only: a number cut short at the end of the payload is not trusted.
const QRegularExpression &scalarPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^\s*:\s*("(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?(?=\s*[,}\]])|true|false|null))"));
    return pattern;
}

} // namespace

static_assert(kPayloadPadding >= qsizetype(simdjson::SIMDJSON_PADDING));

Parsed parse(const QByteArray &payload)
{
    thread_local simdjson::dom::parser parser;
    Element root;
    const bool padded = payload.capacity() - payload.size() >= kPayloadPadding;
    const auto error = parser.parse(payload.constData(), size_t(payload.size()), !padded).get(root);
    if (error)
        return {std::nullopt, QString::fromUtf8(simdjson::error_message(error))};
    return {root, {}};
}

Object::Object(const simdjson::dom::object &object)
{
    for (const simdjson::dom::key_value_pair &field : object)
        m_members.append({field.key, field.value});
    if (m_members.size() > kHashedMembers)
        return;
    for (int index = 0; index < int(m_members.size()); ++index) {
        const std::string_view name = m_members[index].first;
        int slot = slotOf(name);
        // A repeated name keeps its first member's slot, as find() returns the first member.
        while (m_slots[size_t(slot)] != 0 && m_members[m_slots[size_t(slot)] - 1].first != name)
            slot = (slot + 1) % kSlots;
        if (m_slots[size_t(slot)] == 0)
            m_slots[size_t(slot)] = quint8(index + 1);
    }
}

// Length and three characters: cheap, and enough to tell apart the keys of one notice.
int Object::slotOf(std::string_view key)
{
    if (key.empty())
        return 0;
    const size_t mixed = key.size() * 131u + uchar(key.front()) * 31u + uchar(key[key.size() / 2]) * 7u
                         + uchar(key.back());
    return int(mixed % kSlots);
}

std::optional<Element> Object::scan(std::string_view key) const
{
    for (const auto &[name, value] : m_members) {
        if (name == key)
            return value;
    }
    return std::nullopt;
}

std::optional<Element> Object::find(std::string_view key) const
{
    if (m_members.size() > kHashedMembers)
        return scan(key);
    for (int slot = slotOf(key); m_slots[size_t(slot)] != 0; slot = (slot + 1) % kSlots) {
        const auto &[name, value] = m_members[m_slots[size_t(slot)] - 1];
        if (name == key)
            return value;
    }
    return std::nullopt;
}

bool toObject(const Element &element, Object &object)
{
    simdjson::dom::object dom;
    if (element.get_object().get(dom))
        return false;
    object = Object(dom);
    return true;
}

std::optional<Element> member(const Object &object, std::string_view key)
{
    const std::optional<Element> value = object.find(key);
    if (!value || value->is_null())
        return std::nullopt;
    return value;
}

std::optional<Object> objectMember(const Object &object, std::string_view key)
{
    const auto value = member(object, key);
    Object result;
    if (!value || !toObject(*value, result))
        return std::nullopt;
    return result;
}

QString text(const Element &element)
{
    switch (element.type()) {
    case simdjson::dom::element_type::STRING:
        return fromView(element.get_string().value_unsafe());
    case simdjson::dom::element_type::INT64:
        return QString::number(element.get_int64().value_unsafe());
    case simdjson::dom::element_type::UINT64:
        return QString::number(element.get_uint64().value_unsafe());
    case simdjson::dom::element_type::DOUBLE:
        return QString::number(element.get_double().value_unsafe(), 'g', 17);
    default:
        return {};
    }
}

bool appendText(QString &out, const Element &element)
{
    switch (element.type()) {
    case simdjson::dom::element_type::INT64:
    case simdjson::dom::element_type::UINT64: {
        char digits[24];
        const auto end = element.is_int64()
            ? std::to_chars(digits, digits + sizeof digits, element.get_int64().value_unsafe()).ptr
            : std::to_chars(digits, digits + sizeof digits, element.get_uint64().value_unsafe()).ptr;
        out.append(QLatin1StringView(digits, end - digits));
        return true;
    }
    default: {
        const QString value = text(element);
        out.append(value);
        return !value.isNull();
    }
    }
}

std::string_view view(const Object &object, std::string_view key)
{
    const std::optional<Element> value = object.find(key);
    std::string_view result;
    if (!value || value->get_string().get(result))
        return {};
    return result;
}

QString string(const Object &object, std::string_view key)
{
    const auto value = member(object, key);
    return value ? text(*value) : QString();
}

QString firstString(const Object &object, std::string_view key)
{
    const auto value = member(object, key);
    if (!value)
        return {};
    simdjson::dom::array items;
    if (!value->get_array().get(items)) {
        for (Element item : items) {
            const QString itemText = text(item);
            if (!itemText.isEmpty())
                return itemText;
        }
        return {};
    }
    return text(*value);
}

std::optional<double> number(const Element &element)
{
    switch (element.type()) {
    case simdjson::dom::element_type::INT64:
        return double(element.get_int64().value_unsafe());
    case simdjson::dom::element_type::UINT64:
        return double(element.get_uint64().value_unsafe());
    case simdjson::dom::element_type::DOUBLE:
        return element.get_double().value_unsafe();
    case simdjson::dom::element_type::STRING: {
        bool ok = false;
        const double value = text(element).trimmed().toDouble(&ok);
        if (ok && std::isfinite(value))
            return value;
        return std::nullopt;
    }
    default:
        return std::nullopt;
    }
}

std::optional<double> number(const Object &object, std::string_view key)
{
    const auto value = member(object, key);
    return value ? number(*value) : std::nullopt;
}

std::optional<bool> boolean(const Object &object, std::string_view key)
{
    const auto value = member(object, key);
    bool result = false;
    if (!value || value->get_bool().get(result))
        return std::nullopt;
    return result;
}

QByteArray salvageTopLevel(const QByteArray &payload)
{
    QByteArray rebuilt("{");
    int depth = 0;
    bool expectKey = false;
    for (qsizetype i = 0; i < payload.size(); ++i) {
        const char c = payload[i];
        if (c == '"') {
            const qsizetype end = endOfString(payload, i);
            if (end < 0)
                break;
            if (depth == 1 && expectKey) {
                const QString rest = QString::fromUtf8(payload.mid(end, 4096));
                const QRegularExpressionMatch value = scalarPattern().match(rest);
                if (value.hasMatch()) {
                    if (rebuilt.size() > 1)
                        rebuilt += ',';
                    rebuilt += payload.mid(i, end - i) + ':' + value.captured(1).toUtf8();
                }
            }
            expectKey = false;
            i = end - 1;
        } else if (c == '{' || c == '[') {
            ++depth;
            expectKey = c == '{' && depth == 1;
        } else if (c == '}' || c == ']') {
            --depth;
        } else if (c == ',') {
            expectKey = depth == 1;
        }
    }
    rebuilt += '}';
    return rebuilt;
}

bool hasKey(const QByteArray &payload, const char *quotedKey)
{
    return support::contains(payload, quotedKey);
}

bool looksLikeJsonObject(QByteArrayView payload)
{
    for (const char c : payload) {
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t')
            continue;
        return c == '{' || c == '[';
    }
    return false;
}

} // namespace alertdeck::decode::json
