#include "SchemaRegistryClient.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslSocket>
#include <QTcpSocket>

#include <memory>

namespace alertdeck::decode {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AlertDeck", text);
}

// Splits an HTTP response into its status code and body. An HTTP/1.0 request gets an unchunked
// body; it ends where Content-Length says, or when the server closes the connection.
struct Response
{
    int status = 0;
    QByteArray body;
    bool complete = false;
};

Response parseResponse(const QByteArray &response)
{
    const qsizetype headerEnd = response.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return {};
    const QByteArray header = response.left(headerEnd);
    const QList<QByteArray> statusLine = header.left(header.indexOf("\r\n")).split(' ');
    Response parsed{statusLine.size() >= 2 ? statusLine[1].toInt() : 0, response.mid(headerEnd + 4), false};
    for (const QByteArray &line : header.split('\n')) {
        if (line.toLower().startsWith("content-length:"))
            parsed.complete = parsed.body.size() >= line.mid(15).trimmed().toLongLong();
    }
    return parsed;
}

} // namespace

SchemaRegistryClient::SchemaRegistryClient(const QUrl &baseUrl, int timeoutMs)
    : m_baseUrl(baseUrl), m_timeoutMs(timeoutMs)
{
}

SchemaRegistryClient::Result SchemaRegistryClient::fetch(int schemaId) const
{
    Result result = get(QStringLiteral("/schemas/ids/%1").arg(schemaId));
    if (!result.error.isEmpty())
        return result;
    QJsonParseError parseError;
    const QJsonObject reply = QJsonDocument::fromJson(result.schema, &parseError).object();
    const QString schema = reply.value(QLatin1String("schema")).toString();
    if (schema.isEmpty())
        return {{}, tr("schema registry %1 sent no schema for id %2").arg(m_baseUrl.toString()).arg(schemaId)};
    return {schema.toUtf8(), {}};
}

SchemaRegistryClient::Result SchemaRegistryClient::get(const QString &path) const
{
    const bool tls = m_baseUrl.scheme() == QLatin1String("https");
    std::unique_ptr<QTcpSocket> socket(tls ? new QSslSocket : new QTcpSocket);
    const quint16 port = quint16(m_baseUrl.port(tls ? 443 : 80));
    if (tls)
        static_cast<QSslSocket *>(socket.get())->connectToHostEncrypted(m_baseUrl.host(), port);
    else
        socket->connectToHost(m_baseUrl.host(), port);
    const bool ready = tls ? static_cast<QSslSocket *>(socket.get())->waitForEncrypted(m_timeoutMs)
                           : socket->waitForConnected(m_timeoutMs);
    const QString where = m_baseUrl.toString();
    if (!ready)
        return {{}, tr("schema registry %1 unreachable: %2").arg(where, socket->errorString())};

    QString basePath = m_baseUrl.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    QByteArray request = "GET " + (basePath + path).toUtf8() + " HTTP/1.0\r\nHost: " + m_baseUrl.host().toUtf8()
                         + "\r\nAccept: application/vnd.schemaregistry.v1+json, application/json\r\n";
    if (!m_baseUrl.userName().isEmpty()) {
        const QByteArray credentials = (m_baseUrl.userName() + QLatin1Char(':') + m_baseUrl.password()).toUtf8();
        request += "Authorization: Basic " + credentials.toBase64() + "\r\n";
    }
    socket->write(request + "\r\n");
    socket->waitForBytesWritten(m_timeoutMs);

    QByteArray response;
    Response parsed;
    while (!parsed.complete && (socket->state() == QAbstractSocket::ConnectedState || socket->bytesAvailable() > 0)) {
        if (socket->bytesAvailable() == 0 && !socket->waitForReadyRead(m_timeoutMs))
            break;
        response += socket->readAll();
        parsed = parseResponse(response);
    }
    if (!parsed.complete && socket->error() == QAbstractSocket::SocketTimeoutError)
        return {{}, tr("schema registry %1 timed out").arg(where)};
    if (parsed.status != 200)
        return {{}, tr("schema registry %1 answered %2 for %3").arg(where).arg(parsed.status).arg(path)};
    return {parsed.body, {}};
}

} // namespace alertdeck::decode
