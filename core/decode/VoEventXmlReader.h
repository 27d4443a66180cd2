#pragma once

#include "VoEventFields.h"

#include <QByteArray>

namespace alertdeck::decode {

// Streams through VOEvent XML (1.1 and 2.0, with or without the voe: prefix) with QXmlStreamReader:
// no DOM is built, so a packet costs one pass. Broken XML leaves readError set and keeps what was
// read before the fault.
class VoEventXmlReader
{
public:
    static VoEventFields read(const QByteArray &xml);
};

} // namespace alertdeck::decode
