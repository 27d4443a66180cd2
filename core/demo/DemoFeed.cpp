#include "DemoFeed.h"

#include "DemoSkyMap.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace alertdeck::demo {
namespace {

QByteArray readResource(const QString &name, QString *error)
{
    QFile file(QStringLiteral(":/samples/") + name);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = DemoFeed::tr("the demo sample \"%1\" is missing from this build").arg(name);
        return {};
    }
    return file.readAll();
}

// An IGWN sample whose script entry asks for a sky map gets one in event.skymap, base64 as in
// igwn.gwalert JSON.
QByteArray withSkyMap(const QByteArray &payload, const QJsonObject &blob)
{
    const QByteArray fits = gaussianSkyMap(blob.value(QStringLiteral("ra")).toDouble(),
                                           blob.value(QStringLiteral("dec")).toDouble(),
                                           blob.value(QStringLiteral("sigma")).toDouble(5));
    QJsonObject alert = QJsonDocument::fromJson(payload).object();
    QJsonObject event = alert.value(QStringLiteral("event")).toObject();
    event.insert(QStringLiteral("skymap"), QString::fromLatin1(fits.toBase64()));
    alert.insert(QStringLiteral("event"), event);
    return QJsonDocument(alert).toJson(QJsonDocument::Compact);
}

} // namespace

DemoFeed::DemoFeed(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &DemoFeed::publishNext);
}

DemoFeed::~DemoFeed() = default;

bool DemoFeed::start(QString *error)
{
    if (!loadScript(error))
        return false;
    m_cluster = kafka::MockCluster::create(1, error);
    if (!m_cluster)
        return false;
    for (const QString &topic : std::as_const(m_topics)) {
        if (!m_cluster->createTopic(topic, 1, error))
            return false;
    }
    m_producer = kafka::MessageProducer::create({{QStringLiteral("bootstrap.servers"), bootstrap()}}, error);
    if (!m_producer)
        return false;
    m_timer.start(m_messages.first().afterMs);
    return true;
}

bool DemoFeed::loadScript(QString *error)
{
    const QByteArray script = readResource(QStringLiteral("demo.json"), error);
    if (script.isEmpty())
        return false;
    const QJsonObject root = QJsonDocument::fromJson(script).object();
    for (const QJsonValue &topic : root.value(QStringLiteral("topics")).toArray())
        m_topics << topic.toString();
    m_repeatAfterMs = root.value(QStringLiteral("repeat_after_ms")).toInt();
    for (const QJsonValue &value : root.value(QStringLiteral("messages")).toArray()) {
        const QJsonObject entry = value.toObject();
        Message message;
        message.topic = entry.value(QStringLiteral("topic")).toString();
        message.afterMs = entry.value(QStringLiteral("after_ms")).toInt();
        message.payload = readResource(entry.value(QStringLiteral("file")).toString(), error);
        if (message.payload.isEmpty())
            return false;
        if (entry.contains(QStringLiteral("skymap")))
            message.payload = withSkyMap(message.payload, entry.value(QStringLiteral("skymap")).toObject());
        const QJsonObject headers = entry.value(QStringLiteral("headers")).toObject();
        for (auto it = headers.begin(); it != headers.end(); ++it)
            message.headers.append({it.key().toUtf8(), it.value().toString().toUtf8()});
        m_messages.append(message);
    }
    if (m_messages.isEmpty()) {
        *error = tr("the demo script has no messages");
        return false;
    }
    return true;
}

void DemoFeed::publishNext()
{
    const Message &message = m_messages.at(m_next);
    QString error;
    if (m_producer->produce(message.topic, message.payload, message.headers, {}, &error))
        emit published(message.topic);
    else
        qWarning("demo: %s", qPrintable(error));
    m_next = (m_next + 1) % m_messages.size();
    const int pause = m_next == 0 ? m_repeatAfterMs : m_messages.at(m_next).afterMs;
    m_timer.start(pause);
}

QString DemoFeed::bootstrap() const
{
    return m_cluster ? m_cluster->bootstrap() : QString();
}

config::StreamConfig DemoFeed::streamConfig() const
{
    config::StreamConfig stream;
    stream.name = tr("Demo");
    stream.kind = config::StreamKind::Kafka;
    stream.options.insert(QStringLiteral("bootstrap"), bootstrap());
    stream.kafkaProperties.insert(QStringLiteral("auto.offset.reset"), QStringLiteral("earliest"));
    stream.handlers.append({QStringLiteral("*"), {config::HandlerAction{QStringLiteral("table"), {}, {}}}});
    return stream;
}

} // namespace alertdeck::demo
