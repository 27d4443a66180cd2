#pragma once

#include <QtGlobal>

namespace alertdeck::route {

// The actions that fired for one alert, cheap enough to carry per alert in a batch: the core's
// built-in actions as bits, and every action of the topic's handler whose condition held as one bit
// per position in the handler's list (the dispatcher looks the actions up by that position).
// "table" implies storing: the table is backed by the store.
struct ActionSet
{
    enum Bit : quint8 { Table = 1, Store = 2, Log = 4 };
    quint8 bits = 0;
    quint64 fired = 0;

    bool has(Bit bit) const { return bits & bit; }
    bool stores() const { return bits & (Table | Store); }
    bool fires(int index) const { return index < 64 && (fired >> index) & 1u; }
};

} // namespace alertdeck::route
