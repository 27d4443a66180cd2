#include "GcnJsonDecoder.h"

#include "DecodeSupport.h"
#include "GcnNoticeMapping.h"
#include "IgwnAlertMapping.h"
#include "JsonAccess.h"

#include <QCoreApplication>

namespace alertdeck::decode {
namespace {

bool isIgwn(const json::Object &object)
{
    return json::member(object, "superevent_id").has_value();
}

Alert mapObject(const json::Object &object)
{
    return isIgwn(object) ? mapping::igwnAlert(object) : mapping::gcnNotice(object);
}

// A notice that does not parse still yields what its complete top-level fields say.
Alert salvage(const RawMessage &message, const QString &parseError)
{
    const QString error = QCoreApplication::translate("AlertDeck", "invalid GCN JSON: %1").arg(parseError);
    const json::Parsed parsed = json::parse(json::salvageTopLevel(message.payload));
    json::Object object;
    if (!parsed.root || !json::toObject(*parsed.root, object))
        return support::undecodable(message, QStringLiteral("gcn.json"), error);
    Alert alert = mapObject(object);
    if (alert.id.isEmpty())
        alert.id = support::fallbackId(message, alert.format);
    alert.decodeError = error;
    return alert;
}

} // namespace

QString GcnJsonDecoder::name() const
{
    return QStringLiteral("gcn.json");
}

bool GcnJsonDecoder::recognizes(const RawMessage &message) const
{
    const QByteArray &payload = message.payload;
    if (!json::looksLikeJsonObject(payload))
        return false;
    if (message.topic.startsWith(QLatin1String("gcn.notices.")) || message.topic == QLatin1String("igwn.gwalert"))
        return true;
    const QByteArrayView head = support::head(payload, 2048);
    return (support::contains(head, "gcn.nasa.gov/schema/") && support::contains(head, "/notices/"))
           || json::hasKey(payload, "\"superevent_id\"");
}

QVector<Alert> GcnJsonDecoder::decode(const RawMessage &message) const
{
    const json::Parsed parsed = json::parse(message.payload);
    if (!parsed.root)
        return {salvage(message, parsed.error)};
    json::Object object;
    if (!json::toObject(*parsed.root, object)) {
        return {support::undecodable(message, name(),
                                     QCoreApplication::translate("AlertDeck", "GCN JSON notice is not a JSON object"))};
    }
    Alert alert = mapObject(object);
    if (alert.id.isEmpty())
        alert.id = support::fallbackId(message, alert.format);
    return support::one(std::move(alert));
}

} // namespace alertdeck::decode
