#include "AlertTime.h"

#include <QDateTime>

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

namespace {

bool digits(QStringView text, qsizetype from, qsizetype count)
{
    if (from + count > text.size())
        return false;
    for (qsizetype i = from; i < from + count; ++i) {
        if (!text[i].isDigit())
            return false;
    }
    return true;
}

bool isUtcZone(QStringView zone)
{
    if (zone.isEmpty() || zone == QLatin1String("Z") || zone == QLatin1String("UTC"))
        return true;
    return zone == QLatin1String("+00:00") || zone == QLatin1String("+0000") || zone == QLatin1String("-00:00")
           || zone == QLatin1String("+00");
}

// YYYY-MM-DDThh:mm:ss[.f...]Z, exactly what normalizeIso() makes of it.
bool isNormalIso(std::string_view text)
{
    const auto digitsAt = [text](size_t from, size_t count) {
        for (size_t i = from; i < from + count; ++i) {
            if (i >= text.size() || text[i] < '0' || text[i] > '9')
                return false;
        }
        return true;
    };
    if (text.size() < 20 || !digitsAt(0, 4) || text[4] != '-' || !digitsAt(5, 2) || text[7] != '-'
        || !digitsAt(8, 2) || text[10] != 'T' || !digitsAt(11, 2) || text[13] != ':' || !digitsAt(14, 2)
        || text[16] != ':' || !digitsAt(17, 2))
        return false;
    size_t end = 19;
    if (text[end] == '.' && digitsAt(end + 1, 1)) {
        end += 2;
        while (end < text.size() && text[end] >= '0' && text[end] <= '9')
            ++end;
    }
    return end + 1 == text.size() && text[end] == 'Z';
}

} // namespace

QString normalizeIso(std::string_view utf8)
{
    if (isNormalIso(utf8))
        return QString::fromLatin1(utf8.data(), qsizetype(utf8.size()));
    return normalizeIso(QString::fromUtf8(utf8.data(), qsizetype(utf8.size())));
}

// Hand-written rather than a regular expression: this runs for every GCN notice on the hot path.
QString normalizeIso(QStringView text)
{
    text = text.trimmed();
    // YYYY-MM-DD[T ]hh:mm
    if (!digits(text, 0, 4) || text.size() < 16 || text[4] != QLatin1Char('-') || !digits(text, 5, 2)
        || text[7] != QLatin1Char('-') || !digits(text, 8, 2) || (text[10] != QLatin1Char('T') && text[10] != QLatin1Char(' '))
        || !digits(text, 11, 2) || text[13] != QLatin1Char(':') || !digits(text, 14, 2))
        return {};
    qsizetype end = 16;
    const bool hasSeconds = end < text.size() && text[end] == QLatin1Char(':');
    if (hasSeconds) {
        if (!digits(text, end + 1, 2))
            return {};
        end += 3;
        if (end < text.size() && text[end] == QLatin1Char('.') && digits(text, end + 1, 1)) {
            end += 2;
            while (end < text.size() && text[end].isDigit())
                ++end;
        }
    }
    const QStringView zone = text.mid(end).trimmed();
    QString local;
    local.reserve(end + 4);
    local.append(text.left(10)).append(QLatin1Char('T')).append(text.mid(11, end - 11));
    if (!hasSeconds)
        local.append(QLatin1String(":00"));
    if (isUtcZone(zone))
        return local.append(QLatin1Char('Z'));
    // A real offset: let QDateTime do the arithmetic (millisecond precision is plenty here).
    const QDateTime withZone = QDateTime::fromString(local + zone.toString(), Qt::ISODateWithMs);
    if (!withZone.isValid())
        return {};
    return withZone.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace alertdeck::decode::time
