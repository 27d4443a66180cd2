#include "HandlerRoute.h"

namespace alertdeck::route {
namespace {

quint8 builtInBit(const QString &action)
{
    if (action == QLatin1String("table"))
        return ActionSet::Table;
    if (action == QLatin1String("store"))
        return ActionSet::Store;
    if (action == QLatin1String("log"))
        return ActionSet::Log;
    return 0;
}

} // namespace

HandlerRoute HandlerRoute::fromHandler(const config::TopicHandler *handler)
{
    HandlerRoute route;
    if (!handler)
        return route;
    std::vector<Guarded> guarded;
    const int count = std::min(int(handler->actions.size()), 64);
    for (int i = 0; i < count; ++i) {
        const config::HandlerAction &action = handler->actions.at(i);
        const quint64 firedBit = quint64(1) << i;
        if (action.when.isEmpty()) {
            route.m_always.bits |= builtInBit(action.name);
            route.m_always.fired |= firedBit;
        } else {
            guarded.push_back({Condition::parse(action.when, nullptr), builtInBit(action.name), firedBit});
        }
    }
    if (!guarded.empty())
        route.m_guarded = std::make_shared<const std::vector<Guarded>>(std::move(guarded));
    return route;
}

ActionSet HandlerRoute::evaluate(const decode::Alert &alert) const
{
    ActionSet set = m_always;
    if (!m_guarded)
        return set;
    for (const Guarded &guarded : *m_guarded) {
        if (guarded.condition && guarded.condition->matches(alert)) {
            set.bits |= guarded.bit;
            set.fired |= guarded.fired;
        }
    }
    return set;
}

} // namespace alertdeck::route
