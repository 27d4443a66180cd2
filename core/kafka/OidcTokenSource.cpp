#include "OidcTokenSource.h"

#include "core/secrets/SecretWipe.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace alertdeck::kafka {
namespace {

// The OAuth2 error of a refused grant ("invalid_client: Bad client credentials"), or the HTTP reason.
QString oauthError(const QByteArray &body, const QString &httpReason)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    const QString error = object.value(QStringLiteral("error")).toString();
    const QString description = object.value(QStringLiteral("error_description")).toString();
    if (error.isEmpty())
        return httpReason;
    return description.isEmpty() ? error : QStringLiteral("%1: %2").arg(error, description);
}

// A JWT's "exp" claim in ms since the epoch (0 when it has none), for token endpoints that leave
// out expires_in.
qint64 jwtExpiryMs(const QByteArray &token)
{
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3)
        return 0;
    const QByteArray payload = QByteArray::fromBase64(parts.at(1), QByteArray::Base64UrlEncoding);
    return qint64(QJsonDocument::fromJson(payload).object().value(QStringLiteral("exp")).toDouble()) * 1000;
}

} // namespace

OidcTokenSource::OidcTokenSource(const config::StreamConfig &stream, QString clientSecret, QObject *parent)
    : QObject(parent)
    , m_clientId(stream.stringOption(QStringLiteral("client_id")))
    , m_clientSecret(clientSecret.toUtf8())
    , m_endpoint(tokenEndpoint(stream))
    , m_network(new QNetworkAccessManager(this))
{
    secrets::wipe(clientSecret);
}

OidcTokenSource::~OidcTokenSource()
{
    secrets::wipe(m_clientSecret);
}

bool OidcTokenSource::isNeeded(const QMap<QString, QString> &properties)
{
    const QString mechanism = properties.value(QStringLiteral("sasl.mechanisms"), properties.value(QStringLiteral("sasl.mechanism")));
    return mechanism.compare(QLatin1String("OAUTHBEARER"), Qt::CaseInsensitive) == 0
        && properties.value(QStringLiteral("enable.sasl.oauthbearer.unsecure.jwt")) != QLatin1String("true");
}

QUrl OidcTokenSource::tokenEndpoint(const config::StreamConfig &stream)
{
    const QString configured = stream.stringOption(QStringLiteral("token_endpoint"));
    if (!configured.isEmpty())
        return QUrl(configured);
    const QString domain = stream.stringOption(QStringLiteral("domain"));
    return QUrl(QStringLiteral("https://auth.%1/oauth2/token").arg(domain.isEmpty() ? QStringLiteral("gcn.nasa.gov") : domain));
}

void OidcTokenSource::refresh(rd_kafka_t *rk)
{
    m_rk = rk;
    if (m_pending)
        return;
    m_pending = true;
    QNetworkRequest request(m_endpoint);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setTransferTimeout(15000);
    // RFC 6749 2.3.1: HTTP Basic with the form-encoded id and secret, which every server must accept.
    QByteArray credentials = QUrl::toPercentEncoding(m_clientId) + ':' + QUrl::toPercentEncoding(QString::fromUtf8(m_clientSecret));
    QByteArray authorization = QByteArrayLiteral("Basic ") + credentials.toBase64();
    request.setRawHeader(QByteArrayLiteral("Authorization"), authorization);
    secrets::wipe(credentials);
    QNetworkReply *reply = m_network->post(request, QByteArrayLiteral("grant_type=client_credentials"));
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onReply(reply); });
}

void OidcTokenSource::onReply(QNetworkReply *reply)
{
    reply->deleteLater();
    m_pending = false;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    QByteArray body = reply->readAll();
    const QString httpReason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    if (status == 400 || status == 401 || status == 403) {
        fail(QCoreApplication::translate("AlertDeck", "token endpoint refused the client credentials (HTTP %1 %2)").arg(status).arg(oauthError(body, httpReason)));
        return;
    }
    if (status == 0) {
        fail(QCoreApplication::translate("AlertDeck", "token endpoint %1 not reachable: %2").arg(m_endpoint.toString(), reply->errorString()));
        return;
    }
    if (status != 200) {
        fail(QCoreApplication::translate("AlertDeck", "token endpoint %1 answered HTTP %2 %3").arg(m_endpoint.toString()).arg(status).arg(httpReason));
        return;
    }
    QByteArray token;
    qint64 expiresMs = 0;
    QString reason;
    const bool usable = readToken(body, &token, &expiresMs, &reason);
    secrets::wipe(body);
    if (!usable) {
        fail(reason);
        return;
    }
    char error[512];
    const rd_kafka_resp_err_t err = rd_kafka_oauthbearer_set_token(m_rk, token.constData(), expiresMs, m_clientId.toUtf8().constData(),
                                                                   nullptr, 0, error, sizeof error);
    secrets::wipe(token);
    if (err != RD_KAFKA_RESP_ERR_NO_ERROR)
        fail(QCoreApplication::translate("AlertDeck", "the token from %1 was refused: %2").arg(m_endpoint.toString(), QString::fromUtf8(error)));
}

bool OidcTokenSource::readToken(const QByteArray &body, QByteArray *token, qint64 *expiresMs, QString *reason) const
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    *token = object.value(QStringLiteral("access_token")).toString().toUtf8();
    if (token->isEmpty()) {
        *reason = QCoreApplication::translate("AlertDeck", "token endpoint %1 answered without an access_token").arg(m_endpoint.toString());
        return false;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QJsonValue expiresIn = object.value(QStringLiteral("expires_in"));
    *expiresMs = expiresIn.isDouble() ? now + qint64(expiresIn.toDouble() * 1000) : jwtExpiryMs(*token);
    if (*expiresMs == 0)
        *reason = QCoreApplication::translate("AlertDeck", "token endpoint %1 gave no expiry for its token (no expires_in, no exp claim)").arg(m_endpoint.toString());
    else if (*expiresMs <= now)
        *reason = QCoreApplication::translate("AlertDeck", "token endpoint %1 issued a token that had already expired (%2 s ago)")
                      .arg(m_endpoint.toString()).arg((now - *expiresMs) / 1000);
    if (reason->isEmpty())
        return true;
    secrets::wipe(*token);
    return false;
}

// librdkafka hears first (it retries the refresh in 10 s); the worker then reports and stops.
void OidcTokenSource::fail(const QString &reason)
{
    if (m_rk)
        rd_kafka_oauthbearer_set_token_failure(m_rk, reason.toUtf8().constData());
    emit failed(reason);
}

} // namespace alertdeck::kafka
