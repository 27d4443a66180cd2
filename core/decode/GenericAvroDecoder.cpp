#include "GenericAvroDecoder.h"

#include "IgwnAlertMapping.h"
#include "JsonAccess.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace alertdeck::decode {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AlertDeck", text);
}

} // namespace

GenericAvroDecoder::GenericAvroDecoder() : AvroAlertDecoder(QStringLiteral("hop.avro"), QStringLiteral("hop")) {}

bool GenericAvroDecoder::recognizes(const RawMessage &message) const
{
    return containerSchema(message.payload) != nullptr;
}

Alert GenericAvroDecoder::toAlert(const AvroDatum &datum) const
{
    if (datum.value.field(QLatin1String("superevent_id")))
        return igwnAlert(datum.value);
    return genericAlert(datum);
}

Alert GenericAvroDecoder::igwnAlert(const AvroValue &record) const
{
    // The same record as igwn.gwalert JSON (the skymap reduced to its size), mapped by the one
    // mapping all IGWN alerts share.
    const QByteArray asJson = QJsonDocument(record.toJson().toObject()).toJson(QJsonDocument::Compact);
    const json::Parsed parsed = json::parse(asJson);
    Alert alert = parsed.root && parsed.root->is_object() ? mapping::igwnAlert(parsed.root->get_object().value())
                                                          : newAlert(QString());
    alert.format = name();
    alert.decodeError = parsed.error;
    if (const AvroValue *event = record.field(QLatin1String("event"))) {
        if (const AvroValue *skymap = event->field(QLatin1String("skymap")))
            mapping::applySkyMap(alert, skymap->bytes());
    }
    return alert;
}

Alert GenericAvroDecoder::genericAlert(const AvroDatum &datum) const
{
    const AvroValue &record = datum.value;
    QString id = text(record.firstField({QLatin1String("_id"), QLatin1String("id"), QLatin1String("uuid")}));
    if (id.isNull()) {
        // No id field: the record's bytes identify it.
        const QByteArray hash = QCryptographicHash::hash(datum.encoded, QCryptographicHash::Sha1);
        id = QStringLiteral("sha1:") + QString::fromLatin1(hash.toHex());
    }
    Alert alert = newAlert(id);
    alert.ra = number(record.field(QLatin1String("ra")));
    alert.dec = number(record.field(QLatin1String("dec")));
    alert.title = tr("Avro record %1 (%2 fields)")
                      .arg(datum.schema->name().isEmpty() ? tr("without a name") : datum.schema->name())
                      .arg(record.children().size());
    return alert;
}

} // namespace alertdeck::decode
