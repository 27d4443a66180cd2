#include "AlertTime.h"

#include <QDateTime>
#include <QRegularExpression>

#include <cmath>

namespace alertdeck::decode::time {
namespace {

constexpr double kMjdOfUnixEpoch = 40587.0;
constexpr double kTjdToMjd = 40000.0; // TJD 0 is MJD 40000 (1968-05-24)
constexpr double kJdToMjd = 2400000.5;
constexpr double kMsPerDay = 86400000.0;
// Beyond these the number is garbage (a wrong packet layout), not a date worth printing.
constexpr double kMinMjd = 0.0;      // 1858-11-17
constexpr double kMaxMjd = 100000.0; // 2132

} // namespace

QString fromUnixMs(qint64 milliseconds)
{
    return QDateTime::fromMSecsSinceEpoch(milliseconds, Qt::UTC).toString(Qt::ISODateWithMs);
}

QString fromMjd(double mjd)
{
    if (!std::isfinite(mjd) || mjd < kMinMjd || mjd > kMaxMjd)
        return {};
    return fromUnixMs(std::llround((mjd - kMjdOfUnixEpoch) * kMsPerDay));
}

QString fromJd(double jd)
{
    return fromMjd(jd - kJdToMjd);
}

QString fromTjdSod(qint64 tjd, double secondsOfDay)
{
    if (secondsOfDay < 0 || secondsOfDay > 86401.0)
        return {};
    return fromMjd(double(tjd) + kTjdToMjd + secondsOfDay / 86400.0);
}

QString normalizeIso(QStringView text)
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(^\s*(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|UTC|[+-]\d{2}:?\d{2})?\s*$)"));
    const QRegularExpressionMatch match = pattern.match(text.toString());
    if (!match.hasMatch())
        return {};
    const QString zone = match.captured(3);
    QString clock = match.captured(2);
    if (clock.size() == 5)
        clock += QStringLiteral(":00");
    const QString local = match.captured(1) + QLatin1Char('T') + clock;
    if (zone.isEmpty() || zone == QLatin1String("Z") || zone == QLatin1String("UTC")
        || zone.mid(1).remove(QLatin1Char(':')) == QLatin1String("0000"))
        return local + QLatin1Char('Z');
    // A real offset: let QDateTime do the arithmetic (millisecond precision is plenty here).
    const QDateTime withZone = QDateTime::fromString(local + zone, Qt::ISODateWithMs);
    if (!withZone.isValid())
        return {};
    return withZone.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace alertdeck::decode::time
