#pragma once

#include "AlertDecoder.h"

namespace alertdeck::decode {

// GCN Notices in the unified JSON schema (gcn.notices.* topics, every mission of nasa-gcn/gcn-schema)
// and IGWN igwn.gwalert JSON: both arrive on the GCN Kafka service and both are format "gcn.json".
// This is the hot path of the ingest benchmark, so it reads the payload with simdjson (see the
// commit that introduced it for the QJsonDocument comparison).
class GcnJsonDecoder final : public AlertDecoder
{
public:
    QString name() const override;
    bool recognizes(const RawMessage &message) const override;
    QVector<Alert> decode(const RawMessage &message) const override;
};

} // namespace alertdeck::decode
