#pragma once

#include "core/config/HandlerAction.h"

#include <QtGlobal>

namespace alertdeck::route {

// The core's built-in actions of one alert, as bits, so a batch carries them cheaply.
// "table" implies storing: the table is backed by the store.
struct ActionSet
{
    enum Bit : quint8 { Table = 1, Store = 2, Log = 4 };
    quint8 bits = 0;

    bool has(Bit bit) const { return bits & bit; }
    bool stores() const { return bits & (Table | Store); }

    static ActionSet fromHandler(const config::TopicHandler *handler)
    {
        ActionSet set;
        if (!handler)
            return set;
        for (const config::HandlerAction &action : handler->actions) {
            if (action.name == QLatin1String("table"))
                set.bits |= Table;
            else if (action.name == QLatin1String("store"))
                set.bits |= Store;
            else if (action.name == QLatin1String("log"))
                set.bits |= Log;
        }
        return set;
    }
};

} // namespace alertdeck::route
