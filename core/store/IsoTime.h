#pragma once

#include <QString>

#include <optional>

namespace alertdeck::store {

// Milliseconds since the Unix epoch of an ISO-8601 time such as "2025-01-01T12:34:56.789Z" (offsets
// "+hh:mm" accepted, a missing zone read as UTC). Hand-written because QDateTime::fromString costs
// microseconds per call, which at hundreds of thousands of alerts per second is a core's worth.
std::optional<qint64> parseIsoTimeMs(const QString &text);

} // namespace alertdeck::store
