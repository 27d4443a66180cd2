#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <optional>

namespace alertdeck::cli {

// Exit codes of CONTRACTS.md.
enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitBadInput = 2 };

// Parses a subcommand's arguments. Returns an exit code when the command should end right away:
// ExitOk after printing --help, ExitBadInput after a one-line reason for bad usage.
std::optional<int> parseArguments(QCommandLineParser &parser, const QStringList &arguments);

// One line on stderr, prefixed with the program name.
void printError(const QString &message);

} // namespace alertdeck::cli
