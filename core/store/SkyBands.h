#pragma once

#include <optional>

namespace alertdeck::store {

// Positions are indexed by declination band (half a degree each) rather than by a (dec, ra) B-tree:
// new alerts then land at the end of one of 360 runs of the band index instead of at random places
// in it, which keeps ingest cheap, and a cone search reads the few bands it touches.
namespace sky {

constexpr double kBandDegrees = 0.5;

std::optional<int> band(const std::optional<double> &dec);

struct BandRange
{
    int first = 0;
    int last = 0;
    double minDec = 0;
    double maxDec = 0;
    // Right ascensions the cone can reach, as up to two intervals (two where it wraps past 0/360;
    // the second is empty, min > max, otherwise). A cheap test before the exact distance.
    double raMin[2] = {0, 1};
    double raMax[2] = {360, 0};
};
// The bands a cone of `radius` degrees around (ra, dec) can touch.
BandRange bandsForCone(double ra, double dec, double radius);

// Great-circle distance in degrees (haversine, accurate for small separations too).
double separation(double ra1, double dec1, double ra2, double dec2);

} // namespace sky
} // namespace alertdeck::store
