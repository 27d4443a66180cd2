#include "GcnTextDecoder.h"

#include "AlertTime.h"
#include "DecodeSupport.h"
#include "TextHeaderFields.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace alertdeck::decode {
namespace {

constexpr double kSecondsPerJulianYear = 365.25 * 86400.0;

QString firstOf(const TextHeaderFields &fields, std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        const QString value = fields.value(QLatin1String(key));
        if (!value.isEmpty())
            return value;
    }
    return {};
}

std::optional<double> leadingNumber(const QString &text)
{
    static const QRegularExpression number(QStringLiteral(R"(^\s*([+-]?\d+(?:\.\d*)?(?:[eE][+-]?\d+)?))"));
    const QRegularExpressionMatch match = number.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1).toDouble();
}

// "[arcmin radius, stat-only, 90% containment]" -> degrees per unit.
double angleUnit(const QString &text)
{
    if (text.contains(QLatin1String("arcmin")))
        return 1.0 / 60.0;
    if (text.contains(QLatin1String("arcsec")))
        return 1.0 / 3600.0;
    return 1.0;
}

// "20412 TJD; 103 DOY; 24/04/12 (yy/mm/dd)" and "20026 SOD {05:33:46.89} UT": the braces give the
// fraction of the second, which the SOD integer may have dropped.
QString noticeTime(const QString &date, const QString &clock)
{
    static const QRegularExpression tjdPattern(QStringLiteral(R"((\d+)\s*TJD)"));
    static const QRegularExpression hmsPattern(QStringLiteral(R"(\{\s*(\d+):(\d+):(\d+(?:\.\d*)?)\s*\})"));
    static const QRegularExpression sodPattern(QStringLiteral(R"((\d+(?:\.\d*)?)\s*SOD)"));
    const QRegularExpressionMatch tjd = tjdPattern.match(date);
    if (!tjd.hasMatch())
        return {};
    double seconds = -1.0;
    if (const QRegularExpressionMatch hms = hmsPattern.match(clock); hms.hasMatch())
        seconds = hms.captured(1).toDouble() * 3600 + hms.captured(2).toDouble() * 60 + hms.captured(3).toDouble();
    else if (const QRegularExpressionMatch sod = sodPattern.match(clock); sod.hasMatch())
        seconds = sod.captured(1).toDouble();
    if (seconds < 0)
        return {};
    return time::fromTjdSod(tjd.captured(1).toLongLong(), seconds);
}

QString missionSource(const QString &title, const QString &noticeType)
{
    static const QRegularExpression missionPattern(QStringLiteral(R"(GCN/(\S+)\s+NOTICE)"));
    const QString mission = missionPattern.match(title).captured(1).toUpper();
    const QString type = noticeType.toUpper();
    if (type.contains(QLatin1String("ICECUBE")))
        return QStringLiteral("IceCube");
    if (mission == QLatin1String("LVC") || mission == QLatin1String("LVK"))
        return QStringLiteral("IGWN");
    for (const char *instrument : {"BAT", "XRT", "UVOT", "GBM", "LAT"}) {
        if (type.contains(QLatin1String(instrument))) {
            const QString base = mission == QLatin1String("FERMI") ? QStringLiteral("Fermi") : QStringLiteral("Swift");
            return base + QLatin1Char('-') + QLatin1String(instrument);
        }
    }
    return mission.isEmpty() ? QStringLiteral("GCN") : mission;
}

QString alertType(const TextHeaderFields &fields, const QString &noticeType)
{
    for (const char *kind : {"Preliminary", "Initial", "Update", "Retraction", "EarlyWarning"}) {
        if (noticeType.contains(QLatin1String(kind), Qt::CaseInsensitive))
            return QLatin1String(kind);
    }
    if (const auto revision = leadingNumber(fields.value(QStringLiteral("REVISION"))))
        return *revision == 0 ? QStringLiteral("Initial") : QStringLiteral("Update");
    return noticeType;
}

void setMeasurements(Alert &alert, const TextHeaderFields &fields)
{
    alert.ra = leadingNumber(firstOf(fields, {"SRC_RA", "GRB_RA", "EVENT_RA", "POINT_RA"}));
    alert.dec = leadingNumber(firstOf(fields, {"SRC_DEC", "GRB_DEC", "EVENT_DEC", "POINT_DEC"}));
    const QString error = firstOf(fields, {"SRC_ERROR", "GRB_ERROR", "EVENT_ERROR", "SRC_ERROR90"});
    if (const auto radius = leadingNumber(error); radius && *radius > 0)
        alert.errorRadius = *radius * angleUnit(error);
    const QString far = fields.value(QStringLiteral("FAR"));
    if (const auto rate = leadingNumber(far))
        alert.far = far.contains(QLatin1String("yr")) ? *rate / kSecondsPerJulianYear : *rate;
    alert.score = leadingNumber(firstOf(fields, {"SIGNALNESS", "SIGNIF", "TRIGGER_SIGNIF"}));
}

} // namespace

QString GcnTextDecoder::name() const
{
    return QStringLiteral("gcn.text");
}

bool GcnTextDecoder::recognizes(const RawMessage &message) const
{
    const QByteArrayView head = support::head(message.payload, 1024).trimmed();
    return head.startsWith("TITLE:") && support::contains(head, "NOTICE_TYPE:");
}

QVector<Alert> GcnTextDecoder::decode(const RawMessage &message) const
{
    const QString text = QString::fromUtf8(message.payload);
    const TextHeaderFields fields(text, false);
    const QString noticeType = fields.value(QStringLiteral("NOTICE_TYPE"));
    if (noticeType.isEmpty()) {
        return {support::undecodable(message, name(),
                                     QCoreApplication::translate("AlertDeck", "GCN text notice without NOTICE_TYPE"))};
    }
    Alert alert;
    alert.format = name();
    alert.source = missionSource(fields.value(QStringLiteral("TITLE")), noticeType);
    alert.alertType = alertType(fields, noticeType);
    const QString run = fields.value(QStringLiteral("RUN_NUM"));
    const QString event = fields.value(QStringLiteral("EVENT_NUM"));
    alert.event = !run.isEmpty() && !event.isEmpty() ? run + QLatin1Char('_') + event
                                                     : firstOf(fields, {"TRIGGER_NUM", "TRIGGER_ID", "EVENT_ID"});
    alert.time = noticeTime(firstOf(fields, {"DISCOVERY_DATE", "GRB_DATE", "EVENT_DATE", "TRIGGER_DATE"}),
                            firstOf(fields, {"DISCOVERY_TIME", "GRB_TIME", "EVENT_TIME", "TRIGGER_TIME"}));
    setMeasurements(alert, fields);
    alert.test = noticeType.contains(QLatin1String("test"), Qt::CaseInsensitive)
                 || fields.value(QStringLiteral("TITLE")).contains(QLatin1String("test"), Qt::CaseInsensitive);
    const QString revision = firstOf(fields, {"REVISION", "SEQUENCE_NUM", "PKT_SER_NUM"});
    if (alert.event.isEmpty())
        alert.id = support::fallbackId(message, name());
    else
        alert.id = noticeType + QLatin1Char(':') + alert.event + (revision.isEmpty() ? QString() : QLatin1Char('#') + revision);
    alert.title = QStringList{noticeType, alert.event}.join(QLatin1Char(' ')).trimmed();
    return support::one(std::move(alert));
}

} // namespace alertdeck::decode
