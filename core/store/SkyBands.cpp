#include "SkyBands.h"

#include <algorithm>
#include <cmath>

namespace alertdeck::store::sky {
namespace {

constexpr double kDegree = M_PI / 180.0;
constexpr int kLastBand = int(180.0 / kBandDegrees) - 1;

int bandOf(double dec)
{
    return std::clamp(int(std::floor((dec + 90.0) / kBandDegrees)), 0, kLastBand);
}

} // namespace

std::optional<int> band(const std::optional<double> &dec)
{
    if (!dec || !std::isfinite(*dec))
        return std::nullopt;
    return bandOf(*dec);
}

BandRange bandsForCone(double ra, double dec, double radius)
{
    BandRange range;
    range.minDec = std::max(-90.0, dec - radius);
    range.maxDec = std::min(90.0, dec + radius);
    range.first = bandOf(range.minDec);
    range.last = bandOf(range.maxDec);
    const double farthestDec = std::max(std::abs(range.minDec), std::abs(range.maxDec));
    if (farthestDec >= 90.0 - 1e-9 || radius >= 90.0)
        return range; // a pole is inside: every right ascension
    // Half-width in ra at the cone's widest point, bounded generously by the farthest declination.
    const double halfWidth = std::asin(std::min(1.0, std::sin(radius * kDegree) / std::cos(farthestDec * kDegree))) / kDegree;
    if (halfWidth >= 180.0 - 1e-9)
        return range;
    const double low = ra - halfWidth;
    const double high = ra + halfWidth;
    range.raMin[0] = std::max(0.0, low);
    range.raMax[0] = std::min(360.0, high);
    if (low < 0) {
        range.raMin[1] = low + 360.0;
        range.raMax[1] = 360.0;
    } else if (high > 360.0) {
        range.raMin[1] = 0.0;
        range.raMax[1] = high - 360.0;
    }
    return range;
}

double separation(double ra1, double dec1, double ra2, double dec2)
{
    const double sinDec = std::sin((dec2 - dec1) * kDegree / 2);
    const double sinRa = std::sin((ra2 - ra1) * kDegree / 2);
    const double h = sinDec * sinDec + std::cos(dec1 * kDegree) * std::cos(dec2 * kDegree) * sinRa * sinRa;
    return 2 * std::asin(std::min(1.0, std::sqrt(h))) / kDegree;
}

} // namespace alertdeck::store::sky
