#include "IgwnAlertMapping.h"

#include <QCoreApplication>

#include "AlertTime.h"
#include "DecodeSupport.h"
#include "GwSkyMap.h"

namespace alertdeck::decode::mapping {
namespace {

using json::Object;

// GraceDB superevent prefixes: S (real), MS (mock data challenge), TS (test), and the G/M/T event
// prefixes before them. Only real candidates start with S or G.
bool isMockOrTest(const QString &supereventId)
{
    return supereventId.startsWith(QLatin1Char('M')) || supereventId.startsWith(QLatin1Char('T'));
}

// p_astro as the significance: the probability that the candidate is not terrestrial noise.
std::optional<double> astrophysicalProbability(const Object &event)
{
    const auto classification = json::objectMember(event, "classification");
    if (!classification)
        return std::nullopt;
    const auto terrestrial = json::number(*classification, "Terrestrial");
    if (!terrestrial)
        return std::nullopt;
    return 1.0 - *terrestrial;
}

QString coincidenceNote(const Object &alert)
{
    const auto coinc = json::objectMember(alert, "external_coinc");
    if (!coinc)
        return {};
    const QString observatory = json::string(*coinc, "observatory");
    const QString search = json::string(*coinc, "search");
    return QStringLiteral(", coincident with %1 %2").arg(observatory, search).trimmed();
}

// The sky map travels base64-encoded in JSON alerts; documentation excerpts cut it short, and an
// alert without a readable map keeps everything else.
QByteArray skyMapBytes(const Object &event)
{
    const std::string_view text = json::view(event, "skymap");
    const auto decoded = QByteArray::fromBase64Encoding(QByteArray::fromRawData(text.data(), qsizetype(text.size())),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    return decoded ? *decoded : QByteArray();
}

} // namespace

void applySkyMap(Alert &alert, QByteArrayView fits)
{
    QString error;
    const std::optional<SkyMapSummary> map = fits.isEmpty() ? std::nullopt : summarizeSkyMap(fits, &error);
    if (!map)
        return;
    alert.ra = map->ra;
    alert.dec = map->dec;
    alert.errorRadius = map->radius90();
    alert.title += QCoreApplication::translate("AlertDeck", ", 90% area %1 deg²").arg(qRound(map->area90));
}

Alert igwnAlert(const Object &message)
{
    Alert alert;
    alert.format = QStringLiteral("gcn.json");
    alert.source = QStringLiteral("IGWN");
    alert.event = json::string(message, "superevent_id");
    const QString rawType = json::string(message, "alert_type");
    alert.alertType = support::alertTypeCase(rawType);
    const QString created = time::normalizeIso(json::string(message, "time_created"));
    alert.test = isMockOrTest(alert.event);

    const auto event = json::objectMember(message, "event");
    if (event) {
        alert.time = time::normalizeIso(json::string(*event, "time"));
        alert.far = json::number(*event, "far");
        alert.score = astrophysicalProbability(*event);
    }
    // A retraction has no event; when it was issued is the only time it carries.
    if (alert.time.isNull())
        alert.time = created;

    if (!alert.event.isEmpty())
        alert.id = QStringList{alert.event, rawType, created}.join(QLatin1Char('-'));

    QString title = QStringLiteral("IGWN %1 %2").arg(alert.alertType, alert.event).simplified();
    if (event) {
        const QString group = json::string(*event, "group");
        const QString pipeline = json::string(*event, "pipeline");
        if (!group.isEmpty() || !pipeline.isEmpty())
            title += QStringLiteral(" (%1/%2)").arg(group, pipeline);
        if (json::boolean(*event, "significant") == false)
            title += QStringLiteral(", low significance");
    }
    title += coincidenceNote(message);
    if (alert.test)
        title += QStringLiteral(" (mock)");
    alert.title = title;
    if (event)
        applySkyMap(alert, skyMapBytes(*event));
    return alert;
}

} // namespace alertdeck::decode::mapping
