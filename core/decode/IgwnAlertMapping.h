#pragma once

#include "Alert.h"
#include "JsonAccess.h"

namespace alertdeck::decode::mapping {

// One parsed igwn.gwalert message (LIGO/Virgo/KAGRA via GCN Kafka) as a normalized record.
Alert igwnAlert(const json::Object &alert);

} // namespace alertdeck::decode::mapping
