#include "AvroSampleWriter.h"
#include "LoopbackPort.h"

#include "core/decode/DecoderRegistry.h"
#include "core/decode/GenericAvroDecoder.h"
#include "core/decode/RubinAvroDecoder.h"
#include "core/decode/ZtfAvroDecoder.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>

#include <cmath>
#include <thread>
#include <vector>

using namespace alertdeck::decode;
using alertdeck::test::AvroSampleWriter;

namespace {

// A Confluent Schema Registry on loopback, on its own thread: the decoder under test blocks its
// caller while it asks, so the server cannot share the test's thread.
class LoopbackRegistry : public QThread
{
public:
    // Some registries keep the connection open after answering (the body then ends where
    // Content-Length says), others close it without sending Content-Length.
    enum class Framing { KeepAliveWithLength, CloseWithoutLength };

    explicit LoopbackRegistry(QHash<int, QByteArray> schemas, Framing framing = Framing::KeepAliveWithLength)
        : m_schemas(std::move(schemas)), m_framing(framing)
    {
    }
    ~LoopbackRegistry() override
    {
        quit();
        wait();
    }

    quint16 startServing()
    {
        start();
        while (m_port.loadAcquire() == 0)
            QThread::yieldCurrentThread();
        return quint16(m_port.loadAcquire());
    }
    int requests() const { return m_requests.loadAcquire(); }

protected:
    void run() override
    {
        QTcpServer server;
        server.listen(QHostAddress::LocalHost);
        QObject::connect(&server, &QTcpServer::newConnection, &server, [&] {
            while (QTcpSocket *socket = server.nextPendingConnection())
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { answer(socket); });
        });
        m_port.storeRelease(server.serverPort());
        exec();
    }

private:
    void answer(QTcpSocket *socket)
    {
        const QByteArray request = socket->peek(4096);
        if (!request.contains("\r\n\r\n"))
            return;
        m_requests.fetchAndAddRelease(1);
        const QByteArray path = request.split(' ').value(1);
        const int id = path.startsWith("/schemas/ids/") ? path.mid(13).toInt() : -1;
        QByteArray status = "404 Not Found";
        QByteArray body = R"({"error_code":40403,"message":"Schema not found"})";
        if (m_schemas.contains(id)) {
            status = "200 OK";
            body = QJsonDocument(QJsonObject{{QStringLiteral("schema"), QString::fromUtf8(m_schemas.value(id))}})
                       .toJson(QJsonDocument::Compact);
        }
        socket->read(request.indexOf("\r\n\r\n") + 4);
        QByteArray response = "HTTP/1.1 " + status + "\r\nContent-Type: application/vnd.schemaregistry.v1+json\r\n";
        if (m_framing == Framing::KeepAliveWithLength) {
            socket->write(response + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
            return;
        }
        socket->write(response + "Connection: close\r\n\r\n" + body);
        socket->disconnectFromHost();
    }

    QHash<int, QByteArray> m_schemas;
    Framing m_framing;
    QAtomicInt m_port = 0;
    QAtomicInt m_requests = 0;
};

RawMessage message(const QByteArray &payload)
{
    RawMessage raw;
    raw.payload = payload;
    return raw;
}

QString rubinSchemaDir()
{
    return AvroSampleWriter::defaultSchemaDir() + QStringLiteral("/rubin");
}

// Rubin alert number 42 of the sample writer, whatever schema or framing carried it.
void verifyRubinAlert42(const Alert &alert)
{
    QVERIFY2(alert.decodeError.isEmpty(), qPrintable(alert.decodeError));
    QCOMPARE(alert.format, QStringLiteral("avro.rubin"));
    QCOMPARE(alert.source, QStringLiteral("Rubin"));
    QCOMPARE(alert.id, QStringLiteral("170094456000000294")); // 170094456000000000 + 42 * 7, exact
    QCOMPARE(alert.event, QStringLiteral("313897383000000042"));
    QCOMPARE(*alert.ra, 52.25);
    QCOMPARE(*alert.dec, -9.0);
    QVERIFY(std::abs(*alert.mag - 19.81632) < 1e-4); // 31.4 - 2.5 log10(43000 nJy)
    QVERIFY(alert.title.contains(QLatin1String("313897383000000042")));
}

} // namespace

