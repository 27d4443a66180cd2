#include "RubinAvroDecoder.h"

#include "AstroTime.h"
#include "AvroBinaryDecoder.h"
#include "AvroContainer.h"

#include <QCoreApplication>
#include <QtEndian>

#include <cmath>

namespace alertdeck::decode {
namespace {

constexpr qsizetype kConfluentHeaderSize = 5;
constexpr qsizetype kGcnPacketSize = 160;
// Rubin fluxes are in nJy; AB magnitude = -2.5 log10(f / 3631 Jy) = 31.4 - 2.5 log10(f / nJy).
constexpr double kNanojanskyAbZeroPoint = 31.4;

QString tr(const char *text)
{
    return QCoreApplication::translate("AlertDeck", text);
}

// A Rubin id, where 0 means "none" (e.g. diaObjectId of a solar-system source).
QString nonZeroId(const AvroValue *value)
{
    const auto id = value ? value->toInteger() : std::nullopt;
    return id && *id != 0 ? QString::number(*id) : QString();
}

} // namespace

RubinAvroDecoder::RubinAvroDecoder(const QString &schemaDir, const QString &schemaRegistryUrl)
    : AvroAlertDecoder(QStringLiteral("avro.rubin"), QStringLiteral("Rubin")),
      m_schemaSource(std::make_unique<AvroSchemaSource>(schemaDir, schemaRegistryUrl)),
      m_hasRegistry(!schemaRegistryUrl.isEmpty())
{
}

std::optional<int> RubinAvroDecoder::confluentSchemaId(QByteArrayView payload)
{
    if (payload.size() <= kConfluentHeaderSize || payload[0] != 0)
        return std::nullopt;
    return int(qFromBigEndian<quint32>(payload.data() + 1));
}

bool RubinAvroDecoder::isRubinSchema(const AvroSchema &schema)
{
    const AvroNode *root = schema.root();
    return root->type == AvroType::Record && root->fieldIndex(QLatin1String("diaSource")) >= 0;
}

bool RubinAvroDecoder::recognizes(const RawMessage &message) const
{
    if (const auto schema = containerSchema(message.payload))
        return isRubinSchema(*schema);
    // A leading zero byte alone is weak evidence (GCN Classic binary packets, 160 bytes, start
    // with one too), so a Confluent frame counts only when its schema is one we were told about,
    // or a registry is configured and the payload is not packet-sized.
    const auto id = confluentSchemaId(message.payload);
    return id && ((m_hasRegistry && message.payload.size() != kGcnPacketSize) || m_schemaSource->hasLocal(*id));
}

AvroAlertDecoder::Records RubinAvroDecoder::read(const QByteArray &payload) const
{
    if (AvroContainer::isContainer(payload))
        return AvroAlertDecoder::read(payload);
    if (const auto id = confluentSchemaId(payload))
        return readConfluent(payload, *id);
    return {{}, tr("neither an Avro container nor a Confluent-framed Avro message (%1 bytes)").arg(payload.size())};
}

AvroAlertDecoder::Records RubinAvroDecoder::readConfluent(const QByteArray &payload, int schemaId) const
{
    const AvroSchemaSource::Result found = m_schemaSource->schema(schemaId);
    if (!found.schema)
        return {{}, found.error};
    AvroBinaryDecoder in(QByteArrayView(payload).sliced(kConfluentHeaderSize));
    Records records;
    AvroDatum datum{found.schema, payload, QByteArrayView(payload).sliced(kConfluentHeaderSize), {}};
    if (!in.read(found.schema->root(), datum.value)) {
        records.error = tr("schema %1: %2").arg(schemaId).arg(in.error());
    } else if (!in.atEnd()) {
        // Left-over bytes mean the datum was written with a different schema than the id says.
        records.error = tr("%1 bytes left over after the record: message does not match schema %2")
                            .arg(in.remaining())
                            .arg(schemaId);
    } else {
        records.records.push_back(std::move(datum));
    }
    return records;
}

Alert RubinAvroDecoder::toAlert(const AvroDatum &datum) const
{
    const AvroValue &record = datum.value;
    const AvroValue *source = record.field(QLatin1String("diaSource"));
    const AvroValue *object = record.field(QLatin1String("diaObject"));
    const auto sourceField = [source](std::initializer_list<QLatin1String> names) {
        return source ? source->firstField(names) : nullptr;
    };

    const AvroValue *id = record.firstField({QLatin1String("alertId"), QLatin1String("diaSourceId")});
    Alert alert = newAlert(text(id ? id : sourceField({QLatin1String("diaSourceId")})));
    for (const AvroValue *eventId : {object ? object->field(QLatin1String("diaObjectId")) : nullptr,
                                     sourceField({QLatin1String("diaObjectId")}),
                                     sourceField({QLatin1String("ssObjectId")})}) {
        alert.event = nonZeroId(eventId);
        if (!alert.event.isNull())
            break;
    }
    if (const auto mjd = number(sourceField({QLatin1String("midpointMjdTai"), QLatin1String("midPointTai")})))
        alert.time = isoFromMjdTai(*mjd);
    alert.ra = number(sourceField({QLatin1String("ra")}));
    alert.dec = number(sourceField({QLatin1String("dec"), QLatin1String("decl")}));
    const auto flux = number(sourceField({QLatin1String("psfFlux"), QLatin1String("psFlux")}));
    if (flux && *flux > 0)
        alert.mag = kNanojanskyAbZeroPoint - 2.5 * std::log10(*flux);
    alert.score = number(sourceField({QLatin1String("reliability")}));
    if (!alert.score)
        alert.score = number(sourceField({QLatin1String("snr")}));

    const QString band = text(sourceField({QLatin1String("band"), QLatin1String("filterName")}));
    alert.title = QCoreApplication::translate("AlertDeck", "Rubin %1: %2-band %3 mag")
                      .arg(alert.event.isNull() ? alert.id : alert.event, band.isEmpty() ? QStringLiteral("?") : band,
                           alert.mag ? QString::number(*alert.mag, 'f', 2) : QStringLiteral("?"));
    return alert;
}

} // namespace alertdeck::decode
