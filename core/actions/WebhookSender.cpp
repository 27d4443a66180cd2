#include "WebhookSender.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTimer>

namespace alertdeck::actions {
namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("AlertDeck", text);
}

QString coordinate(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'f', 4) : QStringLiteral("?");
}

bool worthRetrying(QNetworkReply *reply)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 500 || status == 429)
        return true;
    return status == 0 && reply->error() != QNetworkReply::NoError; // no HTTP answer at all
}

} // namespace

WebhookSender::WebhookSender(QObject *parent)
    : QObject(parent)
    , m_network(this)
{
}

QString WebhookSender::slackText(const decode::ReceivedAlert &received)
{
    const decode::Alert &alert = received.alert;
    return translated("%1\n%2 %3 %4 at RA %5, Dec %6 (stream %7, topic %8)")
        .arg(alert.title, alert.source, alert.event.isNull() ? QStringLiteral("-") : alert.event,
             alert.alertType.isNull() ? QStringLiteral("-") : alert.alertType, coordinate(alert.ra), coordinate(alert.dec),
             received.stream, received.topic);
}

WebhookSender::Request WebhookSender::requestFor(const QString &stream, const QJsonObject &settings, const decode::ReceivedAlert &alert)
{
    Request request;
    request.stream = stream;
    const QJsonValue url = settings.value(QStringLiteral("url"));
    // {"env": "VAR"}: the hook's URL (its secret) is read when the alert is sent, never stored.
    request.url = QUrl(url.isObject() ? qEnvironmentVariable(qPrintable(url.toObject().value(QStringLiteral("env")).toString()))
                                      : url.toString());
    request.timeoutMs = int(settings.value(QStringLiteral("timeout")).toDouble(10) * 1000);
    request.retries = settings.value(QStringLiteral("retries")).toInt(3);
    request.alertId = alert.alert.id;
    const QJsonObject body = settings.value(QStringLiteral("slack")).toBool()
        ? QJsonObject{{QStringLiteral("text"), slackText(alert)}}
        : alert.toJson();
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return request;
}

void WebhookSender::send(const Request &request)
{
    if (request.url.host().isEmpty()) {
        emit logged({request.stream, QStringLiteral("webhook"),
                     translated("webhook for alert %1 has no URL (is its environment variable set?)").arg(request.alertId), true});
        return;
    }
    ++m_pending;
    attempt(request, 1);
}

void WebhookSender::attempt(const Request &request, int attemptNumber)
{
    QNetworkRequest http(request.url);
    http.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    http.setTransferTimeout(request.timeoutMs);
    QNetworkReply *reply = m_network.post(http, request.body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, request, attemptNumber] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        // Only the host: a Slack or Mattermost hook's path is its secret.
        const QString target = request.url.host();
        if (reply->error() == QNetworkReply::NoError) {
            if (attemptNumber > 1) {
                emit logged({request.stream, QStringLiteral("webhook"),
                             translated("webhook %1 accepted alert %2 on attempt %3").arg(target, request.alertId).arg(attemptNumber), false});
            }
            finish();
            return;
        }
        const QString reason = status > 0 ? translated("HTTP %1 %2").arg(status).arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString())
                                          : reply->errorString();
        const int attempts = request.retries + 1;
        if (attemptNumber < attempts && worthRetrying(reply)) {
            const int delay = m_firstRetryDelayMs << (attemptNumber - 1);
            emit logged({request.stream, QStringLiteral("webhook"),
                         translated("webhook %1 for alert %2: %3 (attempt %4 of %5), retrying in %6 s")
                             .arg(target, request.alertId, reason).arg(attemptNumber).arg(attempts).arg(delay / 1000.0), true});
            QTimer::singleShot(delay, this, [this, request, attemptNumber] { attempt(request, attemptNumber + 1); });
            return;
        }
        emit logged({request.stream, QStringLiteral("webhook"),
                     translated("webhook %1 failed for alert %2 after %3 attempts: %4").arg(target, request.alertId).arg(attemptNumber).arg(reason), true});
        finish();
    });
}

void WebhookSender::finish()
{
    if (--m_pending == 0)
        emit idle();
}

} // namespace alertdeck::actions
