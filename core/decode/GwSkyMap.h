#pragma once

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace alertdeck::decode {

// What a gravitational-wave sky map says, in the few numbers an alert table shows.
struct SkyMapSummary
{
    double ra = 0;     // centre of the most probable pixel, ICRS degrees
    double dec = 0;
    double area90 = 0; // the 90% credible region, square degrees

    // The radius of a circle as large as the 90% region, degrees: the normalized record's
    // error_radius for an alert whose uncertainty is a sky map rather than a circle.
    double radius90() const;
};

// Reads a multi-order HEALPix sky map (the *.multiorder.fits file IGWN alerts carry: a binary
// table of UNIQ pixel indices and PROBDENSITY in sr^-1) from memory, with CFITSIO and HEALPix C++.
std::optional<SkyMapSummary> summarizeSkyMap(QByteArrayView fits, QString *error);

} // namespace alertdeck::decode
