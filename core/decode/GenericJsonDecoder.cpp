#include "GenericJsonDecoder.h"

#include "AlertTime.h"
#include "AstroTime.h"
#include "DecodeSupport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <limits>

namespace alertdeck::decode {
namespace {

// QJsonDocument rather than simdjson here: alert JSON such as ZTF's carries 128-bit integers,
// which simdjson refuses and Qt reads as doubles.
QJsonValue firstValue(const QJsonObject &object, std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        const QJsonValue value = object.value(QLatin1String(key));
        if (!value.isUndefined() && !value.isNull())
            return value;
    }
    return {};
}

QString asText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (!value.isDouble())
        return {};
    // Qt keeps integers that fit 64 bits exactly (ZTF candids exceed a double's 53 bits).
    const qint64 integer = value.toInteger(std::numeric_limits<qint64>::min());
    if (integer != std::numeric_limits<qint64>::min())
        return QString::number(integer);
    return QString::number(value.toDouble(), 'g', 17);
}

std::optional<double> asNumber(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toDouble();
    return std::nullopt;
}

// ZTF keeps the detection in "candidate", Rubin in "diaSource"; brokers keep it at the top.
QJsonObject detection(const QJsonObject &root)
{
    for (const char *key : {"candidate", "diaSource"}) {
        const QJsonValue value = root.value(QLatin1String(key));
        if (value.isObject())
            return value.toObject();
    }
    return root;
}

void setDetection(Alert &alert, const QJsonObject &root)
{
    const QJsonObject source = detection(root);
    alert.ra = asNumber(firstValue(source, {"ra", "RA", "ra_deg"}));
    alert.dec = asNumber(firstValue(source, {"dec", "decl", "Dec", "DEC", "dec_deg"}));
    alert.mag = asNumber(firstValue(source, {"magpsf", "mag", "magnitude"}));
    alert.score = asNumber(firstValue(source, {"rb", "drb", "reliability", "score"}));
    if (const auto jd = asNumber(source.value(QLatin1String("jd"))))
        alert.time = time::fromJd(*jd);
    else if (const auto tai = asNumber(source.value(QLatin1String("midpointMjdTai"))))
        alert.time = isoFromMjdTai(*tai);
    else if (const auto mjd = asNumber(source.value(QLatin1String("mjd"))))
        alert.time = time::fromMjd(*mjd);
    else
        alert.time = time::normalizeIso(asText(firstValue(root, {"time", "timestamp", "date"})));
    if (root.contains(QLatin1String("candidate")))
        alert.source = QStringLiteral("ZTF");
    else if (root.contains(QLatin1String("diaSource")))
        alert.source = QStringLiteral("Rubin");
}

QString describe(const QJsonDocument &document)
{
    if (document.isArray())
        return QStringLiteral("JSON array of %1 items").arg(document.array().size());
    const QStringList keys = document.object().keys();
    constexpr int kShownKeys = 6;
    return QStringLiteral("JSON {%1%2}").arg(keys.mid(0, kShownKeys).join(QStringLiteral(", ")),
                                             keys.size() > kShownKeys ? QStringLiteral(", ...") : QString());
}

} // namespace

GenericJsonDecoder::GenericJsonDecoder(QString formatName) : m_formatName(std::move(formatName)) {}

QString GenericJsonDecoder::name() const
{
    return m_formatName;
}

bool GenericJsonDecoder::recognizes(const RawMessage &message) const
{
    QJsonParseError error;
    QJsonDocument::fromJson(message.payload, &error);
    return error.error == QJsonParseError::NoError;
}

QVector<Alert> GenericJsonDecoder::decode(const RawMessage &message) const
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(message.payload, &error);
    if (error.error != QJsonParseError::NoError) {
        return {support::undecodable(message, m_formatName,
                                     QCoreApplication::translate("AlertDeck", "invalid JSON at offset %1: %2")
                                         .arg(error.offset)
                                         .arg(error.errorString()))};
    }
    Alert alert;
    alert.format = m_formatName;
    alert.title = describe(document);
    const QJsonObject root = document.object();
    if (!root.isEmpty()) {
        alert.id = asText(firstValue(root, {"candid", "diaSourceId", "alertId", "uuid", "id"}));
        alert.event = asText(firstValue(root, {"objectId", "diaObjectId", "locus_id", "name", "event_id"}));
        setDetection(alert, root);
    }
    if (!alert.id.isEmpty() && !alert.source.isEmpty())
        alert.id = alert.source + QLatin1Char(':') + alert.id;
    if (alert.id.isEmpty())
        alert.id = support::fallbackId(message, m_formatName);
    return support::one(std::move(alert));
}

} // namespace alertdeck::decode
