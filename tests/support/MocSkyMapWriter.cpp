#include "MocSkyMapWriter.h"

#include <QFile>
#include <QTemporaryDir>

#include <fitsio.h>

#include <vector>

namespace alertdeck::test {

QByteArray mocSkyMap(const QVector<std::pair<qint64, double>> &uniqAndDensity)
{
    QTemporaryDir dir;
    const QByteArray path = dir.filePath(QStringLiteral("skymap.multiorder.fits")).toLocal8Bit();
    fitsfile *file = nullptr;
    int status = 0;
    fits_create_file(&file, path.constData(), &status);
    char *names[] = {const_cast<char *>("UNIQ"), const_cast<char *>("PROBDENSITY")};
    char *forms[] = {const_cast<char *>("K"), const_cast<char *>("D")};
    char *units[] = {const_cast<char *>(""), const_cast<char *>("sr-1")};
    fits_create_tbl(file, BINARY_TBL, 0, 2, names, forms, units, "SKYMAP", &status);
    fits_write_key_str(file, "PIXTYPE", "HEALPIX", nullptr, &status);
    fits_write_key_str(file, "ORDERING", "NUNIQ", nullptr, &status);
    std::vector<long long> uniq;
    std::vector<double> density;
    for (const auto &[pixel, value] : uniqAndDensity) {
        uniq.push_back(pixel);
        density.push_back(value);
    }
    fits_write_col(file, TLONGLONG, 1, 1, 1, LONGLONG(uniq.size()), uniq.data(), &status);
    fits_write_col(file, TDOUBLE, 2, 1, 1, LONGLONG(density.size()), density.data(), &status);
    fits_close_file(file, &status);
    if (status != 0)
        return {};
    QFile written(QString::fromLocal8Bit(path));
    return written.open(QIODevice::ReadOnly) ? written.readAll() : QByteArray();
}

} // namespace alertdeck::test
