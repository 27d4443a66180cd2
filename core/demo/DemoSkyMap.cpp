#include "DemoSkyMap.h"

#include "core/decode/SkyGeometry.h"

#include <fitsio.h>
#include <healpix_base.h>

#include <cmath>
#include <cstdlib>
#include <vector>

namespace alertdeck::demo {
namespace {

constexpr double kPi = 3.14159265358979323846;
// 12,288 pixels of ~1.8 degrees: fine enough for blobs of a few degrees, small enough (~200 KB of
// FITS, ~260 KB in base64) for the mock cluster's 1 MB message limit.
constexpr int kOrder = 5;

std::vector<double> densities(double ra, double dec, double sigma)
{
    const Healpix_Base2 base(kOrder, NEST);
    const double pixelSr = 4 * kPi / double(base.Npix());
    std::vector<double> density(size_t(base.Npix()));
    double total = 0;
    for (int64 pixel = 0; pixel < base.Npix(); ++pixel) {
        const pointing centre = base.pix2ang(pixel);
        const double distance = decode::sky::separation(ra, dec, centre.phi * 180 / kPi, 90 - centre.theta * 180 / kPi);
        density[size_t(pixel)] = std::exp(-0.5 * (distance / sigma) * (distance / sigma));
        total += density[size_t(pixel)] * pixelSr;
    }
    for (double &value : density)
        value /= total;
    return density;
}

} // namespace

QByteArray gaussianSkyMap(double ra, double dec, double sigma)
{
    const std::vector<double> density = densities(ra, dec, sigma);
    std::vector<long long> uniq(density.size());
    for (size_t pixel = 0; pixel < uniq.size(); ++pixel)
        uniq[pixel] = (4LL << (2 * kOrder)) + (long long)pixel;

    // CFITSIO reads back blocks of the memory file it has not written yet (a recycled malloc block
    // still holding the previous map made NAXIS2 come out 0), so the buffer starts zeroed and large
    // enough for the whole file; CFITSIO would grow it with realloc, and the caller frees it.
    constexpr size_t kBlock = 2880;
    size_t size = kBlock * (4 + (uniq.size() * 16 + kBlock - 1) / kBlock);
    void *memory = std::calloc(size, 1);
    fitsfile *file = nullptr;
    int status = 0;
    fits_create_memfile(&file, &memory, &size, kBlock * 64, &std::realloc, &status);
    char *names[] = {const_cast<char *>("UNIQ"), const_cast<char *>("PROBDENSITY")};
    char *forms[] = {const_cast<char *>("K"), const_cast<char *>("D")};
    char *units[] = {const_cast<char *>(""), const_cast<char *>("sr-1")};
    fits_create_img(file, BYTE_IMG, 0, nullptr, &status);
    fits_create_tbl(file, BINARY_TBL, 0, 2, names, forms, units, "PROBABILITY DENSITY", &status);
    fits_write_key_str(file, "PIXTYPE", "HEALPIX", nullptr, &status);
    fits_write_key_str(file, "ORDERING", "NUNIQ", nullptr, &status);
    fits_write_col(file, TLONGLONG, 1, 1, 1, LONGLONG(uniq.size()), uniq.data(), &status);
    fits_write_col(file, TDOUBLE, 2, 1, 1, LONGLONG(density.size()), const_cast<double *>(density.data()), &status);
    fits_flush_file(file, &status);
    // The file ends with the table's padded data; the buffer may be longer.
    LONGLONG headerStart = 0, dataStart = 0, end = 0;
    fits_get_hduaddrll(file, &headerStart, &dataStart, &end, &status);
    fits_close_file(file, &status);
    const QByteArray fits = status == 0 ? QByteArray(static_cast<const char *>(memory), qsizetype(end)) : QByteArray();
    std::free(memory);
    return fits;
}

} // namespace alertdeck::demo
