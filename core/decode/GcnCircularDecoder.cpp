#include "GcnCircularDecoder.h"

#include "AlertTime.h"
#include "DecodeSupport.h"
#include "JsonAccess.h"

#include <QCoreApplication>

#include <cmath>

namespace alertdeck::decode {
namespace {

Alert circular(const json::Object &object)
{
    Alert alert;
    alert.format = QStringLiteral("gcn.circular");
    alert.source = QStringLiteral("GCN Circulars");
    alert.alertType = QStringLiteral("Circular");
    const QString subject = json::string(object, "subject");
    alert.title = subject;
    alert.event = json::string(object, "eventId");
    if (alert.event.isEmpty())
        alert.event = support::eventFromSubject(subject);
    if (const auto created = json::number(object, "createdOn"))
        alert.time = time::fromUnixMs(std::llround(*created));
    const QString number = json::string(object, "circularId");
    if (!number.isEmpty())
        alert.id = support::circularId(number);
    return alert;
}

void appendCirculars(const json::Element &list, QVector<Alert> &alerts)
{
    json::Array items;
    if (list.get_array().get(items))
        return;
    for (json::Element item : items) {
        json::Object object;
        if (json::toObject(item, object) && json::member(object, "circularId"))
            alerts.append(circular(object));
    }
}

} // namespace

QString GcnCircularDecoder::name() const
{
    return QStringLiteral("gcn.circular");
}

bool GcnCircularDecoder::recognizes(const RawMessage &message) const
{
    return json::looksLikeJsonObject(message.payload) && support::contains(support::head(message.payload, 4096), "\"circularId\"");
}

QVector<Alert> GcnCircularDecoder::decode(const RawMessage &message) const
{
    const json::Parsed parsed = json::parse(message.payload);
    if (!parsed.root) {
        return {support::undecodable(message, name(),
                                     QCoreApplication::translate("AlertDeck", "invalid GCN circular JSON: %1").arg(parsed.error))};
    }
    QVector<Alert> alerts;
    json::Object object;
    if (parsed.root->is_array()) {
        appendCirculars(*parsed.root, alerts);
    } else if (json::toObject(*parsed.root, object)) {
        const auto archive = json::member(object, "circulars");
        if (archive && archive->is_array())
            appendCirculars(*archive, alerts);
        else if (json::member(object, "circularId"))
            alerts.append(circular(object));
    }
    for (Alert &alert : alerts) {
        if (alert.id.isEmpty())
            alert.id = support::fallbackId(message, name());
    }
    if (alerts.isEmpty()) {
        alerts.append(support::undecodable(message, name(),
                                           QCoreApplication::translate("AlertDeck", "JSON holds no GCN circular")));
    }
    return alerts;
}

} // namespace alertdeck::decode
