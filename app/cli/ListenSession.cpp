#include "ListenSession.h"

#include "CliSupport.h"

#include <QJsonDocument>

#include <cstdio>

namespace alertdeck::cli {

ListenSession::ListenSession(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_engine(m_options.engine)
    , m_resolver(&m_keychain)
    , m_out(stdout)
    , m_err(stderr)
{
    connect(&m_resolver, &secrets::StreamSecretResolver::resolved, this, &ListenSession::onSecretResolved);
    connect(&m_engine, &engine::AlertEngine::alertsStored, this, &ListenSession::onAlertsStored);
    connect(&m_engine, &engine::AlertEngine::streamStatusChanged, this, &ListenSession::onStatus);
    connect(&m_engine, &engine::AlertEngine::actionLogged, this, &ListenSession::onActionLogged);
    connect(&m_engine, &engine::AlertEngine::heartbeatChanged, this, &ListenSession::onHeartbeat);
    connect(&m_engine, &engine::AlertEngine::streamReachedEnd, this, &ListenSession::onReachedEnd);
    connect(&m_engine, &engine::AlertEngine::stopped, this, &ListenSession::onStopped);
    connect(&m_engine, &engine::AlertEngine::streamFinished, this, &ListenSession::onStreamFinished);
    connect(&m_engine, &engine::AlertEngine::storeWarning, this, &printError);
    connect(&m_engine, &engine::AlertEngine::storeFailed, this, [this](const QString &error) {
        printError(error);
        m_exitCode = ExitFailure;
        requestStop();
    });
}

bool ListenSession::start(const QVector<config::StreamConfig> &streams, QString *error)
{
    if (!m_engine.open(error))
        return false;
    m_engine.setForwardTargets(m_options.forwardTargets);
    m_clock.start();
    // Each stream starts once its secret is found (from its env variable or the keychain).
    for (const config::StreamConfig &stream : streams) {
        m_running.insert(stream.name);
        m_awaitingSecret.insert(stream.name, stream);
        m_resolver.resolve(stream);
    }
    return true;
}

void ListenSession::onSecretResolved(const QString &stream, const QString &secret, const QString &error)
{
    const config::StreamConfig config = m_awaitingSecret.take(stream);
    if (m_stopping)
        return;
    if (!error.isEmpty()) {
        printError(error);
        m_exitCode = ExitFailure;
        m_running.remove(stream);
        if (m_running.isEmpty())
            requestStop();
        return;
    }
    m_engine.startStream(config, secret);
}

void ListenSession::requestStop()
{
    if (m_stopping)
        return;
    m_stopping = true;
    m_engine.shutdown();
}

void ListenSession::onAlertsStored(const engine::StreamBatch &batch)
{
    for (qsizetype i = 0; i < batch.alerts.size(); ++i) {
        const decode::ReceivedAlert &alert = batch.alerts.at(i);
        if (m_options.maxAlerts > 0 && m_alerts >= m_options.maxAlerts)
            break;
        ++m_alerts;
        if (!alert.alert.decodeError.isEmpty()) {
            ++m_errors;
            m_err << tr("%1 %2[%3]@%4: %5").arg(alert.stream, alert.topic).arg(alert.partition).arg(alert.offset).arg(alert.alert.decodeError) << '\n';
        }
        if (m_options.printJson)
            m_out << QJsonDocument(alert.toJson()).toJson(QJsonDocument::Compact) << '\n';
        if (batch.actions.at(i).has(route::ActionSet::Log))
            m_err << QStringLiteral("[%1] %2: %3").arg(alert.stream, alert.topic, alert.alert.title) << '\n';
    }
    m_out.flush();
    m_err.flush();
    if (m_options.maxAlerts > 0 && m_alerts >= m_options.maxAlerts)
        requestStop();
}

void ListenSession::onStatus(const kafka::StreamStatus &status)
{
    if (status.reason.isEmpty() || m_lastReason.value(status.stream) == status.reason)
        return;
    m_lastReason.insert(status.stream, status.reason);
    printError(status.reason);
}

void ListenSession::onActionLogged(const actions::ActionLogEntry &entry)
{
    m_err << QStringLiteral("[%1] %2").arg(entry.stream, entry.message) << Qt::endl;
}

void ListenSession::onHeartbeat(const actions::HeartbeatStatus &status)
{
    if (status.alarm) {
        m_err << tr("[%1] no heartbeat on %2 for more than %3 s").arg(status.stream, status.topic).arg(status.alarmAfterMs / 1000.0)
              << Qt::endl;
    }
}

void ListenSession::onReachedEnd(const QString &stream)
{
    m_running.remove(stream);
    if (m_running.isEmpty())
        requestStop();
}

// A stream that ends on its own (it could not start, or a fatal broker error) has said why already;
// once none is left there is nothing to listen to.
void ListenSession::onStreamFinished(const QString &stream)
{
    if (m_stopping || !m_running.remove(stream))
        return;
    m_exitCode = ExitFailure;
    if (m_running.isEmpty())
        requestStop();
}

void ListenSession::onStopped()
{
    const double seconds = std::max(double(m_clock.nsecsElapsed()) / 1e9, 1e-9);
    m_err << tr("%1 alerts, %2 errors, %3 alerts/s").arg(m_alerts).arg(m_errors).arg(double(m_alerts) / seconds, 0, 'f', 1) << Qt::endl;
    emit finished();
}

} // namespace alertdeck::cli
