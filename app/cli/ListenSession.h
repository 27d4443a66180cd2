#pragma once

#include "core/engine/AlertEngine.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/secrets/StreamSecretResolver.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSet>
#include <QTextStream>

namespace alertdeck::cli {

// `alertdeck-cli listen`: runs streams through the engine, prints what arrives, and ends on
// SIGINT/SIGTERM, at the end of every partition (--until-eof) or after --max alerts; the shutdown
// always goes through the engine so every offset is stored before the process exits.
class ListenSession : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        engine::AlertEngine::Options engine;
        bool printJson = false;
        qint64 maxAlerts = 0;
        // Streams forward actions may produce to, consumed or not.
        QVector<config::StreamConfig> forwardTargets;
    };

    explicit ListenSession(Options options, QObject *parent = nullptr);

    bool start(const QVector<config::StreamConfig> &streams, QString *error);
    void requestStop();
    int exitCode() const { return m_exitCode; }
    engine::AlertEngine &engine() { return m_engine; }

signals:
    void finished();

private:
    void onSecretResolved(const QString &stream, const QString &secret, const QString &error);
    void onAlertsStored(const engine::StreamBatch &batch);
    void onStatus(const kafka::StreamStatus &status);
    void onActionLogged(const actions::ActionLogEntry &entry);
    void onHeartbeat(const actions::HeartbeatStatus &status);
    void onReachedEnd(const QString &stream);
    void onStreamFinished(const QString &stream);
    void onStopped();

    Options m_options;
    engine::AlertEngine m_engine;
    secrets::KeychainSecretStore m_keychain;
    secrets::StreamSecretResolver m_resolver;
    QHash<QString, config::StreamConfig> m_awaitingSecret;
    QTextStream m_out;
    QTextStream m_err;
    QSet<QString> m_running;
    QHash<QString, QString> m_lastReason;
    QElapsedTimer m_clock;
    qint64 m_alerts = 0;
    qint64 m_errors = 0;
    int m_exitCode = 0;
    bool m_stopping = false;
};

} // namespace alertdeck::cli
