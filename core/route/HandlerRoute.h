#pragma once

#include "ActionSet.h"
#include "Condition.h"
#include "core/config/HandlerAction.h"

#include <memory>
#include <vector>

namespace alertdeck::route {

// A topic handler compiled for the consume loop: what fires unconditionally is computed once;
// only the conditional actions are evaluated per alert. Copies share the compiled conditions.
class HandlerRoute
{
public:
    HandlerRoute() = default;
    // A null handler routes nothing. A condition that does not parse (the validator refuses those)
    // never fires, so a guarded action is never run unguarded.
    static HandlerRoute fromHandler(const config::TopicHandler *handler);

    ActionSet evaluate(const decode::Alert &alert) const;

private:
    struct Guarded
    {
        std::optional<Condition> condition;
        quint8 bit = 0;
        quint64 fired = 0;
    };

    ActionSet m_always;
    std::shared_ptr<const std::vector<Guarded>> m_guarded;
};

} // namespace alertdeck::route
