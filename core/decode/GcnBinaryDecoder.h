#pragma once

#include "AlertDecoder.h"

#include <QtGlobal>

#include <array>

namespace alertdeck::decode {

// GCN Classic binary socket packets (format "gcn.binary"): 160 bytes, forty big-endian 32-bit
// words, word 0 the notice type. Common fields (trigger number, TJD/SOD time, RA/Dec in 1e-4 deg)
// sit at the same words for most types; the error radius and a few layouts differ by type and are
// read from a per-type table (https://gcn.gsfc.nasa.gov/sock_pkt_def_doc.html).
class GcnBinaryDecoder final : public AlertDecoder
{
public:
    static constexpr int kWords = 40;
    static constexpr int kPacketSize = kWords * 4;
    using Words = std::array<qint32, kWords>;

    QString name() const override;
    bool recognizes(const RawMessage &message) const override;
    QVector<Alert> decode(const RawMessage &message) const override;

private:
    static Words words(const QByteArray &payload);
};

} // namespace alertdeck::decode
