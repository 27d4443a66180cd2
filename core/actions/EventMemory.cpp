#include "EventMemory.h"

namespace alertdeck::actions {
namespace {

constexpr qsizetype maxRemembered = 200000;

void insertBounded(QSet<QString> &set, const QString &value)
{
    if (set.size() >= maxRemembered)
        set.clear();
    set.insert(value);
}

} // namespace

bool EventMemory::firstOfEvent(const QString &actionKey, const decode::Alert &alert)
{
    if (alert.event.isEmpty())
        return true;
    QSet<QString> &seen = m_seen[actionKey];
    if (seen.contains(alert.event))
        return false;
    insertBounded(seen, alert.event);
    return true;
}

bool EventMemory::retractsActedEvent(const decode::Alert &alert) const
{
    return isRetraction(alert) && !alert.event.isEmpty() && m_acted.contains(alert.event);
}

void EventMemory::markActed(const decode::Alert &alert)
{
    if (!alert.event.isEmpty())
        insertBounded(m_acted, alert.event);
}

bool EventMemory::isRetraction(const decode::Alert &alert)
{
    return alert.alertType.startsWith(QLatin1String("retract"), Qt::CaseInsensitive);
}

} // namespace alertdeck::actions
