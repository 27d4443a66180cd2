#include "StreamStatus.h"

#include <QCoreApplication>

namespace alertdeck::kafka {

QString StreamStatus::stateName(State state)
{
    switch (state) {
    case State::Connecting:
        return QCoreApplication::translate("AlertDeck", "connecting");
    case State::Live:
        return QCoreApplication::translate("AlertDeck", "live");
    case State::Paused:
        return QCoreApplication::translate("AlertDeck", "paused");
    case State::Error:
        return QCoreApplication::translate("AlertDeck", "error");
    case State::Stopped:
        break;
    }
    return QCoreApplication::translate("AlertDeck", "stopped");
}

} // namespace alertdeck::kafka
