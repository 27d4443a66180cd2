#pragma once

#include "core/config/StreamConfig.h"

#include <QByteArray>
#include <QObject>
#include <QUrl>

#include <librdkafka/rdkafka.h>

class QNetworkAccessManager;
class QNetworkReply;

namespace alertdeck::kafka {

// OAUTHBEARER tokens for GCN Kafka, which librdkafka 2.0.2 cannot fetch itself (no built-in OIDC):
// the OAuth2 client-credentials grant against the stream's token endpoint. librdkafka asks through
// its refresh callback, served by rd_kafka_consumer_poll() in the worker's thread; the request then
// runs on that thread's event loop, so polling never waits for the token endpoint. librdkafka asks
// again at 80% of a token's lifetime, so a fresh token is in place before the old one expires.
class OidcTokenSource : public QObject
{
    Q_OBJECT
public:
    OidcTokenSource(const config::StreamConfig &stream, QString clientSecret, QObject *parent = nullptr);
    ~OidcTokenSource() override;

    // Whether a consumer with these librdkafka properties needs tokens from here (OAUTHBEARER without
    // librdkafka's unsecured development tokens).
    static bool isNeeded(const QMap<QString, QString> &properties);
    // options.token_endpoint, else https://auth.<domain>/oauth2/token as GCN Kafka's clients use.
    static QUrl tokenEndpoint(const config::StreamConfig &stream);

    // From librdkafka's refresh callback: starts a grant unless one is under way.
    void refresh(rd_kafka_t *rk);

signals:
    // The token endpoint refused or failed; reason names it, without the secret.
    void failed(const QString &reason);

private:
    void onReply(QNetworkReply *reply);
    // The token's expiry in ms since the epoch, or the reason the answer holds no usable token.
    bool readToken(const QByteArray &body, QByteArray *token, qint64 *expiresMs, QString *reason) const;
    void fail(const QString &reason);

    QString m_clientId;
    QByteArray m_clientSecret;
    QUrl m_endpoint;
    QNetworkAccessManager *m_network;
    rd_kafka_t *m_rk = nullptr;
    bool m_pending = false;
};

} // namespace alertdeck::kafka
