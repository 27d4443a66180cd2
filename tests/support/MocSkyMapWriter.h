#pragma once

#include <QByteArray>
#include <QVector>

#include <utility>

namespace alertdeck::test {

// Writes a multi-order HEALPix sky map as IGWN alerts carry it (primary HDU, then a binary table
// of UNIQ and PROBDENSITY), so sky-map tests use maps the test itself made.
QByteArray mocSkyMap(const QVector<std::pair<qint64, double>> &uniqAndDensity);

} // namespace alertdeck::test
