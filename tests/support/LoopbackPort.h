#pragma once

#include <QtGlobal>

namespace alertdeck::test {

// A loopback port nothing listens on (free a moment ago): connections to it are refused, for tests
// of an unreachable broker, registry or target.
quint16 closedLoopbackPort();

} // namespace alertdeck::test
