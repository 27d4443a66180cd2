#pragma once

#include <QString>

namespace alertdeck::decode {

// Who sent a VOEvent and what kind of notice it is, read off its IVORN: GCN Classic names its
// streams "ivo://nasa.gsfc.gcn/<MISSION>#<Notice_Kind>_<ids>", LIGO/Virgo/KAGRA "ivo://gwnet/LVC#...".
struct VoEventOrigin
{
    QString source;    // "Swift-BAT", "Fermi-GBM", "IGWN", "IceCube", ...
    QString alertType; // "Flight Position", ... ; empty when the IVORN does not say

    static VoEventOrigin fromIvorn(const QString &ivorn, const QString &authorShortName);
};

} // namespace alertdeck::decode
