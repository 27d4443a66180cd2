#pragma once

#include "ConfigProblem.h"
#include "HandlerAction.h"

#include <QStringList>

namespace alertdeck::config {

// Checks one handler action: that its name is known, that its `when` condition parses (the problem
// names the column), and that its own keys are the ones the action understands, with the right types.
class ActionSettingsValidator
{
public:
    static QStringList knownActions();
    // Actions the core marks with bits in the worker (no per-event memory there).
    static bool isBuiltIn(const QString &action);

    // `key` names the action in problems, e.g. "topic_handlers.igwn.gwalert[2]".
    static bool check(const QString &stream, const QString &key, const HandlerAction &action, ConfigProblems *problems);

private:
    static void checkCondition(const QString &stream, const QString &key, const HandlerAction &action, ConfigProblems *problems);
    static void checkOwnKeys(const QString &stream, const QString &key, const HandlerAction &action, ConfigProblems *problems);
};

} // namespace alertdeck::config
