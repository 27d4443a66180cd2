#include "GcnBinaryDecoder.h"

#include "AlertTime.h"
#include "DecodeSupport.h"
#include "GcnPacketTypes.h"

#include <QCoreApplication>
#include <QtEndian>

#include <cmath>

namespace alertdeck::decode {
namespace {

using Words = GcnBinaryDecoder::Words;

constexpr qint32 kNewline = 0x0A; // word 39 of most packets; Fermi GBM packets end with 0
constexpr qint32 kMaxType = 255;
constexpr double kCentiseconds = 100.0;

QString packetTime(const Words &w, const GcnPacketType *type)
{
    const bool counterpart = type && type->has(GcnPacketType::TimeInWords14And15);
    const qint32 tjd = counterpart ? w[14] : w[5];
    double sod = counterpart ? w[15] : w[6];
    if (type && type->has(GcnPacketType::SodTenThousandths))
        sod /= 100.0; // to centiseconds
    // LIGO/Virgo/KAGRA put the sub-centisecond part in word 13 (1e-4 centiseconds).
    if (type && type->has(GcnPacketType::Lvc))
        sod += w[13] * 1e-4;
    constexpr qint32 kMaxTjd = 60000; // TJD 60000 is 2132; anything beyond is another layout
    if (tjd <= 0 || tjd > kMaxTjd)
        return {};
    return time::fromTjdSod(tjd, sod / kCentiseconds);
}

void setPosition(Alert &alert, const Words &w, const GcnPacketType *type)
{
    if (type && type->has(GcnPacketType::NoPosition))
        return;
    // Divided, not multiplied by 1e-4, so that 1938500 reads as 193.85 and not 193.85000000000002.
    const double ra = w[7] / 1e4;
    const double dec = w[8] / 1e4;
    if ((w[7] == 0 && w[8] == 0) || ra < 0.0 || ra > 360.0 || std::abs(dec) > 90.0)
        return;
    alert.ra = ra;
    alert.dec = dec;
    if (!type || type->errorWord < 0)
        return;
    // Packets without a localization say so with 0 or a full-sky radius.
    const double error = w[type->errorWord] / type->errorDivisor;
    if (error > 0.0 && error < 180.0)
        alert.errorRadius = error;
}

// The superevent name is spread over bit fields: prefix index in word 19 bits 20-23, the first
// suffix letter in bits 10-17, a second suffix letter in the low byte of word 21.
QString lvcEventName(const Words &w)
{
    static const char *const kPrefixes[] = {"G", "T", "M", "Y", "H", "E", "K", "S", "GW", "TS", "TGW", "MS", "MGW"};
    const int prefix = (w[19] >> 20) & 0xF;
    if (prefix < 1 || prefix > int(std::size(kPrefixes)))
        return {};
    QString name = QLatin1String(kPrefixes[prefix - 1]) + QString::number(w[4]);
    for (const int letter : {(w[19] >> 10) & 0xFF, w[21] & 0xFF}) {
        if (letter >= 'a' && letter <= 'z')
            name += QChar(letter);
    }
    return name;
}

void setLvcFields(Alert &alert, const Words &w, const GcnPacketType &type)
{
    alert.event = lvcEventName(w);
    alert.test = ((w[18] >> 1) & 1) != 0; // trigger-id bit 1: a test notice
    // Word 11 is log10(FAR/Hz) in 1e-4 units; a retraction carries none.
    if (type.type != 164 && w[11] != 0)
        alert.far = std::pow(10.0, w[11] * 1e-4);
}

} // namespace

QString GcnBinaryDecoder::name() const
{
    return QStringLiteral("gcn.binary");
}

GcnBinaryDecoder::Words GcnBinaryDecoder::words(const QByteArray &payload)
{
    Words w{};
    for (int i = 0; i < kWords; ++i)
        w[size_t(i)] = qFromBigEndian<qint32>(payload.constData() + 4 * i);
    return w;
}

bool GcnBinaryDecoder::recognizes(const RawMessage &message) const
{
    if (message.payload.size() != kPacketSize)
        return false;
    const Words w = words(message.payload);
    return w[0] > 0 && w[0] <= kMaxType && (w[39] == kNewline || w[39] == 0);
}

QVector<Alert> GcnBinaryDecoder::decode(const RawMessage &message) const
{
    if (message.payload.size() != kPacketSize) {
        return {support::undecodable(message, name(),
                                     QCoreApplication::translate("AlertDeck", "GCN binary packet has %1 bytes, not %2")
                                         .arg(message.payload.size())
                                         .arg(kPacketSize))};
    }
    const Words w = words(message.payload);
    const GcnPacketType *type = GcnPacketType::find(w[0]);
    Alert alert;
    alert.format = name();
    alert.source = type ? QLatin1String(type->source) : QStringLiteral("GCN");
    const QString typeName = type ? QLatin1String(type->name) : QStringLiteral("TYPE_%1").arg(w[0]);
    alert.alertType = type && *type->alertType ? QLatin1String(type->alertType) : QString();
    alert.time = packetTime(w, type);
    setPosition(alert, w, type);
    alert.test = type && type->has(GcnPacketType::TestPacket);
    if (type && type->has(GcnPacketType::Lvc))
        setLvcFields(alert, w, *type);
    else if (w[4] > 0)
        alert.event = QString::number(w[4]);
    alert.id = QStringLiteral("%1:%2-%3").arg(typeName).arg(w[4]).arg(w[1]);
    alert.title = QStringList{typeName, alert.event}.join(QLatin1Char(' ')).trimmed();
    if (!type) {
        alert.decodeError = QCoreApplication::translate("AlertDeck", "unknown GCN notice type %1: common fields only")
                                .arg(w[0]);
    }
    return support::one(std::move(alert));
}

} // namespace alertdeck::decode
