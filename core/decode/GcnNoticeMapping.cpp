#include "GcnNoticeMapping.h"

#include "AlertTime.h"
#include "DecodeSupport.h"
#include "RecentValues.h"
#include "SkyGeometry.h"

#include <QHash>

#include <algorithm>
#include <array>
#include <string>
#include <string_view>

namespace alertdeck::decode::mapping {
namespace {

using json::Element;
using json::Object;

// How the mission and instrument folders of gcn-schema's notice paths are written in a source name.
QString displayName(const QString &folder)
{
    static const QHash<QString, QString> names{
        {QStringLiteral("fermi"), QStringLiteral("Fermi")},
        {QStringLiteral("swift"), QStringLiteral("Swift")},
        {QStringLiteral("einstein_probe"), QStringLiteral("EP")},
        {QStringLiteral("svom"), QStringLiteral("SVOM")},
        {QStringLiteral("icecube"), QStringLiteral("IceCube")},
        {QStringLiteral("km3net"), QStringLiteral("KM3NeT")},
        {QStringLiteral("maxi"), QStringLiteral("MAXI")},
        {QStringLiteral("chime"), QStringLiteral("CHIME")},
        {QStringLiteral("dsa110"), QStringLiteral("DSA-110")},
        {QStringLiteral("superk"), QStringLiteral("Super-Kamiokande")},
        {QStringLiteral("burstcube"), QStringLiteral("BurstCube")},
        {QStringLiteral("glowbug"), QStringLiteral("Glowbug")},
        {QStringLiteral("boom"), QStringLiteral("BOOM")},
        {QStringLiteral("heasarc"), QStringLiteral("HEASARC")},
        {QStringLiteral("lvk"), QStringLiteral("IGWN")},
        {QStringLiteral("gecam"), QStringLiteral("GECAM")},
        {QStringLiteral("calet"), QStringLiteral("CALET")},
        {QStringLiteral("integral"), QStringLiteral("INTEGRAL")},
    };
    const auto found = names.constFind(folder);
    return found != names.cend() ? *found : folder.toUpper();
}

struct SchemaPath
{
    QString mission;    // folder under notices/
    QString instrument; // folder below the mission, if the schema has one
    QString file;       // "trigger.schema.json"
};

// ".../gcn/notices/fermi/gbm/trigger.schema.json" -> {fermi, gbm, trigger.schema.json}
SchemaPath schemaPath(std::string_view url)
{
    constexpr std::string_view kNotices = "/notices/";
    const size_t at = url.find(kNotices);
    if (at == std::string_view::npos)
        return {};
    std::string_view rest = url.substr(at + kNotices.size());
    QStringList parts;
    while (!rest.empty()) {
        const size_t slash = rest.find('/');
        const std::string_view part = rest.substr(0, slash);
        if (!part.empty())
            parts << QString::fromUtf8(part.data(), qsizetype(part.size()));
        rest = slash == std::string_view::npos ? std::string_view() : rest.substr(slash + 1);
    }
    if (parts.size() < 2)
        return {};
    return {parts.first(), parts.size() > 2 ? parts.at(1) : QString(), parts.last()};
}

// What a notice's $schema URL tells about it. A stream sends notices of a handful of schemas, so
// the last few URLs are remembered per thread: taking each apart again cost a sixth of the
// mapping's time. (A QHash lookup of the URL was slower than taking it apart; a scan of eight
// remembered URLs made the decoder 16% faster.)
struct SchemaFacts
{
    QString mission;    // display name, e.g. "Fermi"
    QString instrument; // upper case, e.g. "GBM"
    bool test = false;  // a test.*.schema.json
};

SchemaFacts schemaFacts(std::string_view url)
{
    thread_local RecentValues<SchemaFacts> recent;
    return recent.get(url, [url] {
        const SchemaPath path = schemaPath(url);
        return SchemaFacts{path.mission.isEmpty() ? QString() : displayName(path.mission), path.instrument.toUpper(),
                           path.file.startsWith(QLatin1String("test."))};
    });
}

QString deriveSource(const Object &notice, const SchemaFacts &schema, bool instrumentFromNotice)
{
    QString mission = json::string(notice, "mission");
    if (mission.isEmpty())
        mission = schema.mission;
    const QString instrument = instrumentFromNotice ? json::string(notice, "instrument") : schema.instrument;
    return support::joinSource(mission, instrument);
}

// The string member, and whether it is absent or a string (a number would need its own text).
std::pair<std::string_view, bool> stringOrAbsent(const Object &notice, std::string_view key)
{
    const auto value = json::member(notice, key);
    std::string_view text;
    const bool absentOrText = !value || !value->get_string().get(text);
    return {text, absentOrText};
}

QString source(const Object &notice, const SchemaFacts &schema, std::string_view schemaUrl)
{
    // Neutrino detectors name their detector configuration ("IC86", "ORCA024") as the instrument;
    // the mission is what people filter on.
    const bool instrumentFromNotice = schema.instrument.isEmpty() && json::view(notice, "messenger") != "Neutrino";
    const auto [mission, missionIsText] = stringOrAbsent(notice, "mission");
    const auto [instrument, instrumentIsText] =
        instrumentFromNotice ? stringOrAbsent(notice, "instrument") : std::pair<std::string_view, bool>{{}, true};
    if (!missionIsText || !instrumentIsText)
        return deriveSource(notice, schema, instrumentFromNotice);
    thread_local RecentValues<QString> recent;
    thread_local std::string key;
    key.assign(schemaUrl).append(1, '\x1f').append(mission).append(1, '\x1f').append(instrument);
    key.append(1, instrumentFromNotice ? '1' : '0');
    return recent.get(key, [&] { return deriveSource(notice, schema, instrumentFromNotice); });
}

QString alertType(const Object &notice)
{
    const auto [type, isText] = stringOrAbsent(notice, "alert_type");
    if (!isText)
        return support::alertTypeCase(json::string(notice, "alert_type"));
    thread_local RecentValues<QString> recent;
    return recent.get(type, [type] { return support::alertTypeCase(QString::fromUtf8(type.data(), qsizetype(type.size()))); });
}

QString eventName(const Object &notice)
{
    for (const char *key : {"event_name", "known_source", "ref_ID", "target_name"}) {
        const QString name = json::firstString(notice, key);
        if (!name.isEmpty())
            return name;
    }
    return {};
}

// The first target of notices that carry a list of them (BOOM), else nothing.
std::optional<Object> firstTarget(const Object &notice)
{
    const auto data = json::objectMember(notice, "data");
    const auto targets = data ? json::member(*data, "targets") : std::nullopt;
    json::Array list;
    if (!targets || targets->get_array().get(list))
        return std::nullopt;
    for (Element target : list) {
        Object object;
        if (json::toObject(target, object))
            return object;
    }
    return std::nullopt;
}

// The newest magnitude among the photometry points of notices that carry any (BOOM).
std::optional<double> latestMagnitude(const Object &notice)
{
    const auto data = json::objectMember(notice, "data");
    const auto photometry = data ? json::member(*data, "photometry") : std::nullopt;
    json::Array points;
    if (!photometry || photometry->get_array().get(points))
        return std::nullopt;
    std::optional<double> magnitude;
    QString newest;
    for (Element point : points) {
        Object object;
        if (!json::toObject(point, object))
            continue;
        const auto mag = json::number(object, "mag");
        const QString when = json::string(object, "observation_start");
        if (mag && when >= newest) {
            magnitude = mag;
            newest = when;
        }
    }
    return magnitude;
}

// ra_dec_error is a radius, or an ellipse [a, b, angle] (CHIME, MAXI) or [a, b] (DSA-110):
// the semi-major axis is the radius that contains it.
std::optional<double> errorRadius(const Object &notice, std::optional<double> ra, std::optional<double> dec)
{
    if (const auto value = json::member(notice, "ra_dec_error")) {
        json::Array axes;
        if (value->get_array().get(axes))
            return json::number(*value);
        std::optional<double> largest;
        int index = 0;
        for (Element axis : axes) {
            if (index++ == 2)
                break;
            if (const auto length = json::number(axis))
                largest = std::max(largest.value_or(0.0), *length);
        }
        return largest;
    }
    // A rectangle (MAXI): the circle around the position through its farthest corner.
    const auto corners = json::member(notice, "rectangular_error_corners");
    json::Array cornerList;
    if (!corners || corners->get_array().get(cornerList) || !ra || !dec)
        return std::nullopt;
    std::optional<double> farthest;
    for (Element corner : cornerList) {
        Element cornerRa, cornerDec;
        if (!corner.is_array() || corner.at(0).get(cornerRa) || corner.at(1).get(cornerDec))
            continue;
        const auto cRa = json::number(cornerRa);
        const auto cDec = json::number(cornerDec);
        if (cRa && cDec)
            farthest = std::max(farthest.value_or(0.0), sky::separation(*ra, *dec, *cRa, *cDec));
    }
    return farthest;
}

std::optional<double> score(const Object &notice)
{
    for (const char *key : {"p_astro", "snr", "rate_snr", "image_snr", "importance"}) {
        if (const auto value = json::number(notice, key))
            return value;
    }
    return std::nullopt;
}

QString eventTime(const Object &notice)
{
    for (const char *key : {"trigger_time", "observation_start", "alert_datetime"}) {
        const QString value = time::normalizeIso(json::view(notice, key));
        if (!value.isNull())
            return value;
    }
    return {};
}

void setPosition(Alert &alert, const Object &notice)
{
    alert.ra = json::number(notice, "ra");
    alert.dec = json::number(notice, "dec");
    if (alert.ra && alert.dec)
        return;
    std::optional<Object> fallback = json::objectMember(notice, "most_probable_direction");
    if (!fallback)
        fallback = firstTarget(notice);
    if (fallback) {
        alert.ra = json::number(*fallback, "ra");
        alert.dec = json::number(*fallback, "dec");
    }
}

// The notice "id" names the trigger, shared by all notices about it; the record number (or, where
// a mission sends none, the alert type) tells the notices apart.
QString noticeId(const Alert &alert, const Object &notice, const QString &triggerId)
{
    QString key = triggerId;
    if (key.isEmpty())
        key = json::firstString(notice, "trigger_numbers");
    const bool hasTriggerId = !key.isEmpty();
    if (!hasTriggerId)
        key = alert.event;
    // Only notices without a trigger id need when they were issued (not on the hot path).
    const auto issued = [&] {
        const QString datetime = time::normalizeIso(json::string(notice, "alert_datetime"));
        return datetime.isNull() ? alert.time : datetime;
    };
    if (key.isEmpty()) {
        const QString when = issued();
        return when.isEmpty() ? QString() : alert.source + QLatin1Char('@') + when;
    }
    QString id;
    id.reserve(alert.source.size() + key.size() + qMax(qsizetype(20), alert.alertType.size()) + 2);
    id.append(alert.source).append(QLatin1Char(':')).append(key).append(QLatin1Char('#'));
    const qsizetype withoutRecord = id.size();
    const auto record = json::member(notice, "record_number");
    if (!record || !json::appendText(id, *record) || id.size() == withoutRecord) {
        id.truncate(withoutRecord - 1);
        if (!alert.alertType.isEmpty())
            id.append(QLatin1Char('#')).append(alert.alertType);
    }
    // Without a trigger id the event name repeats across notices; when they were issued does not.
    if (!hasTriggerId) {
        const QString when = issued();
        if (!when.isEmpty())
            id += QLatin1Char('@') + when;
    }
    return id;
}

// "Swift-BAT Initial notice GRB 250101A (test)", built in one allocation: appending piece by piece
// reallocated it three or four times per notice.
QString title(const Alert &alert, const QString &subject)
{
    const QString &source = alert.source.isEmpty() ? QStringLiteral("GCN") : alert.source;
    QString title;
    title.reserve(source.size() + alert.alertType.size() + subject.size() + 17);
    title.append(source);
    if (!alert.alertType.isEmpty())
        title.append(QLatin1Char(' ')).append(alert.alertType);
    title.append(QLatin1String(" notice"));
    if (!subject.isEmpty())
        title.append(QLatin1Char(' ')).append(subject);
    if (alert.test)
        title.append(QLatin1String(" (test)"));
    return title;
}

} // namespace

Alert gcnNotice(const Object &notice)
{
    Alert alert;
    alert.format = QStringLiteral("gcn.json");
    const std::string_view schemaUrl = json::view(notice, "$schema");
    const SchemaFacts schema = schemaFacts(schemaUrl);
    alert.source = source(notice, schema, schemaUrl);
    alert.event = eventName(notice);
    if (alert.event.isEmpty()) {
        if (const auto target = firstTarget(notice))
            alert.event = json::firstString(*target, "event_name");
    }
    alert.alertType = alertType(notice);
    alert.time = eventTime(notice);
    setPosition(alert, notice);
    alert.errorRadius = errorRadius(notice, alert.ra, alert.dec);
    alert.far = json::number(notice, "far");
    alert.score = score(notice);
    alert.mag = json::number(notice, "mag");
    if (!alert.mag)
        alert.mag = latestMagnitude(notice);
    alert.test = json::view(notice, "alert_tense") == "test" || schema.test;
    const QString triggerId = json::firstString(notice, "id");
    alert.id = noticeId(alert, notice, triggerId);
    alert.title = title(alert, alert.event.isEmpty() ? triggerId : alert.event);
    return alert;
}

} // namespace alertdeck::decode::mapping
