#include "SkyGeometry.h"

#include <QRegularExpression>

#include <cmath>

namespace alertdeck::decode::sky {
namespace {

constexpr double kDegToRad = M_PI / 180.0;

// "12:34:56.7", "12h34m56.7s", "12 34 56.7", "-05d 52' 18\"": sign, then one to three parts.
std::optional<double> sexagesimal(const QString &text, bool *negative)
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(^\s*([+-]?)\s*(\d+(?:\.\d*)?)\s*[:hHdD°\s]\s*(\d+(?:\.\d*)?)?\s*[:mM'\s]?\s*(\d+(?:\.\d*)?)?\s*[sS"]?\s*$)"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    *negative = match.captured(1) == QLatin1String("-");
    const double whole = match.captured(2).toDouble();
    const double minutes = match.captured(3).toDouble();
    const double seconds = match.captured(4).toDouble();
    if (minutes >= 60.0 || seconds >= 60.0)
        return std::nullopt;
    return whole + minutes / 60.0 + seconds / 3600.0;
}

std::optional<double> decimalDegrees(const QString &text)
{
    QString trimmed = text.trimmed();
    if (trimmed.endsWith(QLatin1Char('d')) || trimmed.endsWith(QChar(0x00B0)))
        trimmed.chop(1);
    bool ok = false;
    const double value = trimmed.toDouble(&ok);
    return ok && std::isfinite(value) ? std::optional<double>(value) : std::nullopt;
}

} // namespace

double separation(double ra1, double dec1, double ra2, double dec2)
{
    const double dRa = (ra2 - ra1) * kDegToRad;
    const double d1 = dec1 * kDegToRad;
    const double d2 = dec2 * kDegToRad;
    const double a = std::sin((d2 - d1) / 2) * std::sin((d2 - d1) / 2)
                     + std::cos(d1) * std::cos(d2) * std::sin(dRa / 2) * std::sin(dRa / 2);
    return 2.0 * std::asin(std::min(1.0, std::sqrt(a))) / kDegToRad;
}

std::optional<double> parseRa(const QString &text)
{
    if (auto degrees = decimalDegrees(text)) {
        if (*degrees >= 0.0 && *degrees <= 360.0)
            return degrees;
        return std::nullopt;
    }
    bool negative = false;
    const auto hours = sexagesimal(text, &negative);
    if (!hours || negative || *hours >= 24.0)
        return std::nullopt;
    return *hours * 15.0;
}

std::optional<double> parseDec(const QString &text)
{
    std::optional<double> degrees = decimalDegrees(text);
    if (!degrees) {
        bool negative = false;
        degrees = sexagesimal(text, &negative);
        if (degrees && negative)
            *degrees = -*degrees;
    }
    if (!degrees || std::abs(*degrees) > 90.0)
        return std::nullopt;
    return degrees;
}

} // namespace alertdeck::decode::sky
