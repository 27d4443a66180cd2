#include "ZtfAvroDecoder.h"

#include "AlertTime.h"

#include <QCoreApplication>

namespace alertdeck::decode {
namespace {

QString bandName(const std::optional<double> &fid)
{
    // ZTF filter ids: 1 = g, 2 = r, 3 = i.
    static const QString names[] = {QStringLiteral("g"), QStringLiteral("r"), QStringLiteral("i")};
    return fid && *fid >= 1 && *fid <= 3 ? names[int(*fid) - 1] : QStringLiteral("?");
}

} // namespace

ZtfAvroDecoder::ZtfAvroDecoder() : AvroAlertDecoder(QStringLiteral("avro.ztf"), QStringLiteral("ZTF")) {}

bool ZtfAvroDecoder::isZtfSchema(const AvroSchema &schema)
{
    const AvroNode *root = schema.root();
    return root->type == AvroType::Record && root->fieldIndex(QLatin1String("candid")) >= 0
           && root->fieldIndex(QLatin1String("candidate")) >= 0;
}

bool ZtfAvroDecoder::recognizes(const RawMessage &message) const
{
    const auto schema = containerSchema(message.payload);
    return schema && isZtfSchema(*schema);
}

Alert ZtfAvroDecoder::toAlert(const AvroDatum &datum) const
{
    const AvroValue &record = datum.value;
    const AvroValue *candidate = record.field(QLatin1String("candidate"));
    const AvroValue *candid = record.field(QLatin1String("candid"));
    if (!candid || candid->isNull())
        candid = candidate ? candidate->field(QLatin1String("candid")) : nullptr;

    Alert alert = newAlert(text(candid));
    alert.event = text(record.field(QLatin1String("objectId")));
    if (candidate) {
        if (const auto jd = number(candidate->field(QLatin1String("jd"))))
            alert.time = time::fromJd(*jd); // ZTF jd is a UTC Julian date
        alert.ra = number(candidate->field(QLatin1String("ra")));
        alert.dec = number(candidate->field(QLatin1String("dec")));
        alert.mag = number(candidate->field(QLatin1String("magpsf")));
        // The deep-learning real-bogus score (drb, since schema 3.3) supersedes rb where present.
        alert.score = number(candidate->firstField({QLatin1String("drb"), QLatin1String("rb")}));
    }
    // The pre-survey simulated alerts have negative candids and no objectId.
    const auto candidNumber = candid ? candid->toInteger() : std::nullopt;
    alert.test = (candidNumber && *candidNumber < 0) || alert.event.isNull();
    const QString band = bandName(candidate ? number(candidate->field(QLatin1String("fid"))) : std::nullopt);
    alert.title = QCoreApplication::translate("AlertDeck", "ZTF %1: %2-band %3 mag")
                      .arg(alert.event.isNull() ? alert.id : alert.event, band,
                           alert.mag ? QString::number(*alert.mag, 'f', 2) : QStringLiteral("?"));
    return alert;
}

} // namespace alertdeck::decode
