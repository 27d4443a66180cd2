#include "HermesDecoder.h"

#include "AlertTime.h"
#include "DecodeSupport.h"
#include "JsonAccess.h"
#include "SkyGeometry.h"

#include <QCoreApplication>

#include <algorithm>

namespace alertdeck::decode {
namespace {

using json::Element;
using json::Object;

std::optional<Object> firstObject(const Object &data, std::string_view key)
{
    const auto list = json::member(data, key);
    json::Array items;
    if (!list || list->get_array().get(items))
        return std::nullopt;
    for (Element item : items) {
        Object object;
        if (json::toObject(item, object))
            return object;
    }
    return std::nullopt;
}

double degreesPer(const QString &unit)
{
    const QString lower = unit.toLower();
    if (lower.startsWith(QLatin1String("arcsec")))
        return 1.0 / 3600.0;
    if (lower.startsWith(QLatin1String("arcmin")))
        return 1.0 / 60.0;
    return 1.0;
}

void setTarget(Alert &alert, const Object &target)
{
    alert.ra = sky::parseRa(json::string(target, "ra"));
    alert.dec = sky::parseDec(json::string(target, "dec"));
    const auto raError = json::number(target, "ra_error");
    const auto decError = json::number(target, "dec_error");
    if (raError || decError) {
        const double largest = std::max(raError.value_or(0.0) * degreesPer(json::string(target, "ra_error_units")),
                                        decError.value_or(0.0) * degreesPer(json::string(target, "dec_error_units")));
        if (largest > 0)
            alert.errorRadius = largest;
    }
    if (alert.event.isEmpty())
        alert.event = json::string(target, "name");
}

// The first photometry point with a measured magnitude (not an upper limit).
void setPhotometry(Alert &alert, const Object &data)
{
    const auto list = json::member(data, "photometry");
    json::Array items;
    if (!list || list->get_array().get(items))
        return;
    for (Element item : items) {
        Object point;
        if (!json::toObject(item, point))
            continue;
        const auto brightness = json::number(point, "brightness");
        const QString unit = json::string(point, "brightness_unit");
        if (!brightness || !(unit.isEmpty() || unit.contains(QLatin1String("mag"), Qt::CaseInsensitive)))
            continue;
        alert.mag = brightness;
        const QString observed = time::normalizeIso(json::string(point, "date_obs"));
        if (!observed.isNull())
            alert.time = observed;
        return;
    }
}

} // namespace

QString HermesDecoder::name() const
{
    return QStringLiteral("hermes");
}

bool HermesDecoder::recognizes(const RawMessage &message) const
{
    if (!json::looksLikeJsonObject(message.payload))
        return false;
    if (message.topic.startsWith(QLatin1String("hermes.")))
        return true;
    const QByteArrayView head = support::head(message.payload, 8192);
    return support::contains(head, "\"message_text\"") && support::contains(head, "\"title\"");
}

QVector<Alert> HermesDecoder::decode(const RawMessage &message) const
{
    const json::Parsed parsed = json::parse(message.payload);
    Object root;
    if (!parsed.root || !json::toObject(*parsed.root, root)) {
        const QString reason = parsed.root ? QStringLiteral("not a JSON object") : parsed.error;
        return {support::undecodable(message, name(),
                                     QCoreApplication::translate("AlertDeck", "invalid Hermes message: %1").arg(reason))};
    }
    Alert alert;
    alert.format = name();
    alert.source = QStringLiteral("Hermes");
    alert.title = json::string(root, "title");
    const QString topic = json::string(root, "topic");
    alert.test = topic.endsWith(QLatin1String(".test")) || message.topic.endsWith(QLatin1String(".test"));
    if (const auto data = json::objectMember(root, "data")) {
        alert.event = json::string(*data, "event_id");
        if (const auto target = firstObject(*data, "targets"))
            setTarget(alert, *target);
        setPhotometry(alert, *data);
    }
    alert.id = json::string(root, "uuid");
    if (alert.id.isEmpty())
        alert.id = json::string(root, "id");
    if (alert.id.isEmpty())
        alert.id = support::fallbackId(message, name());
    if (alert.title.isEmpty())
        alert.title = support::titleLine(json::string(root, "message_text"));
    return support::one(std::move(alert));
}

} // namespace alertdeck::decode
