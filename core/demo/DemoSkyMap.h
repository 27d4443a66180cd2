#pragma once

#include <QByteArray>

namespace alertdeck::demo {

// A multi-order FITS sky map (the form IGWN alerts carry) of a Gaussian blob around (ra, dec) with
// the given width, all degrees: the demo's gravitational-wave alerts get a map the decoder reads
// like a real one, made here rather than copied from a real event.
QByteArray gaussianSkyMap(double ra, double dec, double sigma);

} // namespace alertdeck::demo
