#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <simdjson.h>

#include <optional>
#include <string_view>

namespace alertdeck::decode::json {

// Thin, forgiving accessors over simdjson's DOM for the JSON decoders: numbers sent as strings are
// numbers, a missing key and JSON null are both "absent". Internal to core/decode (simdjson is a
// private dependency of alertdeck_core).
using Element = simdjson::dom::element;
using Object = simdjson::dom::object;
using Array = simdjson::dom::array;

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
