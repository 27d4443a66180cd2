#pragma once

#include <QString>

namespace alertdeck::astro {

// Positions as observers type them into telescope software: RA in hours "hh:mm:ss.ss", Dec in
// degrees "+dd:mm:ss.s". Rounding and carrying (59.996 s -> next minute) are ERFA's (eraA2tf/eraA2af).
QString raToSexagesimal(double raDegrees, int secondDecimals = 2);
QString decToSexagesimal(double decDegrees, int secondDecimals = 1);

} // namespace alertdeck::astro
