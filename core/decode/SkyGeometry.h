#pragma once

#include <QString>

#include <optional>

namespace alertdeck::decode::sky {

// Angular separation of two ICRS positions, degrees.
double separation(double ra1, double dec1, double ra2, double dec2);

// Right ascension as streams write it: decimal degrees ("329.5158", "103.7861d") or sexagesimal
// hours ("23:00:04.13", "06h 55m 09s"). Null when it is neither or out of range.
std::optional<double> parseRa(const QString &text);
// Declination: decimal degrees or sexagesimal degrees ("+17:50:53.2", "-05d 52' 18\"").
std::optional<double> parseDec(const QString &text);

} // namespace alertdeck::decode::sky
