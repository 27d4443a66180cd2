#pragma once

#include <QStringList>

namespace alertdeck::cli {

// Each subcommand takes its own arguments (the subcommand's name first) and returns the exit code.
int runDecode(const QStringList &arguments);
int runListen(const QStringList &arguments);
int runReplay(const QStringList &arguments);
int runMonitor(const QStringList &arguments);
int runMock(const QStringList &arguments);
int runConfig(const QStringList &arguments);
int runSecret(const QStringList &arguments);

} // namespace alertdeck::cli
