#pragma once

#include <QByteArray>
#include <QProcess>
#include <QStringList>

#include <functional>

namespace alertdeck::test {

// A long-running alertdeck-cli (listen, mock) that a test reads from while it runs and then stops
// with a signal, as a user at a terminal would with Ctrl-C.
class CliProcess
{
public:
    explicit CliProcess(const QStringList &arguments);
    ~CliProcess();

    bool started() const { return m_started; }
    // Reads the channel until `done` holds for everything it printed so far, the process ends, or
    // timeoutMs pass; returns everything that channel printed so far.
    QByteArray readUntil(QProcess::ProcessChannel channel, const std::function<bool(const QByteArray &)> &done,
                         int timeoutMs);
    // Sends `signal` and waits for the process to end; true when it ended normally in time.
    bool stop(int signal, int timeoutMs = 15000);
    // Everything the channel printed (complete once the process has ended).
    QByteArray output(QProcess::ProcessChannel channel);
    QProcess &process() { return m_process; }

private:
    void collect();

    QProcess m_process;
    bool m_started = false;
    QByteArray m_out;
    QByteArray m_err;
};

} // namespace alertdeck::test
