#pragma once

#include "AvroAlertDecoder.h"
#include "AvroSchemaSource.h"

#include <memory>

namespace alertdeck::decode {

// Rubin/LSST alert packets (https://github.com/lsst/alert_packet), v4 (ELAsTiCC) to v11 and later:
// as Avro container files (sample data, broker redistributions) and as the Confluent wire format
// the live stream uses (byte 0 = 0, a 4-byte big-endian schema id, then one bare Avro datum) with
// the schema from a directory or a Schema Registry. Fields are found by name because the schema
// versions rename them (midPointTai -> midpointMjdTai, decl -> dec, psFlux -> psfFlux, alertId ->
// diaSourceId).
class RubinAvroDecoder : public AvroAlertDecoder
{
public:
    RubinAvroDecoder(const QString &schemaDir, const QString &schemaRegistryUrl);

    bool recognizes(const RawMessage &message) const override;

    // The schema id of a Confluent-framed message, or nullopt when it is not one.
    static std::optional<int> confluentSchemaId(QByteArrayView payload);
    static bool isRubinSchema(const AvroSchema &schema);

protected:
    Records read(const QByteArray &payload) const override;
    Alert toAlert(const AvroDatum &datum) const override;

private:
    Records readConfluent(const QByteArray &payload, int schemaId) const;

    std::unique_ptr<AvroSchemaSource> m_schemaSource;
    bool m_hasRegistry;
};

} // namespace alertdeck::decode
