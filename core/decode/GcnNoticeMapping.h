#pragma once

#include "Alert.h"
#include "JsonAccess.h"

namespace alertdeck::decode::mapping {

// One parsed notice of the GCN unified JSON schema as a normalized record. `id` stays empty when
// the notice names nothing to build one from (the decoder then falls back to a payload id).
Alert gcnNotice(const json::Object &notice);

} // namespace alertdeck::decode::mapping
