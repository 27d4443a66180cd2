#include "DecodeOne.h"

namespace alertdeck::test {

decode::Alert decodeOne(const decode::AlertDecoder &decoder, const QByteArray &payload)
{
    decode::RawMessage message;
    message.payload = payload;
    const QVector<decode::Alert> alerts = decoder.decode(message);
    if (alerts.size() != 1)
        qFatal("expected exactly one alert, got %d", int(alerts.size()));
    return alerts.first();
}

} // namespace alertdeck::test
