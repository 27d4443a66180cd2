#pragma once

#include <QString>
#include <QStringView>

#include <optional>
#include <string_view>

namespace alertdeck::decode::time {

// Every decoder reports `time` as ISO-8601 UTC ending in "Z"; these helpers turn the many encodings
// streams use (TJD + seconds of day, MJD, JD, Unix milliseconds, ISO strings with or without a zone)
// into that one form. Inputs are UTC-labelled already, so leap seconds never enter the arithmetic.

// ISO-8601 text as streams send it ("2024-08-24T02:14:40.43", "... 07:19:03.518831+00:00",
// "2016-09-25T11:16:48+00:00"); the fractional digits are kept as given. Null if it is not a
// date-time.
QString normalizeIso(QStringView text);
// The same for UTF-8 text (JSON strings): text already in the normal form (GCN's notices) becomes
// the result directly, without a UTF-16 copy to normalize first.
QString normalizeIso(std::string_view utf8);

// Truncated Julian Day (JD - 2440000.5, GCN Classic) plus seconds of that day.
QString fromTjdSod(qint64 tjd, double secondsOfDay);
QString fromMjd(double mjd);
QString fromJd(double jd);
QString fromUnixMs(qint64 milliseconds);

} // namespace alertdeck::decode::time
