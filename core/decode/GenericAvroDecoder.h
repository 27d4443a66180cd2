#pragma once

#include "AvroAlertDecoder.h"

namespace alertdeck::decode {

// Any other Avro container: hop-client's "avro" model (a list of records of any schema) and
// IGWN gravitational-wave alerts as SCiMMA and GCN send them in Avro (igwn.alerts.v1_0.Alert,
// mapped like the igwn.gwalert JSON). Format "hop.avro", after hop-client's name for the model.
class GenericAvroDecoder : public AvroAlertDecoder
{
public:
    GenericAvroDecoder();

    bool recognizes(const RawMessage &message) const override;

protected:
    Alert toAlert(const AvroDatum &datum) const override;

private:
    Alert igwnAlert(const AvroValue &record) const;
    Alert genericAlert(const AvroDatum &datum) const;
};

} // namespace alertdeck::decode
