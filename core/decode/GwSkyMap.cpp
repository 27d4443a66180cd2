#include "GwSkyMap.h"

#include <QCoreApplication>

#include <fitsio.h>
#include <healpix_base.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <numeric>
#include <vector>

namespace alertdeck::decode {
namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr double kDegreesPerRadian = 180.0 / kPi;
constexpr int kMaxOrder = 29; // HEALPix's deepest level with 64-bit indices

struct FitsCloser
{
    void operator()(fitsfile *file) const
    {
        int status = 0;
        fits_close_file(file, &status);
    }
};
using FitsHandle = std::unique_ptr<fitsfile, FitsCloser>;

QString fitsError(int status)
{
    char text[FLEN_STATUS] = {};
    fits_get_errstatus(status, text);
    return QCoreApplication::translate("AlertDeck", "sky map: %1").arg(QString::fromLatin1(text));
}

// A multi-order pixel: its level and its index in the NESTED scheme of that level
// (UNIQ = 4 * 4^order + ipix).
struct Pixel
{
    int order = 0;
    int64 index = 0;
    double density = 0; // per steradian
    double steradians() const { return 4.0 * kPi / (12.0 * std::ldexp(1.0, 2 * order)); }
};

std::optional<Pixel> pixelOf(long long uniq, double density)
{
    if (uniq < 4 || !std::isfinite(density) || density < 0)
        return std::nullopt;
    int log2 = 0;
    while ((uniq >> (log2 + 1)) != 0)
        ++log2;
    const int order = log2 / 2 - 1;
    if (order > kMaxOrder)
        return std::nullopt;
    return Pixel{order, int64(uniq - (4LL << (2 * order))), density};
}

struct Table
{
    std::vector<long long> uniq;
    std::vector<double> density;
};

std::optional<Table> readTable(fitsfile *file, QString *error)
{
    int status = 0;
    int type = 0;
    int uniqColumn = 0;
    int densityColumn = 0;
    long rows = 0;
    fits_movabs_hdu(file, 2, &type, &status);
    if (status == 0 && type != BINARY_TBL) {
        *error = QCoreApplication::translate("AlertDeck", "sky map: the second HDU is not a binary table");
        return std::nullopt;
    }
    fits_get_colnum(file, CASEINSEN, const_cast<char *>("UNIQ"), &uniqColumn, &status);
    fits_get_colnum(file, CASEINSEN, const_cast<char *>("PROBDENSITY"), &densityColumn, &status);
    fits_get_num_rows(file, &rows, &status);
    if (status != 0) {
        *error = fitsError(status);
        return std::nullopt;
    }
    Table table{std::vector<long long>(size_t(rows)), std::vector<double>(size_t(rows))};
    int anyNull = 0;
    fits_read_col(file, TLONGLONG, uniqColumn, 1, 1, rows, nullptr, table.uniq.data(), &anyNull, &status);
    fits_read_col(file, TDOUBLE, densityColumn, 1, 1, rows, nullptr, table.density.data(), &anyNull, &status);
    if (status != 0) {
        *error = fitsError(status);
        return std::nullopt;
    }
    return table;
}

std::optional<std::vector<Pixel>> readPixels(QByteArrayView fits, QString *error)
{
    // Read-only memory file: CFITSIO neither writes to nor reallocates the buffer.
    void *buffer = const_cast<char *>(fits.data());
    size_t size = size_t(fits.size());
    fitsfile *opened = nullptr;
    int status = 0;
    fits_open_memfile(&opened, "skymap.fits", READONLY, &buffer, &size, 0, nullptr, &status);
    FitsHandle file(opened);
    if (status != 0) {
        *error = fitsError(status);
        return std::nullopt;
    }
    const std::optional<Table> table = readTable(file.get(), error);
    if (!table)
        return std::nullopt;
    std::vector<Pixel> pixels;
    pixels.reserve(table->uniq.size());
    for (size_t i = 0; i < table->uniq.size(); ++i) {
        const std::optional<Pixel> pixel = pixelOf(table->uniq[i], table->density[i]);
        if (!pixel) {
            *error = QCoreApplication::translate("AlertDeck", "sky map: pixel %1 is not a valid multi-order pixel")
                         .arg(table->uniq[i]);
            return std::nullopt;
        }
        pixels.push_back(*pixel);
    }
    if (pixels.empty()) {
        *error = QCoreApplication::translate("AlertDeck", "sky map: the table has no pixels");
        return std::nullopt;
    }
    return pixels;
}

// The smallest set of pixels holding 90% of the probability: the densest first.
double credibleArea90(std::vector<Pixel> pixels)
{
    std::sort(pixels.begin(), pixels.end(), [](const Pixel &a, const Pixel &b) { return a.density > b.density; });
    const double total = std::accumulate(pixels.begin(), pixels.end(), 0.0, [](double sum, const Pixel &pixel) {
        return sum + pixel.density * pixel.steradians();
    });
    double probability = 0;
    double area = 0;
    for (const Pixel &pixel : pixels) {
        if (probability >= 0.9 * total)
            break;
        probability += pixel.density * pixel.steradians();
        area += pixel.steradians();
    }
    return area * kDegreesPerRadian * kDegreesPerRadian;
}

} // namespace

double SkyMapSummary::radius90() const
{
    return std::sqrt(area90 / kPi);
}

std::optional<SkyMapSummary> summarizeSkyMap(QByteArrayView fits, QString *error)
{
    std::optional<std::vector<Pixel>> pixels = readPixels(fits, error);
    if (!pixels)
        return std::nullopt;
    const Pixel densest = *std::max_element(pixels->begin(), pixels->end(),
                                            [](const Pixel &a, const Pixel &b) { return a.density < b.density; });
    const pointing centre = Healpix_Base2(densest.order, NEST).pix2ang(densest.index);
    SkyMapSummary summary;
    summary.ra = centre.phi * kDegreesPerRadian;
    summary.dec = 90.0 - centre.theta * kDegreesPerRadian;
    summary.area90 = credibleArea90(std::move(*pixels));
    return summary;
}

} // namespace alertdeck::decode
