#pragma once

#include "AlertDecoder.h"

namespace alertdeck::decode {

// GCN Circulars in the JSON of the gcn.circulars Kafka topic and the archive (format
// "gcn.circular"): one circular object, or an archive of them (an array, or {"circulars": [...]}),
// which gives one alert per circular.
class GcnCircularDecoder final : public AlertDecoder
{
public:
    QString name() const override;
    bool recognizes(const RawMessage &message) const override;
    QVector<Alert> decode(const RawMessage &message) const override;
};

} // namespace alertdeck::decode
