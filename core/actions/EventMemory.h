#pragma once

#include "core/decode/Alert.h"

#include <QHash>
#include <QSet>
#include <QString>

namespace alertdeck::actions {

// What the `once_per_event` and `retraction_of_acted` options need to remember: which events an
// action has already fired for, and which events any outside action acted on. Kept in memory for
// the life of the engine; each set is cleared when it grows past a bound, so a year-long session
// cannot grow without limit (an event may then fire once more).
class EventMemory
{
public:
    // True the first time this action (e.g. "stream/key/2") sees the alert's event; an alert
    // without an event counts as an event of its own.
    bool firstOfEvent(const QString &actionKey, const decode::Alert &alert);
    // True for a retraction of an event an action was run for earlier.
    bool retractsActedEvent(const decode::Alert &alert) const;
    void markActed(const decode::Alert &alert);

    static bool isRetraction(const decode::Alert &alert);

private:
    QHash<QString, QSet<QString>> m_seen;
    QSet<QString> m_acted;
};

} // namespace alertdeck::actions
