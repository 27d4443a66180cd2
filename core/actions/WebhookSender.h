#pragma once

#include "ActionStatus.h"
#include "core/decode/ReceivedAlert.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

namespace alertdeck::actions {

// The `webhook` action: POSTs the normalized alert JSON (or, with `slack`, a Slack/Mattermost
// {"text": ...} message) and retries failures (network errors, HTTP 5xx and 429) with a doubling
// pause, so a receiver that restarts or is briefly overloaded still gets the alert.
class WebhookSender : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QString stream;
        QUrl url;
        QByteArray body;
        int timeoutMs = 10000;
        int retries = 3;
        QString alertId;
    };

    explicit WebhookSender(QObject *parent = nullptr);

    static Request requestFor(const QString &stream, const QJsonObject &settings, const decode::ReceivedAlert &alert);
    static QString slackText(const decode::ReceivedAlert &alert);

    void send(const Request &request);
    bool isIdle() const { return m_pending == 0; }
    // The pause before the first retry; doubled for each further one.
    void setFirstRetryDelay(int ms) { m_firstRetryDelayMs = ms; }

signals:
    void logged(const alertdeck::actions::ActionLogEntry &entry);
    void idle();

private:
    void attempt(const Request &request, int attemptNumber);
    void finish();

    QNetworkAccessManager m_network;
    int m_pending = 0;
    int m_firstRetryDelayMs = 1000;
};

} // namespace alertdeck::actions
