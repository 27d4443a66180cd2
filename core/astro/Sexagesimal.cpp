#include "Sexagesimal.h"

#include <erfa.h>
#include <erfam.h>

namespace alertdeck::astro {
namespace {

QString format(char sign, const int parts[4], int secondDecimals)
{
    QString text = QStringLiteral("%1:%2:%3").arg(parts[0], 2, 10, QLatin1Char('0')).arg(parts[1], 2, 10, QLatin1Char('0')).arg(parts[2], 2, 10, QLatin1Char('0'));
    if (secondDecimals > 0)
        text += QLatin1Char('.') + QStringLiteral("%1").arg(parts[3], secondDecimals, 10, QLatin1Char('0'));
    return sign == '-' ? QLatin1Char('-') + text : text;
}

} // namespace

QString raToSexagesimal(double raDegrees, int secondDecimals)
{
    // Normalized into [0, 360) first: eraA2tf would otherwise print 24:00:00 or a negative hour.
    const double radians = eraAnp(raDegrees * ERFA_DD2R);
    char sign = '+';
    int parts[4];
    eraA2tf(secondDecimals, radians, &sign, parts);
    if (parts[0] == 24) // 359.99999 deg rounds up to a full day
        parts[0] = 0;
    return format('+', parts, secondDecimals);
}

QString decToSexagesimal(double decDegrees, int secondDecimals)
{
    char sign = '+';
    int parts[4];
    eraA2af(secondDecimals, decDegrees * ERFA_DD2R, &sign, parts);
    const QString text = format(sign, parts, secondDecimals);
    return sign == '-' ? text : QLatin1Char('+') + text;
}

} // namespace alertdeck::astro