class TestAvroDecoders : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void rubinConfluentWithSchemaFromDirectory();
    void rubinOlderFieldNames();
    void rubinContainer();
    void rubinTimeIsTaiMinusLeapSeconds();
    void rubinSchemaFromRegistryIsFetchedOnce();
    void rubinRegistryClosingTheConnection();
    void rubinUnknownSchemaId();
    void rubinRegistryDown();
    void truncatedAndCorruptPayloadsAreKept();
    void ztfContainer();
    void deflateContainerWithManyRecords();
    void recognizesTheirOwnPayloads();
    void datumTreeKeepsBytesAsSizes();
    void registryRoutesAvroPayloads();
    void decodersAreSharedBetweenThreads();

private:
    AvroSampleWriter m_writer;
};

void TestAvroDecoders::initTestCase()
{
    QVERIFY2(m_writer.rubinSchema(1000), "resources/schemas/rubin/1000.avsc must load (ALERTDECK_SOURCE_DIR)");
}

void TestAvroDecoders::rubinConfluentWithSchemaFromDirectory()
{
    const RubinAvroDecoder decoder(rubinSchemaDir(), QString());
    const QByteArray payload = m_writer.rubinConfluent(42);
    QVERIFY(payload.size() > 75'000); // three 26 KB stamps: the size of a real Rubin alert
    const QVector<Alert> alerts = decoder.decode(message(payload));
    QCOMPARE(alerts.size(), 1);
    verifyRubinAlert42(alerts[0]);
    QVERIFY(std::abs(*alerts[0].score - 0.42) < 1e-6); // reliability
}

void TestAvroDecoders::rubinOlderFieldNames()
{
    const RubinAvroDecoder decoder(rubinSchemaDir(), QString());
    const QVector<Alert> alerts = decoder.decode(message(m_writer.rubinConfluent(42, 400)));
    QCOMPARE(alerts.size(), 1);
    verifyRubinAlert42(alerts[0]); // alertId, decl, psFlux instead of diaSourceId, dec, psfFlux
    QCOMPARE(*alerts[0].score, 17.0); // no reliability in the old schema: snr = 5 + 42 % 30
}

void TestAvroDecoders::rubinContainer()
{
    const RubinAvroDecoder decoder{QString(), QString()}; // the container brings its schema
    const QVector<Alert> alerts = decoder.decode(message(m_writer.rubinContainer(42)));
    QCOMPARE(alerts.size(), 1);
    verifyRubinAlert42(alerts[0]);
}

void TestAvroDecoders::rubinTimeIsTaiMinusLeapSeconds()
{
    const RubinAvroDecoder decoder(rubinSchemaDir(), QString());
    // Alert 0 was observed at MJD 61000.5 TAI = 2025-11-21 12:00:00 TAI; UTC is 37 s behind.
    const QVector<Alert> alerts = decoder.decode(message(m_writer.rubinConfluent(0)));
    QCOMPARE(alerts.size(), 1);
    QCOMPARE(alerts[0].time, QStringLiteral("2025-11-21T11:59:23.000Z"));
}

void TestAvroDecoders::rubinSchemaFromRegistryIsFetchedOnce()
{
    QFile schemaFile(rubinSchemaDir() + QStringLiteral("/1000.avsc"));
    QVERIFY(schemaFile.open(QIODevice::ReadOnly));
    LoopbackRegistry registry({{77, schemaFile.readAll()}});
    const quint16 port = registry.startServing();
    const RubinAvroDecoder decoder(QString(), QStringLiteral("http://127.0.0.1:%1/").arg(port));

    const QByteArray datum = m_writer.rubinConfluent(42).mid(5);
    QElapsedTimer timer;
    timer.start();
    for (int round = 0; round < 3; ++round) {
        const QVector<Alert> alerts = decoder.decode(message(AvroSampleWriter::confluent(77, datum)));
        QCOMPARE(alerts.size(), 1);
        verifyRubinAlert42(alerts[0]);
    }
    QCOMPARE(registry.requests(), 1);
    QVERIFY(timer.elapsed() < 2000); // the kept-open connection did not have to time out

    const QVector<Alert> unknown = decoder.decode(message(AvroSampleWriter::confluent(78, datum)));
    QCOMPARE(unknown.size(), 1);
    QVERIFY2(unknown[0].decodeError.contains(QLatin1String("404")), qPrintable(unknown[0].decodeError));
}

void TestAvroDecoders::rubinRegistryClosingTheConnection()
{
    QFile schemaFile(rubinSchemaDir() + QStringLiteral("/400.avsc"));
    QVERIFY(schemaFile.open(QIODevice::ReadOnly));
    LoopbackRegistry registry({{400, schemaFile.readAll()}}, LoopbackRegistry::Framing::CloseWithoutLength);
    const RubinAvroDecoder decoder(QString(), QStringLiteral("http://127.0.0.1:%1").arg(registry.startServing()));
    verifyRubinAlert42(decoder.decode(message(m_writer.rubinConfluent(42, 400))).value(0));
}

void TestAvroDecoders::rubinUnknownSchemaId()
{
    const RubinAvroDecoder decoder(rubinSchemaDir(), QString());
    const QByteArray datum = m_writer.rubinConfluent(1).mid(5);
    const QVector<Alert> alerts = decoder.decode(message(AvroSampleWriter::confluent(999, datum)));
    QCOMPARE(alerts.size(), 1);
    QVERIFY2(alerts[0].decodeError.contains(QLatin1String("999")), qPrintable(alerts[0].decodeError));
    QCOMPARE(alerts[0].format, QStringLiteral("avro.rubin"));
    QVERIFY(!alerts[0].id.isEmpty());
}

void TestAvroDecoders::rubinRegistryDown()
{
    const RubinAvroDecoder decoder(QString(), QStringLiteral("http://127.0.0.1:%1").arg(alertdeck::test::closedLoopbackPort()));
    const QVector<Alert> alerts = decoder.decode(message(m_writer.rubinConfluent(3)));
    QCOMPARE(alerts.size(), 1);
    QVERIFY2(alerts[0].decodeError.contains(QLatin1String("unreachable")), qPrintable(alerts[0].decodeError));
}

void TestAvroDecoders::truncatedAndCorruptPayloadsAreKept()
{
    const RubinAvroDecoder rubin(rubinSchemaDir(), QString());
    const QByteArray confluent = m_writer.rubinConfluent(5);
    const QVector<Alert> truncated = rubin.decode(message(confluent.left(confluent.size() / 2)));
    QCOMPARE(truncated.size(), 1);
    QVERIFY(truncated[0].decodeError.contains(QLatin1String("remain")));

    QByteArray extra = confluent + "trailing";
    const QVector<Alert> trailing = rubin.decode(message(extra));
    QCOMPARE(trailing.size(), 1);
    QVERIFY(trailing[0].decodeError.contains(QLatin1String("left over")));

    const ZtfAvroDecoder ztf;
    QByteArray badHeader = m_writer.ztfContainer(1);
    badHeader[6] = '\x7f'; // inside the metadata map: the schema text length
    const QVector<Alert> header = ztf.decode(message(badHeader));
    QCOMPARE(header.size(), 1);
    QVERIFY(!header[0].decodeError.isEmpty());

    // Two records in one container, the second cut short: the first is kept, then the error.
    const auto schema = m_writer.ztfSchema();
    const QByteArray two = AvroSampleWriter::container(*schema, {AvroSampleWriter::ztfAlert(1), AvroSampleWriter::ztfAlert(2)});
    const QVector<Alert> partial = ztf.decode(message(two.left(two.size() - 40)));
    QCOMPARE(partial.size(), 1); // the block is one unit: cut, it cannot be framed
    QVERIFY(!partial[0].decodeError.isEmpty());
    QCOMPARE(partial[0].format, QStringLiteral("avro.ztf"));
}

void TestAvroDecoders::ztfContainer()
{
    const ZtfAvroDecoder decoder;
    const QVector<Alert> alerts = decoder.decode(message(m_writer.ztfContainer(0)));
    QCOMPARE(alerts.size(), 1);
    const Alert &alert = alerts[0];
    QVERIFY2(alert.decodeError.isEmpty(), qPrintable(alert.decodeError));
    QCOMPARE(alert.format, QStringLiteral("avro.ztf"));
    QCOMPARE(alert.source, QStringLiteral("ZTF"));
    QCOMPARE(alert.id, QStringLiteral("2460000000015015000"));
    QCOMPARE(alert.event, QStringLiteral("ZTF25aaaaaaa"));
    QCOMPARE(alert.time, QStringLiteral("2023-02-25T00:00:00.000Z")); // JD 2460000.5
    QCOMPARE(*alert.ra, 100.125);
    QCOMPARE(*alert.dec, 10.0);
    QCOMPARE(*alert.mag, 18.5);
    QCOMPARE(*alert.score, 0.875); // drb preferred over rb
    QVERIFY(!alert.test);
    QCOMPARE(alert.title, QStringLiteral("ZTF ZTF25aaaaaaa: g-band 18.50 mag"));
}

void TestAvroDecoders::deflateContainerWithManyRecords()
{
    const auto schema = m_writer.ztfSchema();
    QVariantList records;
    for (int i = 0; i < 20; ++i)
        records.append(AvroSampleWriter::ztfAlert(i, {2000, 3}));
    const QByteArray payload = AvroSampleWriter::container(*schema, records, AvroSampleWriter::Codec::Deflate);
    const QVector<Alert> alerts = ZtfAvroDecoder().decode(message(payload));
    QCOMPARE(alerts.size(), 20);
    for (int i = 0; i < 20; ++i) {
        QVERIFY2(alerts[i].decodeError.isEmpty(), qPrintable(alerts[i].decodeError));
        QCOMPARE(alerts[i].id, QString::number(2460000000015015000LL + i));
        QCOMPARE(*alerts[i].mag, 18.5 + (i % 8) * 0.125);
    }
}

void TestAvroDecoders::recognizesTheirOwnPayloads()
{
    const ZtfAvroDecoder ztf;
    const RubinAvroDecoder rubin(rubinSchemaDir(), QString());
    const GenericAvroDecoder generic;
    const RawMessage ztfMessage = message(m_writer.ztfContainer(1, {100, 1}));
    const RawMessage rubinMessage = message(m_writer.rubinContainer(1, 1000, {100, 1}));
    const RawMessage confluentMessage = message(m_writer.rubinConfluent(1, 1000, {100, 1}));
    const RawMessage unknownId = message(AvroSampleWriter::confluent(4242, confluentMessage.payload.mid(5)));
    const RawMessage json = message(R"({"superevent_id": "S1"})");

    QVERIFY(ztf.recognizes(ztfMessage));
    QVERIFY(!ztf.recognizes(rubinMessage));
    QVERIFY(!ztf.recognizes(confluentMessage));
    QVERIFY(rubin.recognizes(rubinMessage));
    QVERIFY(rubin.recognizes(confluentMessage));
    QVERIFY(!rubin.recognizes(unknownId)); // a zero byte alone is no evidence without a registry
    QVERIFY(!rubin.recognizes(ztfMessage));
    QVERIFY(generic.recognizes(ztfMessage));
    QVERIFY(!generic.recognizes(confluentMessage));
    QVERIFY(!generic.recognizes(json) && !ztf.recognizes(json) && !rubin.recognizes(json));
}

void TestAvroDecoders::datumTreeKeepsBytesAsSizes()
{
    const RubinAvroDecoder decoder(rubinSchemaDir(), QString());
    const AvroAlertDecoder::Tree decoded = decoder.decodeTree(m_writer.rubinConfluent(42));
    QVERIFY2(decoded.error.isEmpty(), qPrintable(decoded.error));
    QCOMPARE(decoded.records.size(), 1);
    const QJsonObject tree = decoded.records[0].toObject();
    QCOMPARE(tree.value(QLatin1String("cutoutScience")).toObject().value(QLatin1String("$bytes")).toInteger(), 26000);
    QCOMPARE(tree.value(QLatin1String("diaSourceId")).toInteger(), 170094456000000294LL);
    const QJsonObject source = tree.value(QLatin1String("diaSource")).toObject();
    QCOMPARE(source.value(QLatin1String("band")).toString(), QStringLiteral("u"));
    QVERIFY(source.value(QLatin1String("ssObjectId")).isNull());
    QCOMPARE(tree.value(QLatin1String("prvDiaSources")).toArray().size(), 12);
    QVERIFY(tree.value(QLatin1String("ssSource")).isNull());
}

void TestAvroDecoders::registryRoutesAvroPayloads()
{
    const DecoderRegistry registry(DecoderRegistry::Options{rubinSchemaDir(), QString()});
    QVERIFY(registry.hasFormat(QStringLiteral("avro.rubin")) && registry.hasFormat(QStringLiteral("avro.ztf")));
    verifyRubinAlert42(registry.decode(message(m_writer.rubinConfluent(42))).value(0));
    verifyRubinAlert42(registry.decode(message(m_writer.rubinConfluent(42, 400))).value(0));

    // hop-client's "avro" model holding ZTF records is still read as ZTF.
    RawMessage viaHop = message(m_writer.ztfContainer(0, {100, 1}));
    viaHop.headers.append({QByteArrayLiteral("_format"), QByteArrayLiteral("avro")});
    const QVector<Alert> ztf = registry.decode(viaHop);
    QCOMPARE(ztf.size(), 1);
    QCOMPARE(ztf[0].format, QStringLiteral("avro.ztf"));
    QCOMPARE(ztf[0].event, QStringLiteral("ZTF25aaaaaaa"));

    // With a registry configured, a 160-byte GCN Classic packet (leading zero byte) is not Rubin's.
    const RubinAvroDecoder withRegistry(QString(), QStringLiteral("http://127.0.0.1:9"));
    QByteArray packet(160, '\0');
    packet[3] = 61; // packet type 61, Swift-BAT GRB position
    QVERIFY(!withRegistry.recognizes(message(packet)));
    QVERIFY(withRegistry.recognizes(message(m_writer.rubinConfluent(1, 1000, {100, 1}))));
}

void TestAvroDecoders::decodersAreSharedBetweenThreads()
{
    // Stream workers share one registry: schema caches and lookups must hold up to that.
    const RubinAvroDecoder rubin(rubinSchemaDir(), QString());
    const ZtfAvroDecoder ztf;
    QList<QByteArray> payloads;
    for (int i = 0; i < 50; ++i)
        payloads << m_writer.rubinConfluent(i, i % 2 ? 1000 : 400, {500, 2}) << m_writer.ztfContainer(i, {500, 2});
    QAtomicInt wrong = 0;
    std::vector<std::thread> workers;
    for (int t = 0; t < 4; ++t) {
        workers.emplace_back([&] {
            for (int round = 0; round < 5; ++round) {
                for (qsizetype i = 0; i < payloads.size(); ++i) {
                    const QVector<Alert> alerts = (i % 2 ? static_cast<const AlertDecoder &>(ztf) : rubin).decode(message(payloads[i]));
                    const qint64 index = i / 2;
                    const QString id = i % 2 ? QString::number(2460000000015015000LL + index)
                                             : QString::number(170094456000000000LL + index * 7);
                    if (alerts.size() != 1 || alerts[0].id != id || !alerts[0].decodeError.isEmpty())
                        wrong.fetchAndAddRelaxed(1);
                }
            }
        });
    }
    for (std::thread &worker : workers)
        worker.join();
    QCOMPARE(wrong.loadRelaxed(), 0);
}

QTEST_GUILESS_MAIN(TestAvroDecoders)
#include "tst_avrodecoders.moc"
