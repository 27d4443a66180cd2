#pragma once

#include "Alert.h"
#include "RawMessage.h"

#include <QString>
#include <QVector>

namespace alertdeck::decode {

// One payload format. Decoders are stateless after construction and are called from stream worker
// threads concurrently, so decode() must be const and thread-safe.
class AlertDecoder
{
public:
    virtual ~AlertDecoder() = default;

    // The `format` names this decoder produces and answers to with --format (e.g. "gcn.json").
    virtual QString name() const = 0;
    // Cheap content check used by auto-detection; looks at the first bytes only where it can.
    virtual bool recognizes(const RawMessage &message) const = 0;
    // Most formats give one alert per message; Avro container files may hold many.
    // A payload this decoder cannot read yields one alert with decodeError set, never an exception.
    virtual QVector<Alert> decode(const RawMessage &message) const = 0;
};

} // namespace alertdeck::decode
