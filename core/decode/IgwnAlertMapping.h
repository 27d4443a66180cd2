#pragma once

#include "Alert.h"
#include "JsonAccess.h"

namespace alertdeck::decode::mapping {

// One parsed igwn.gwalert message (LIGO/Virgo/KAGRA via GCN Kafka) as a normalized record.
Alert igwnAlert(const json::Object &alert);

// The position (densest pixel), error radius (circle as large as the 90% region) and 90% area of
// a multi-order FITS sky map, set on an IGWN alert; an unreadable map leaves them unset.
void applySkyMap(Alert &alert, QByteArrayView fits);

} // namespace alertdeck::decode::mapping
