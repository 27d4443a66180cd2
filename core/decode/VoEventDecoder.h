#pragma once

#include "AlertDecoder.h"

namespace alertdeck::decode {

struct VoEventFields;

// VOEvent packets (format "gcn.voevent"): GCN Classic and LIGO/Virgo/KAGRA VOEvents, other brokers'
// VOEvents, as XML or as hop-client's JSON rendering of the XML.
class VoEventDecoder final : public AlertDecoder
{
public:
    QString name() const override;
    bool recognizes(const RawMessage &message) const override;
    QVector<Alert> decode(const RawMessage &message) const override;

private:
    static Alert normalize(const VoEventFields &fields);
};

} // namespace alertdeck::decode
