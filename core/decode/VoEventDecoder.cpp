#include "VoEventDecoder.h"

#include "AlertTime.h"
#include "DecodeSupport.h"
#include "VoEventFields.h"
#include "VoEventJsonReader.h"
#include "VoEventOrigin.h"
#include "VoEventXmlReader.h"

#include <QCoreApplication>

namespace alertdeck::decode {
namespace {

using Params = QHash<QString, VoEventFields::Param>;

constexpr double kSecondsPerJulianYear = 365.25 * 86400.0;

std::optional<double> paramNumber(const Params &params, const QString &name)
{
    const auto found = params.constFind(name);
    if (found == params.cend())
        return std::nullopt;
    bool ok = false;
    const double value = found->value.trimmed().toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

QString paramText(const Params &params, const QString &name)
{
    return params.value(name).value.trimmed();
}

bool paramTrue(const Params &params, const QString &name)
{
    const QString value = paramText(params, name);
    return value.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0 || value == QLatin1String("1");
}

// GCN flags test traffic in role (test, utility) and, inside observation packets, in flags.
bool isTest(const VoEventFields &fields)
{
    if (fields.role == QLatin1String("test") || fields.role == QLatin1String("utility"))
        return true;
    for (const char *flag : {"Test", "Test_Submission", "Test_Notice", "InternalTest"}) {
        if (paramTrue(fields.params, QLatin1String(flag)))
            return true;
    }
    return false;
}

// FAR in Hz; IceCube/AMON send it per year, and say so in the unit.
std::optional<double> farHz(const Params &params)
{
    const std::optional<double> far = paramNumber(params, QStringLiteral("FAR"));
    if (!far)
        return std::nullopt;
    const QString unit = params.value(QStringLiteral("FAR")).unit.trimmed().toLower();
    if (unit == QLatin1String("yr^-1") || unit == QLatin1String("/yr") || unit == QLatin1String("per year"))
        return *far / kSecondsPerJulianYear;
    if (unit == QLatin1String("day^-1") || unit == QLatin1String("/day"))
        return *far / 86400.0;
    return far;
}

std::optional<double> score(const Params &params)
{
    const std::optional<double> terrestrial = paramNumber(params, QStringLiteral("Terrestrial"));
    if (terrestrial)
        return 1.0 - *terrestrial;
    for (const char *name : {"signalness", "Signalness", "Rate_Signif", "Image_Signif", "Data_Signif", "Trig_Signif"}) {
        if (const auto value = paramNumber(params, QLatin1String(name)))
            return value;
    }
    return std::nullopt;
}

QString alertType(const VoEventFields &fields, const QString &fromIvorn)
{
    const Params &params = fields.params;
    const QString lvcType = paramText(params, QStringLiteral("AlertType"));
    if (!lvcType.isEmpty())
        return lvcType;
    if (paramTrue(params, QStringLiteral("Retraction")))
        return QStringLiteral("Retraction");
    // IceCube: revision 0 is the first notice about an event, later revisions update it.
    if (const auto revision = paramNumber(params, QStringLiteral("Rev")))
        return *revision == 0 ? QStringLiteral("Initial") : QStringLiteral("Update");
    return fromIvorn.isEmpty() ? QString() : fromIvorn;
}

// GCN's UVOT notices label Burst_Mag "mag" but send hundredths of a magnitude (1788 = 17.88).
std::optional<double> magnitude(const VoEventFields &fields)
{
    constexpr double kImpossibleMagnitude = 100.0;
    if (const auto uvot = paramNumber(fields.params, QStringLiteral("Burst_Mag")); uvot && *uvot >= kImpossibleMagnitude)
        return *uvot / 100.0;
    return fields.magnitude;
}

QString eventName(const VoEventFields &fields)
{
    const Params &params = fields.params;
    for (const QString &candidate : {paramText(params, QStringLiteral("GraceID")), fields.inferenceName,
                                     paramText(params, QStringLiteral("Source_Name")),
                                     paramText(params, QStringLiteral("TrigID"))}) {
        if (!candidate.isEmpty())
            return candidate;
    }
    const QString run = paramText(params, QStringLiteral("run_id"));
    const QString event = paramText(params, QStringLiteral("event_id"));
    if (!run.isEmpty() && !event.isEmpty())
        return run + QLatin1Char('_') + event;
    return {};
}

QString eventTime(const VoEventFields &fields)
{
    const QString iso = time::normalizeIso(fields.isoTime);
    if (!iso.isNull())
        return iso;
    for (const char *prefix : {"Burst", "Event"}) {
        const auto tjd = paramNumber(fields.params, QLatin1String(prefix) + QLatin1String("_TJD"));
        const auto sod = paramNumber(fields.params, QLatin1String(prefix) + QLatin1String("_SOD"));
        if (tjd && sod)
            return time::fromTjdSod(qint64(*tjd), *sod);
    }
    return {};
}

// GCN writes 0,0 with a zero error where a notice carries no position (GBM Alert, test packets).
void setPosition(Alert &alert, const VoEventFields &fields)
{
    if (!fields.c1 || !fields.c2)
        return;
    const QString unit = fields.positionUnit.trimmed();
    if (!unit.isEmpty() && unit != QLatin1String("deg"))
        return;
    const double error = fields.errorRadius.value_or(0.0);
    if (*fields.c1 == 0.0 && *fields.c2 == 0.0 && error == 0.0)
        return;
    alert.ra = fields.c1;
    alert.dec = fields.c2;
    if (error > 0.0)
        alert.errorRadius = error;
}

} // namespace

QString VoEventDecoder::name() const
{
    return QStringLiteral("gcn.voevent");
}

bool VoEventDecoder::recognizes(const RawMessage &message) const
{
    QByteArrayView head = support::head(message.payload, 1024).trimmed();
    if (head.startsWith("\xEF\xBB\xBF")) // a UTF-8 byte order mark, as some XML writers add
        head = head.sliced(3).trimmed();
    if (head.startsWith('<'))
        return support::contains(head, "VOEvent");
    return VoEventJsonReader::looksLikeVoEventJson(message.payload);
}

QVector<Alert> VoEventDecoder::decode(const RawMessage &message) const
{
    if (message.payload.trimmed().isEmpty()) {
        return {support::undecodable(message, name(), QCoreApplication::translate("AlertDeck", "empty VOEvent payload"))};
    }
    const bool isJson = VoEventJsonReader::looksLikeVoEventJson(message.payload);
    const VoEventFields fields = isJson ? VoEventJsonReader::read(message.payload)
                                        : VoEventXmlReader::read(message.payload);
    Alert alert = normalize(fields);
    if (alert.id.isEmpty())
        alert.id = support::fallbackId(message, alert.format);
    if (alert.title.trimmed().isEmpty())
        alert.title = support::titleLine(QString::fromUtf8(message.payload.left(4096)));
    alert.decodeError = fields.readError;
    return support::one(std::move(alert));
}

Alert VoEventDecoder::normalize(const VoEventFields &fields)
{
    Alert alert;
    alert.format = QStringLiteral("gcn.voevent");
    alert.id = fields.ivorn.trimmed();
    const VoEventOrigin origin = VoEventOrigin::fromIvorn(fields.ivorn, fields.authorShortName);
    alert.source = origin.source;
    alert.alertType = alertType(fields, origin.alertType);
    alert.event = eventName(fields);
    alert.time = eventTime(fields);
    setPosition(alert, fields);
    alert.far = farHz(fields.params);
    alert.score = score(fields.params);
    alert.mag = magnitude(fields);
    alert.test = isTest(fields);

    QStringList title{alert.source};
    if (!alert.alertType.isEmpty())
        title << alert.alertType;
    if (!alert.event.isEmpty())
        title << alert.event;
    // Brokers outside GCN (Gaia, ASAS-SN) say what the event is only in words.
    if (alert.event.isEmpty() && alert.alertType.isEmpty() && !fields.whatDescription.isEmpty())
        title << QStringLiteral("-") << fields.whatDescription;
    if (alert.test)
        title << QStringLiteral("(test)");
    alert.title = title.join(QLatin1Char(' ')).simplified();
    return alert;
}

} // namespace alertdeck::decode
