#pragma once

#include <QString>

namespace alertdeck::decode {

// Rubin's midpointMjdTai (an MJD in TAI) as the record's ISO-8601 UTC string ("...Z", milliseconds).
// ERFA applies the leap seconds (37 s since 2017) that AlertTime's UTC-only helpers need not know.
// A null QString outside ERFA's calendar range (sample alerts carry placeholders like 1.48e9).
QString isoFromMjdTai(double mjd);

} // namespace alertdeck::decode
