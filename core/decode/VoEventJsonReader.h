#pragma once

#include "VoEventFields.h"

#include <QByteArray>

namespace alertdeck::decode {

// hop-client's VOEvent model travels as JSON: the XML tree as nested objects (xmltodict style,
// attributes as plain keys, repeated elements as arrays). This reads that rendering into the same
// fields the XML reader fills.
class VoEventJsonReader
{
public:
    static bool looksLikeVoEventJson(const QByteArray &payload);
    static VoEventFields read(const QByteArray &json);
};

} // namespace alertdeck::decode
