#pragma once

#include "AvroSchema.h"
#include "AvroValue.h"

#include <QByteArray>

#include <memory>

namespace alertdeck::decode {

// A decoded top-level Avro record together with what its values point into: the schema nodes and
// the (implicitly shared, not copied) buffer its strings and bytes are views of.
struct AvroDatum
{
    std::shared_ptr<const AvroSchema> schema;
    QByteArray buffer;
    QByteArrayView encoded; // the datum's own bytes within buffer
    AvroValue value;
};

} // namespace alertdeck::decode
