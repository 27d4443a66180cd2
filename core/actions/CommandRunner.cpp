#include "CommandRunner.h"

#include <QCoreApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QTimer>

namespace alertdeck::actions {
namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("AlertDeck", text);
}

// Enough of stderr to say what went wrong without flooding the log.
constexpr int maxStderrChars = 2000;

QString number(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'g', 15) : QString();
}

QString describe(const QStringList &argv)
{
    return argv.join(QLatin1Char(' '));
}

} // namespace

CommandRunner::CommandRunner(QObject *parent)
    : QObject(parent)
{
}

QStringList CommandRunner::substitute(const QStringList &argv, const decode::ReceivedAlert &received)
{
    const decode::Alert &alert = received.alert;
    const QList<std::pair<QString, QString>> values{
        {QStringLiteral("{id}"), alert.id},          {QStringLiteral("{ra}"), number(alert.ra)},
        {QStringLiteral("{dec}"), number(alert.dec)}, {QStringLiteral("{event}"), alert.event},
        {QStringLiteral("{topic}"), received.topic},  {QStringLiteral("{type}"), alert.alertType},
        {QStringLiteral("{source}"), alert.source},   {QStringLiteral("{time}"), alert.time},
        {QStringLiteral("{stream}"), received.stream}, {QStringLiteral("{format}"), alert.format},
        {QStringLiteral("{mag}"), number(alert.mag)},
    };
    QStringList result;
    for (QString item : argv) {
        // One pass per placeholder over the original item would substitute inside values too
        // (an event named "{id}"); scanning once left to right does not.
        QString out;
        for (qsizetype i = 0; i < item.size();) {
            const auto match = std::find_if(values.cbegin(), values.cend(), [&](const auto &pair) {
                return QStringView(item).mid(i).startsWith(pair.first);
            });
            if (match == values.cend()) {
                out += item.at(i++);
            } else {
                out += match->second;
                i += match->first.size();
            }
        }
        result << out;
    }
    return result;
}

QProcessEnvironment CommandRunner::cleanEnvironment(const QSet<QString> &secretVariables)
{
    static const QRegularExpression secretName(QStringLiteral("PASSW|SECRET|TOKEN|CREDENTIAL|API_?KEY|PRIVATE|SASL|AUTH"),
                                               QRegularExpression::CaseInsensitiveOption);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name : environment.keys()) {
        if (secretVariables.contains(name) || secretName.match(name).hasMatch())
            environment.remove(name);
    }
    return environment;
}

void CommandRunner::enqueue(const QString &queueKey, int maxConcurrent, Job job)
{
    Queue &queue = m_queues[queueKey];
    queue.maxConcurrent = std::max(1, maxConcurrent);
    if (queue.running < queue.maxConcurrent)
        start(queueKey, job);
    else
        queue.waiting.push_back(std::move(job));
}

void CommandRunner::start(const QString &queueKey, const Job &job)
{
    ++m_queues[queueKey].running;
    ++m_running;
    auto *process = new QProcess(this);
    auto *timer = new QTimer(process);
    timer->setSingleShot(true);
    process->setProgram(job.argv.value(0));
    process->setArguments(job.argv.mid(1));
    process->setProcessEnvironment(cleanEnvironment(m_secretVariables));
    process->setStandardOutputFile(QProcess::nullDevice());
    const QString what = describe(job.argv);
    const auto report = [this, job, what](const QString &message, bool failure) {
        emit logged({job.stream, QStringLiteral("command"), translated("command \"%1\" for alert %2: %3").arg(what, job.alertId, message), failure});
    };
    connect(timer, &QTimer::timeout, process, [process, timer] {
        timer->setProperty("expired", true);
        process->kill();
    });
    connect(process, &QProcess::started, process, [process, timer, job] {
        timer->start(job.timeoutMs);
        process->write(job.input);
        process->closeWriteChannel();
    });
    connect(process, &QProcess::errorOccurred, this, [this, process, queueKey, report](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        report(translated("could not start: %1").arg(process->errorString()), true);
        process->deleteLater();
        onDone(queueKey);
    });
    connect(process, &QProcess::finished, this, [this, process, timer, queueKey, report, job](int exitCode, QProcess::ExitStatus status) {
        const QString stderrText = QString::fromUtf8(process->readAllStandardError()).trimmed().left(maxStderrChars);
        if (timer->property("expired").toBool())
            report(translated("killed after its timeout of %1 s").arg(job.timeoutMs / 1000.0), true);
        else if (status == QProcess::CrashExit)
            report(translated("crashed: %1").arg(stderrText), true);
        else if (exitCode != 0)
            report(translated("exited with %1: %2").arg(exitCode).arg(stderrText), true);
        else
            report(stderrText.isEmpty() ? translated("exited with 0") : translated("exited with 0: %1").arg(stderrText), false);
        process->deleteLater();
        onDone(queueKey);
    });
    process->start(QIODevice::ReadWrite);
}

void CommandRunner::onDone(const QString &queueKey)
{
    --m_running;
    Queue &queue = m_queues[queueKey];
    --queue.running;
    if (!queue.waiting.empty() && queue.running < queue.maxConcurrent) {
        const Job next = std::move(queue.waiting.front());
        queue.waiting.pop_front();
        start(queueKey, next);
    }
    if (m_running == 0)
        emit idle();
}

} // namespace alertdeck::actions
