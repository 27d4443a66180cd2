#include "VoEventOrigin.h"

#include <QRegularExpression>

namespace alertdeck::decode {
namespace {

struct KnownKind
{
    const char *stream;    // IVORN path after the authority, case-insensitive
    const char *prefix;    // start of the fragment after '#'
    const char *source;
    const char *alertType; // may be empty
};

// GCN Classic VOEvent streams (https://gcn.gsfc.nasa.gov/voevent.html) by IVORN fragment prefix.
// The first matching row wins, so longer prefixes come first.
constexpr KnownKind kKinds[] = {
    {"SWIFT", "BAT_GRB_Pos", "Swift-BAT", "Position"},
    {"SWIFT", "BAT_QuickLook_Pos", "Swift-BAT", "QuickLook Position"},
    {"SWIFT", "BAT_Trans_Pos", "Swift-BAT", "Transient Position"},
    {"SWIFT", "BAT_Known_Pos", "Swift-BAT", "Known Source Position"},
    {"SWIFT", "BAT_Lightcurve", "Swift-BAT", "Lightcurve"},
    {"SWIFT", "BAT", "Swift-BAT", ""},
    {"SWIFT", "XRT_Pos", "Swift-XRT", "Position"},
    {"SWIFT", "XRT", "Swift-XRT", ""},
    {"SWIFT", "UVOT_Pos", "Swift-UVOT", "Position"},
    {"SWIFT", "UVOT", "Swift-UVOT", ""},
    {"SWIFT", "FOM_Obs", "Swift", "FOM Observe"},
    {"SWIFT", "SC_Slew", "Swift", "Slew"},
    {"SWIFT", "Point_Dir", "Swift", "Pointing Direction"},
    {"SWIFT", "", "Swift", ""},
    {"Fermi", "GBM_Alert", "Fermi-GBM", "Alert"},
    {"Fermi", "GBM_Flt_Pos", "Fermi-GBM", "Flight Position"},
    {"Fermi", "GBM_Gnd_Pos", "Fermi-GBM", "Ground Position"},
    {"Fermi", "GBM_Fin_Pos", "Fermi-GBM", "Final Position"},
    {"Fermi", "GBM_SubThresh", "Fermi-GBM", "Subthreshold"},
    {"Fermi", "GBM", "Fermi-GBM", ""},
    {"Fermi", "LAT_Monitor", "Fermi-LAT", "Monitor"},
    {"Fermi", "LAT", "Fermi-LAT", ""},
    {"Fermi", "", "Fermi", ""},
    {"AMON", "ICECUBE", "IceCube", ""},
    {"AMON", "", "AMON", ""},
    {"LVC", "", "IGWN", ""},
    {"INTEGRAL", "Wakeup_Pos", "INTEGRAL", "Wakeup Position"},
    {"INTEGRAL", "Refined_Pos", "INTEGRAL", "Refined Position"},
    {"INTEGRAL", "Offline_Pos", "INTEGRAL", "Offline Position"},
    {"INTEGRAL", "Weak_Pos", "INTEGRAL", "Weak Position"},
    {"INTEGRAL", "", "INTEGRAL", ""},
    {"MAXI", "Known_source", "MAXI", "Known Source Position"},
    {"MAXI", "Unknown_source", "MAXI", "Unknown Source Position"},
    {"MAXI", "", "MAXI", ""},
    {"MOA", "", "MOA", ""},
    {"Antares_Alert", "", "ANTARES", ""},
    {"COUNTERPART", "", "GCN-Counterpart", ""},
    {"AGILE", "", "AGILE", ""},
    {"GECAM", "", "GECAM", ""},
    {"SNEWS", "", "SNEWS", ""},
    {"ASASSN", "", "ASAS-SN", ""},
    {"GRB", "", "H.E.S.S.", ""}, // ivo://HESS/GRB
    {"alerts", "", "Gaia", ""},  // ivo://gaia.cam.uk/alerts
};

} // namespace

VoEventOrigin VoEventOrigin::fromIvorn(const QString &ivorn, const QString &authorShortName)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^ivo://([^/#]+)/?([^#]*)#?(.*)$)"));
    const QRegularExpressionMatch match = pattern.match(ivorn.trimmed());
    const QString authority = match.captured(1);
    const QString stream = match.captured(2);
    const QString fragment = match.captured(3);
    for (const KnownKind &kind : kKinds) {
        if (stream.compare(QLatin1String(kind.stream), Qt::CaseInsensitive) == 0
            && fragment.startsWith(QLatin1String(kind.prefix), Qt::CaseInsensitive)) {
            return {QLatin1String(kind.source), QLatin1String(kind.alertType)};
        }
    }
    if (!authorShortName.isEmpty())
        return {authorShortName.section(QLatin1String(" (via"), 0, 0).trimmed(), {}};
    return {stream.isEmpty() ? authority : stream, {}};
}

} // namespace alertdeck::decode
