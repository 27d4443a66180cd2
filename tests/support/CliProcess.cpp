#include "CliProcess.h"

#include "TestEnvironment.h"

#include <QElapsedTimer>

#include <csignal>

namespace alertdeck::test {

CliProcess::CliProcess(const QStringList &arguments)
{
    m_process.start(cliPath(), arguments);
    m_started = m_process.waitForStarted(10000);
}

CliProcess::~CliProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

void CliProcess::collect()
{
    m_out += m_process.readAllStandardOutput();
    m_err += m_process.readAllStandardError();
}

QByteArray CliProcess::readUntil(QProcess::ProcessChannel channel, const std::function<bool(const QByteArray &)> &done,
                                 int timeoutMs)
{
    m_process.setReadChannel(channel);
    const QByteArray &collected = channel == QProcess::StandardOutput ? m_out : m_err;
    QElapsedTimer clock;
    clock.start();
    collect();
    while (!done(collected) && clock.elapsed() < timeoutMs && m_process.state() == QProcess::Running) {
        m_process.waitForReadyRead(500);
        collect();
    }
    return collected;
}

bool CliProcess::stop(int signal, int timeoutMs)
{
    ::kill(pid_t(m_process.processId()), signal);
    const bool ended = m_process.waitForFinished(timeoutMs);
    collect();
    return ended && m_process.exitStatus() == QProcess::NormalExit;
}

QByteArray CliProcess::output(QProcess::ProcessChannel channel)
{
    collect();
    return channel == QProcess::StandardOutput ? m_out : m_err;
}

} // namespace alertdeck::test
