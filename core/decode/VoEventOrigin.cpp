#include "VoEventOrigin.h"

#include <QRegularExpression>

namespace alertdeck::decode {
namespace {

struct KnownKind
{
    const char *stream;    // IVORN authority and path ("nasa.gsfc.gcn/SWIFT"), case-insensitive
    const char *prefix;    // start of the fragment after '#'
    const char *source;
    const char *alertType; // may be empty
};

// GCN Classic VOEvent streams (https://gcn.gsfc.nasa.gov/voevent.html) by IVORN fragment prefix.
// The first matching row wins, so longer prefixes come first.
constexpr KnownKind kKinds[] = {
    {"nasa.gsfc.gcn/SWIFT", "BAT_GRB_Pos", "Swift-BAT", "Position"},
    {"nasa.gsfc.gcn/SWIFT", "BAT_QuickLook_Pos", "Swift-BAT", "QuickLook Position"},
    {"nasa.gsfc.gcn/SWIFT", "BAT_Trans_Pos", "Swift-BAT", "Transient Position"},
    {"nasa.gsfc.gcn/SWIFT", "BAT_Known_Pos", "Swift-BAT", "Known Source Position"},
    {"nasa.gsfc.gcn/SWIFT", "BAT_Lightcurve", "Swift-BAT", "Lightcurve"},
    {"nasa.gsfc.gcn/SWIFT", "BAT", "Swift-BAT", ""},
    {"nasa.gsfc.gcn/SWIFT", "XRT_Pos", "Swift-XRT", "Position"},
    {"nasa.gsfc.gcn/SWIFT", "XRT", "Swift-XRT", ""},
    {"nasa.gsfc.gcn/SWIFT", "UVOT_Pos", "Swift-UVOT", "Position"},
    {"nasa.gsfc.gcn/SWIFT", "UVOT", "Swift-UVOT", ""},
    {"nasa.gsfc.gcn/SWIFT", "FOM_Obs", "Swift", "FOM Observe"},
    {"nasa.gsfc.gcn/SWIFT", "SC_Slew", "Swift", "Slew"},
    {"nasa.gsfc.gcn/SWIFT", "Point_Dir", "Swift", "Pointing Direction"},
    {"nasa.gsfc.gcn/SWIFT", "", "Swift", ""},
    {"nasa.gsfc.gcn/Fermi", "GBM_Alert", "Fermi-GBM", "Alert"},
    {"nasa.gsfc.gcn/Fermi", "GBM_Flt_Pos", "Fermi-GBM", "Flight Position"},
    {"nasa.gsfc.gcn/Fermi", "GBM_Gnd_Pos", "Fermi-GBM", "Ground Position"},
    {"nasa.gsfc.gcn/Fermi", "GBM_Fin_Pos", "Fermi-GBM", "Final Position"},
    {"nasa.gsfc.gcn/Fermi", "GBM_SubThresh", "Fermi-GBM", "Subthreshold"},
    {"nasa.gsfc.gcn/Fermi", "GBM", "Fermi-GBM", ""},
    {"nasa.gsfc.gcn/Fermi", "LAT_Monitor", "Fermi-LAT", "Monitor"},
    {"nasa.gsfc.gcn/Fermi", "LAT", "Fermi-LAT", ""},
    {"nasa.gsfc.gcn/Fermi", "", "Fermi", ""},
    {"nasa.gsfc.gcn/AMON", "ICECUBE", "IceCube", ""},
    {"nasa.gsfc.gcn/AMON", "", "AMON", ""},
    {"gwnet/LVC", "", "IGWN", ""},
    {"nasa.gsfc.gcn/INTEGRAL", "Wakeup_Pos", "INTEGRAL", "Wakeup Position"},
    {"nasa.gsfc.gcn/INTEGRAL", "Refined_Pos", "INTEGRAL", "Refined Position"},
    {"nasa.gsfc.gcn/INTEGRAL", "Offline_Pos", "INTEGRAL", "Offline Position"},
    {"nasa.gsfc.gcn/INTEGRAL", "Weak_Pos", "INTEGRAL", "Weak Position"},
    {"nasa.gsfc.gcn/INTEGRAL", "", "INTEGRAL", ""},
    {"nasa.gsfc.gcn/MAXI", "Known_source", "MAXI", "Known Source Position"},
    {"nasa.gsfc.gcn/MAXI", "Unknown_source", "MAXI", "Unknown Source Position"},
    {"nasa.gsfc.gcn/MAXI", "", "MAXI", ""},
    {"nasa.gsfc.gcn/MOA", "", "MOA", ""},
    {"nasa.gsfc.gcn/Antares_Alert", "", "ANTARES", ""},
    {"nasa.gsfc.gcn/COUNTERPART", "", "GCN-Counterpart", ""},
    {"nasa.gsfc.gcn/AGILE", "", "AGILE", ""},
    {"nasa.gsfc.gcn/GECAM", "", "GECAM", ""},
    {"nasa.gsfc.gcn/SNEWS", "", "SNEWS", ""},
    {"voevent.4pisky.org/ASASSN", "", "ASAS-SN", ""},
    {"HESS/GRB", "", "H.E.S.S.", ""},
    {"gaia.cam.uk/alerts", "", "Gaia", ""},
};

} // namespace

VoEventOrigin VoEventOrigin::fromIvorn(const QString &ivorn, const QString &authorShortName)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^ivo://([^/#]+)/?([^#]*)#?(.*)$)"));
    const QRegularExpressionMatch match = pattern.match(ivorn.trimmed());
    const QString authority = match.captured(1);
    const QString stream = match.captured(2);
    const QString fragment = match.captured(3);
    const QString authorityAndStream = authority + QLatin1Char('/') + stream;
    for (const KnownKind &kind : kKinds) {
        if (authorityAndStream.compare(QLatin1String(kind.stream), Qt::CaseInsensitive) == 0
            && fragment.startsWith(QLatin1String(kind.prefix), Qt::CaseInsensitive)) {
            return {QLatin1String(kind.source), QLatin1String(kind.alertType)};
        }
    }
    if (!authorShortName.isEmpty())
        return {authorShortName.section(QLatin1String(" (via"), 0, 0).trimmed(), {}};
    return {stream.isEmpty() ? authority : stream, {}};
}

} // namespace alertdeck::decode
