#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QVarLengthArray>

#include <simdjson.h>

#include <array>
#include <optional>
#include <string_view>
#include <utility>

namespace alertdeck::decode::json {

// Thin, forgiving accessors over simdjson's DOM for the JSON decoders: numbers sent as strings are
// numbers, a missing key and JSON null are both "absent". Internal to core/decode (simdjson is a
// private dependency of alertdeck_core).
using Element = simdjson::dom::element;
using Array = simdjson::dom::array;

// A JSON object's members indexed once: a mapping asks a notice for dozens of keys, most of which
// it does not have. simdjson's own lookup walks the tape for each (callgrind: a fifth of a GCN
// notice's decoding); a scan of a flat array still compared every member per absent key (13% of
// the decoder in perf), so objects of up to kHashedMembers members get a small hash table as well.
class Object
{
public:
    Object() = default;
    Object(const simdjson::dom::object &object); // implicit: a dom object is usable where an Object is

    // The first member of that name (JSON null included), like simdjson's own lookup.
    std::optional<Element> find(std::string_view key) const;

private:
    static constexpr int kSlots = 64;
    static constexpr int kHashedMembers = 48; // at most 3/4 full, so probe runs stay short

    static int slotOf(std::string_view key);
    std::optional<Element> scan(std::string_view key) const;

    QVarLengthArray<std::pair<std::string_view, Element>, 32> m_members;
    std::array<quint8, kSlots> m_slots{}; // member index + 1, 0 = empty; unused above kHashedMembers
};

// Whether the element is an object; if so `object` indexes it.
bool toObject(const Element &element, Object &object);

struct Parsed
{
    std::optional<Element> root; // valid until the next parse() on the same thread
    QString error;               // simdjson's reason when root is empty
};

// Parses with this thread's reusable parser (decoders run on several worker threads at once).
Parsed parse(const QByteArray &payload);

std::optional<Element> member(const Object &object, std::string_view key);
std::optional<Object> objectMember(const Object &object, std::string_view key);
QString text(const Element &element); // strings as-is, numbers as text, else null
// text(element) appended to `out` (integers without a QString of their own); false if it has none.
bool appendText(QString &out, const Element &element);
// A string member without converting it (empty when absent or not a string): for comparisons.
std::string_view view(const Object &object, std::string_view key);
QString string(const Object &object, std::string_view key);
// A string, or the first string of an array of them (GCN ids are either).
QString firstString(const Object &object, std::string_view key);
std::optional<double> number(const Element &element);
std::optional<double> number(const Object &object, std::string_view key);
std::optional<bool> boolean(const Object &object, std::string_view key);

// For JSON that does not parse (truncated, broken): the top-level members whose values are scalars
// and complete, re-assembled as a valid JSON object text, so a decoder can still read what arrived.
QByteArray salvageTopLevel(const QByteArray &payload);

// Cheap content sniffing without parsing: does `key` occur as a JSON key in the payload?
bool hasKey(const QByteArray &payload, const char *quotedKey);
bool looksLikeJsonObject(QByteArrayView payload);

} // namespace alertdeck::decode::json
