#pragma once

#include <QtGlobal>

namespace alertdeck::decode {

// How to read one GCN Classic binary notice type beyond the common words.
struct GcnPacketType
{
    enum Flag : unsigned {
        NoPosition = 1u << 0,   // words 7/8 hold no sky position (alerts, LVC, light curves)
        TestPacket = 1u << 1,   // a test notice type (*_TEST, TEST_COORDS)
        SodTenThousandths = 1u << 2, // word 6 counts 1e-4 s instead of centiseconds (GECAM)
        TimeInWords14And15 = 1u << 3, // counterpart notices: words 5/6 are the original trigger's
        Lvc = 1u << 4,          // LIGO/Virgo/KAGRA layout: FAR in word 11, name in word 19/21
    };

    int type;
    const char *name;      // GCN's notice type name
    const char *source;
    const char *alertType; // may be empty
    int errorWord;         // -1: the packet carries no error radius
    double errorDivisor;   // units of the error word per degree
    unsigned flags;

    bool has(Flag flag) const { return (flags & flag) != 0; }

    // The entry for a notice type, or nullptr for types the table does not know.
    static const GcnPacketType *find(qint32 type);
};

} // namespace alertdeck::decode
