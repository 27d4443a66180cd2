#pragma once

#include "core/decode/AlertDecoder.h"

namespace alertdeck::test {

// Decodes one payload that must give exactly one alert (a test fails hard otherwise).
decode::Alert decodeOne(const decode::AlertDecoder &decoder, const QByteArray &payload);

} // namespace alertdeck::test
