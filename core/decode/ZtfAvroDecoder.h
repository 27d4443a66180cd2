#pragma once

#include "AvroAlertDecoder.h"

namespace alertdeck::decode {

// ZTF alert packets (https://github.com/ZwickyTransientFacility/ztf-avro-alert): one Avro
// container per Kafka message, schema embedded. Also reads the ZTF-shaped records brokers
// redistribute (Fink, Babamul), which keep candid/objectId/candidate.
class ZtfAvroDecoder : public AvroAlertDecoder
{
public:
    ZtfAvroDecoder();

    bool recognizes(const RawMessage &message) const override;
    // Whether a schema describes ZTF-shaped records (top-level candid and candidate).
    static bool isZtfSchema(const AvroSchema &schema);

protected:
    Alert toAlert(const AvroDatum &datum) const override;
};

} // namespace alertdeck::decode
