#include "GcnPacketTypes.h"

namespace alertdeck::decode {
namespace {

using T = GcnPacketType;
constexpr double kE4 = 1e4;        // 0.0001 deg units
constexpr double kArcsec = 3600.0; // INTEGRAL sends arcseconds
constexpr unsigned kNone = 0;
constexpr unsigned kNoPos = T::NoPosition;
constexpr unsigned kTest = T::TestPacket;

// Notice type numbers as GCN assigns them (pygcn's NoticeType, gcn-classic-to-json's layouts).
constexpr GcnPacketType kTypes[] = {
    {2, "TEST_COORDS", "GCN", "Test", 11, kE4, kTest},
    {31, "IPN_RAW", "IPN", "", -1, 0, kNoPos},
    {44, "HETE_TEST", "HETE", "Test", 11, kE4, kTest},
    {45, "GRB_CNTRPART", "GCN-Counterpart", "Counterpart", 11, kE4, T::TimeInWords14And15},
    {46, "SWIFT_TOO_FOM", "Swift", "FOM Observe", -1, 0, kNone},
    {47, "SWIFT_TOO_SC_SLEW", "Swift", "Slew", -1, 0, kNone},
    {51, "INTEGRAL_POINTDIR", "INTEGRAL", "Pointing Direction", -1, 0, kNone},
    {52, "INTEGRAL_SPIACS", "INTEGRAL", "SPI-ACS", -1, 0, kNoPos},
    {53, "INTEGRAL_WAKEUP", "INTEGRAL", "Wakeup Position", 11, kArcsec, kNone},
    {54, "INTEGRAL_REFINED", "INTEGRAL", "Refined Position", 11, kArcsec, kNone},
    {55, "INTEGRAL_OFFLINE", "INTEGRAL", "Offline Position", 11, kArcsec, kNone},
    {56, "INTEGRAL_WEAK", "INTEGRAL", "Weak Position", 11, kArcsec, kNone},
    {59, "KONUS_LC", "Konus-Wind", "Lightcurve", -1, 0, kNoPos},
    {61, "SWIFT_BAT_GRB_POS_ACK", "Swift-BAT", "Position", 11, kE4, kNone},
    {63, "SWIFT_BAT_GRB_LC", "Swift-BAT", "Lightcurve", -1, 0, kNone},
    {64, "SWIFT_BAT_SCALEDMAP", "Swift-BAT", "Scaled Map", -1, 0, kNone},
    {65, "SWIFT_FOM_OBS", "Swift", "FOM Observe", -1, 0, kNone},
    {66, "SWIFT_SC_SLEW", "Swift", "Slew", -1, 0, kNone},
    {67, "SWIFT_XRT_POSITION", "Swift-XRT", "Position", 11, kE4, kNone},
    {68, "SWIFT_XRT_SPECTRUM", "Swift-XRT", "Spectrum", -1, 0, kNone},
    {69, "SWIFT_XRT_IMAGE", "Swift-XRT", "Image", 11, kE4, kNone},
    {70, "SWIFT_XRT_LC", "Swift-XRT", "Lightcurve", -1, 0, kNone},
    {71, "SWIFT_XRT_CENTROID", "Swift-XRT", "Centroid", -1, 0, kNone},
    {72, "SWIFT_UVOT_DBURST", "Swift-UVOT", "Image", -1, 0, kNone},
    {73, "SWIFT_UVOT_FCHART", "Swift-UVOT", "Finding Chart", -1, 0, kNone},
    {76, "SWIFT_BAT_GRB_LC_PROC", "Swift-BAT", "Lightcurve", -1, 0, kNone},
    {77, "SWIFT_XRT_SPECTRUM_PROC", "Swift-XRT", "Spectrum", -1, 0, kNone},
    {78, "SWIFT_XRT_IMAGE_PROC", "Swift-XRT", "Image", 11, kE4, kNone},
    {79, "SWIFT_UVOT_DBURST_PROC", "Swift-UVOT", "Image", -1, 0, kNone},
    {80, "SWIFT_UVOT_FCHART_PROC", "Swift-UVOT", "Finding Chart", -1, 0, kNone},
    {81, "SWIFT_UVOT_POS", "Swift-UVOT", "Position", 11, kE4, kNone},
    {82, "SWIFT_BAT_GRB_POS_TEST", "Swift-BAT", "Test", 11, kE4, kTest},
    {83, "SWIFT_POINTDIR", "Swift", "Pointing Direction", -1, 0, kNone},
    {84, "SWIFT_BAT_TRANS", "Swift-BAT", "Transient Position", 11, kE4, kNone},
    {85, "SWIFT_XRT_THRESHPIX", "Swift-XRT", "Threshold Pixels", -1, 0, kNone},
    {86, "SWIFT_XRT_THRESHPIX_PROC", "Swift-XRT", "Threshold Pixels", -1, 0, kNone},
    {87, "SWIFT_XRT_SPER", "Swift-XRT", "Single Pixel Events", -1, 0, kNone},
    {88, "SWIFT_XRT_SPER_PROC", "Swift-XRT", "Single Pixel Events", -1, 0, kNone},
    {97, "SWIFT_BAT_QL_POS", "Swift-BAT", "QuickLook Position", 11, kE4, kNone},
    {103, "SWIFT_ACTUAL_POINTDIR", "Swift", "Pointing Direction", -1, 0, kNone},
    {109, "AGILE_GRB_POS_TEST", "AGILE", "Test", 11, kE4, kTest},
    {110, "FERMI_GBM_ALERT", "Fermi-GBM", "Alert", -1, 0, kNoPos},
    {111, "FERMI_GBM_FLT_POS", "Fermi-GBM", "Flight Position", 11, kE4, kNone},
    {112, "FERMI_GBM_GND_POS", "Fermi-GBM", "Ground Position", 11, kE4, kNone},
    {114, "FERMI_GBM_GND_INTERNAL", "Fermi-GBM", "Ground Position", 11, kE4, kNone},
    {115, "FERMI_GBM_FIN_POS", "Fermi-GBM", "Final Position", 11, kE4, kNone},
    {116, "FERMI_GBM_ALERT_INTERNAL", "Fermi-GBM", "Alert", -1, 0, kNoPos},
    {117, "FERMI_GBM_FLT_INTERNAL", "Fermi-GBM", "Flight Position", 11, kE4, kNone},
    {119, "FERMI_GBM_POS_TEST", "Fermi-GBM", "Test", 11, kE4, kTest},
    {124, "FERMI_LAT_POS_TEST", "Fermi-LAT", "Test", 11, kE4, kTest},
    {125, "FERMI_LAT_MONITOR", "Fermi-LAT", "Monitor", -1, 0, kNone},
    {128, "FERMI_LAT_OFFLINE", "Fermi-LAT", "Offline Position", 11, kE4, kNone},
    {129, "FERMI_POINTDIR", "Fermi", "Pointing Direction", -1, 0, kNone},
    {131, "FERMI_GBM_SUBTHRESH", "Fermi-GBM", "Subthreshold", 11, kE4, kNone},
    {134, "MAXI_UNKNOWN", "MAXI", "Unknown Source Position", 11, kE4, kNone},
    {136, "MAXI_TEST", "MAXI", "Test", 11, kE4, kTest},
    {145, "COINCIDENCE", "GCN", "Coincidence", -1, 0, kNoPos},
    {149, "SNEWS", "SNEWS", "", 11, kE4, kNone},
    {150, "LVC_PRELIMINARY", "IGWN", "Preliminary", -1, 0, kNoPos | T::Lvc},
    {151, "LVC_INITIAL", "IGWN", "Initial", -1, 0, kNoPos | T::Lvc},
    {152, "LVC_UPDATE", "IGWN", "Update", -1, 0, kNoPos | T::Lvc},
    {160, "CALET_GBM_FLT_LC", "CALET-GBM", "Flight Lightcurve", -1, 0, kNone},
    {164, "LVC_RETRACTION", "IGWN", "Retraction", -1, 0, kNoPos | T::Lvc},
    {175, "SK_SN", "Super-Kamiokande", "Initial", 15, kE4, kNone},
    {176, "ICECUBE_CASCADE", "IceCube", "Cascade", 11, kE4, kNone},
    {188, "GECAM_FLT", "GECAM", "Flight Position", 10, kE4, T::SodTenThousandths},
    {189, "GECAM_GND", "GECAM", "Ground Position", 10, kE4, T::SodTenThousandths},
};

} // namespace

const GcnPacketType *GcnPacketType::find(qint32 type)
{
    for (const GcnPacketType &entry : kTypes) {
        if (entry.type == type)
            return &entry;
    }
    return nullptr;
}

} // namespace alertdeck::decode
