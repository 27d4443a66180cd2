#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QStringList>

namespace alertdeck::test {

// Runs the built alertdeck-cli as a user would and collects what it printed.
struct CliResult
{
    int exitCode = -1;
    bool finished = false;
    QByteArray out;
    QByteArray err;

    QList<QByteArray> outLines() const;
};

CliResult runCli(const QStringList &arguments, int timeoutMs = 60000, const QByteArray &input = {});

} // namespace alertdeck::test
