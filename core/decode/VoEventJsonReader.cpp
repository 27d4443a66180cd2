#include "VoEventJsonReader.h"

#include "DecodeSupport.h"
#include "JsonAccess.h"

#include <QCoreApplication>

#include <functional>

namespace alertdeck::decode {
namespace {

using json::Element;
using json::Object;

// xmltodict gives one child as an object and several as an array; visit either way.
void forEach(const std::optional<Element> &value, const std::function<void(const Object &)> &visit)
{
    if (!value)
        return;
    Object object;
    if (json::toObject(*value, object)) {
        visit(object);
        return;
    }
    json::Array items;
    if (!value->get_array().get(items)) {
        for (Element item : items) {
            if (json::toObject(item, object))
                visit(object);
        }
    }
}

std::optional<Object> first(const Object &object, std::string_view key)
{
    std::optional<Object> result;
    forEach(json::member(object, key), [&result](const Object &item) {
        if (!result)
            result = item;
    });
    return result;
}

std::optional<Object> path(Object object, std::initializer_list<std::string_view> keys)
{
    for (std::string_view key : keys) {
        const auto next = first(object, key);
        if (!next)
            return std::nullopt;
        object = *next;
    }
    return object;
}

void readParams(const Object &container, VoEventFields &fields)
{
    forEach(json::member(container, "Param"), [&fields](const Object &param) {
        fields.addParam(json::string(param, "name"),
                        {json::string(param, "value"), json::string(param, "unit"), json::string(param, "ucd")});
    });
    forEach(json::member(container, "Group"), [&fields](const Object &group) { readParams(group, fields); });
}

void readWhereWhen(const Object &root, VoEventFields &fields)
{
    const auto coords = path(root, {"WhereWhen", "ObsDataLocation", "ObservationLocation", "AstroCoords"});
    if (!coords)
        return;
    if (const auto instant = path(*coords, {"Time", "TimeInstant"}))
        fields.isoTime = json::string(*instant, "ISOTime").trimmed();
    const auto position = first(*coords, "Position2D");
    if (!position)
        return;
    fields.positionUnit = json::string(*position, "unit");
    fields.errorRadius = json::number(*position, "Error2Radius");
    if (const auto value = first(*position, "Value2")) {
        fields.c1 = json::number(*value, "C1");
        fields.c2 = json::number(*value, "C2");
    }
}

} // namespace

bool VoEventJsonReader::looksLikeVoEventJson(const QByteArray &payload)
{
    const QByteArrayView head = support::head(payload, 512);
    return json::looksLikeJsonObject(payload) && support::contains(head, "\"ivorn\"") && support::contains(head, "ivo://");
}

VoEventFields VoEventJsonReader::read(const QByteArray &payload)
{
    VoEventFields fields;
    const json::Parsed parsed = json::parse(payload);
    Object root;
    if (!parsed.root || !json::toObject(*parsed.root, root)) {
        fields.readError = QCoreApplication::translate("AlertDeck", "invalid VOEvent JSON: %1")
                               .arg(parsed.root ? QStringLiteral("not an object") : parsed.error);
        return fields;
    }
    fields.ivorn = json::string(root, "ivorn");
    fields.role = json::string(root, "role");
    if (const auto author = path(root, {"Who", "Author"}))
        fields.authorShortName = json::string(*author, "shortName");
    if (const auto what = first(root, "What")) {
        readParams(*what, fields);
        fields.whatDescription = json::string(*what, "Description");
    }
    readWhereWhen(root, fields);
    if (const auto inference = path(root, {"Why", "Inference"}))
        fields.inferenceName = json::string(*inference, "Name");
    return fields;
}

} // namespace alertdeck::decode
