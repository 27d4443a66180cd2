#include "AstroTime.h"

#include <erfa.h>

#include <cmath>

namespace alertdeck::decode {

QString isoFromMjdTai(double mjd)
{
    constexpr double kMjdZero = 2400000.5;
    double utc1 = 0, utc2 = 0;
    int year = 0, month = 0, day = 0;
    int hmsf[4] = {};
    // Two-part Julian dates (MJD zero point + MJD) keep ERFA's arithmetic precise to microseconds.
    if (!std::isfinite(mjd) || eraTaiutc(kMjdZero, mjd, &utc1, &utc2) < 0
        || eraD2dtf("UTC", 3, utc1, utc2, &year, &month, &day, hmsf) < 0)
        return {};
    return QString::asprintf("%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", year, month, day, hmsf[0], hmsf[1], hmsf[2],
                             hmsf[3]);
}

} // namespace alertdeck::decode
