#include "core/decode/DecoderRegistry.h"

#include <QTest>
#include <QUuid>

#include <thread>
#include <vector>

using alertdeck::decode::Alert;
using alertdeck::decode::DecoderRegistry;
using alertdeck::decode::RawMessage;

// Declared before the sample payloads: moc loses its place in multi-line raw strings.
class TestDecoderRegistry : public QObject
{
    Q_OBJECT
private slots:
    void listsFormats();
    void sniffsEachFormat_data();
    void sniffsEachFormat();
    void hopFormatHeaderChoosesModel_data();
    void hopFormatHeaderChoosesModel();
    void declaredFormatBeatsSniffing();
    void hopIdHeaderIsTheFallbackId();
    void undecodableInputIsKept_data();
    void undecodableInputIsKept();
    void decodesConcurrently();
    void survivesTruncationAndCorruption();
};

namespace {

const char kGcnNotice[] = R"({"$schema": "https://gcn.nasa.gov/schema/main/gcn/notices/einstein_probe/wxt/alert.schema.json",
  "instrument": "WXT", "trigger_time": "2025-06-11T11:11:11.11Z", "id": ["01749640271"],
  "ra": 33.3, "dec": 44.4, "ra_dec_error": 0.03})";
const char kIgwn[] = R"({"alert_type": "UPDATE", "time_created": "2025-06-12T00:00:00Z", "superevent_id": "S250611a",
  "event": {"time": "2025-06-11T23:59:00Z", "far": 1e-9}, "external_coinc": null})";
const char kCircularJson[] = R"({"circularId": 41000, "subject": "GRB 250612A: a fictional detection", "createdOn": 1749686400000})";
const char kHermes[] = R"({"title": "AT 2025qq: spectrum", "topic": "hermes.classification", "message_text": "classified",
  "data": {"targets": [{"name": "AT 2025qq", "ra": 1.5, "dec": 2.5}]}})";
const char kVoEvent[] = "<?xml version='1.0'?><voe:VOEvent xmlns:voe=\"http://www.ivoa.net/xml/VOEvent/v2.0\" "
                        "ivorn=\"ivo://nasa.gsfc.gcn/MAXI#Unknown_source_Pos_2025-06-13T01:02:03.00_100-0-1\" "
                        "role=\"observation\" version=\"2.0\"><What/></voe:VOEvent>";
const char kTextNotice[] = "TITLE:  GCN/AMON NOTICE\nNOTICE_TYPE:  ICECUBE Astrotrack Bronze\nRUN_NUM: 1\nEVENT_NUM: 2\n";
const char kMailCircular[] = "TITLE: GCN CIRCULAR\nNUMBER: 41001\nSUBJECT: GRB 250613B: more\nDATE: 25/06/13 10:00:00 GMT\n\nbody\n";

QByteArray binaryPacket()
{
    QByteArray bytes(160, '\0');
    bytes[3] = char(61);   // SWIFT_BAT_GRB_POS_ACK
    bytes[159] = '\n';     // word 39
    return bytes;
}

QVector<Alert> decode(const DecoderRegistry &registry, const QByteArray &payload, const QByteArray &hopFormat = {},
                      const QString &declared = {})
{
    RawMessage message;
    message.payload = payload;
    if (!hopFormat.isEmpty())
        message.headers.append({QByteArrayLiteral("_format"), hopFormat});
    message.declaredFormat = declared;
    return registry.decode(message);
}

} // namespace

void TestDecoderRegistry::listsFormats()
{
    DecoderRegistry registry;
    const QStringList names = registry.formatNames();
    QCOMPARE(names.first(), QStringLiteral("auto"));
    for (const char *name : {"gcn.json", "gcn.voevent", "gcn.text", "gcn.binary", "gcn.circular", "hop.json",
                             "hop.blob", "hop.circular", "hermes", "json", "text", "avro.ztf", "avro.rubin"}) {
        QVERIFY2(names.contains(QLatin1String(name)), name);
        QVERIFY(registry.hasFormat(QLatin1String(name)));
    }
    QVERIFY(!registry.hasFormat(QStringLiteral("nonsense")));
}

void TestDecoderRegistry::sniffsEachFormat_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("format");
    QTest::newRow("gcn notice") << QByteArray(kGcnNotice) << QStringLiteral("gcn.json");
    QTest::newRow("igwn") << QByteArray(kIgwn) << QStringLiteral("gcn.json");
    QTest::newRow("circular json") << QByteArray(kCircularJson) << QStringLiteral("gcn.circular");
    QTest::newRow("hermes") << QByteArray(kHermes) << QStringLiteral("hermes");
    QTest::newRow("voevent") << QByteArray(kVoEvent) << QStringLiteral("gcn.voevent");
    QTest::newRow("text notice") << QByteArray(kTextNotice) << QStringLiteral("gcn.text");
    QTest::newRow("mail circular") << QByteArray(kMailCircular) << QStringLiteral("hop.circular");
    QTest::newRow("binary") << binaryPacket() << QStringLiteral("gcn.binary");
    QTest::newRow("other json") << QByteArray(R"({"answer": 42})") << QStringLiteral("json");
    QTest::newRow("other text") << QByteArray("hello, observers") << QStringLiteral("text");
}

void TestDecoderRegistry::sniffsEachFormat()
{
    QFETCH(QByteArray, payload);
    QFETCH(QString, format);
    const QVector<Alert> alerts = decode(DecoderRegistry(), payload);
    QCOMPARE(alerts.size(), 1);
    QCOMPARE(alerts.first().format, format);
    QVERIFY(!alerts.first().id.isEmpty());
}

void TestDecoderRegistry::hopFormatHeaderChoosesModel_data()
{
    QTest::addColumn<QByteArray>("hopFormat");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("format");
    QTest::newRow("voevent xml") << QByteArray("voevent") << QByteArray(kVoEvent) << QStringLiteral("gcn.voevent");
    QTest::newRow("circular json") << QByteArray("circular")
                                   << QByteArray(R"({"header": {"number": "5", "subject": "GRB 250101A: x"}, "body": ""})")
                                   << QStringLiteral("hop.circular");
    QTest::newRow("circular model, archive JSON") << QByteArray("circular") << QByteArray(kCircularJson)
                                                  << QStringLiteral("gcn.circular");
    QTest::newRow("circular model, unrecognizable") << QByteArray("circular") << QByteArray("NUMBER: 12\n")
                                                    << QStringLiteral("hop.circular");
    QTest::newRow("json holding a GCN notice") << QByteArray("json") << QByteArray(kGcnNotice) << QStringLiteral("gcn.json");
    QTest::newRow("json holding Hermes") << QByteArray("json") << QByteArray(kHermes) << QStringLiteral("hermes");
    QTest::newRow("plain json") << QByteArray("json") << QByteArray(R"({"foo": "bar", "baz": 5})") << QStringLiteral("hop.json");
    QTest::newRow("blob holding a notice") << QByteArray("blob") << QByteArray(kTextNotice) << QStringLiteral("gcn.text");
    QTest::newRow("plain blob") << QByteArray("blob") << QByteArray("opaque words") << QStringLiteral("hop.blob");
    QTest::newRow("text notice model") << QByteArray("gcntextnotice") << QByteArray(kTextNotice) << QStringLiteral("gcn.text");
    QTest::newRow("unknown model sniffs") << QByteArray("mystery") << QByteArray(kIgwn) << QStringLiteral("gcn.json");
}

void TestDecoderRegistry::hopFormatHeaderChoosesModel()
{
    QFETCH(QByteArray, hopFormat);
    QFETCH(QByteArray, payload);
    QFETCH(QString, format);
    const QVector<Alert> alerts = decode(DecoderRegistry(), payload, hopFormat);
    QCOMPARE(alerts.size(), 1);
    QCOMPARE(alerts.first().format, format);
}

void TestDecoderRegistry::declaredFormatBeatsSniffing()
{
    DecoderRegistry registry;
    QCOMPARE(decode(registry, kGcnNotice, {}, QStringLiteral("json")).first().format, QStringLiteral("json"));
    QCOMPARE(decode(registry, kGcnNotice, {}, QStringLiteral("auto")).first().format, QStringLiteral("gcn.json"));
    // An unknown declared name is ignored rather than failing the message.
    QCOMPARE(decode(registry, kGcnNotice, {}, QStringLiteral("bogus")).first().format, QStringLiteral("gcn.json"));
    // The hop header outranks the stream's declaration.
    QCOMPARE(decode(registry, "words", "blob", QStringLiteral("gcn.json")).first().format, QStringLiteral("hop.blob"));
}

void TestDecoderRegistry::hopIdHeaderIsTheFallbackId()
{
    const QUuid uuid = QUuid::fromString(QStringLiteral("{6a1f0c2e-7b3d-4e5f-9a8b-0c1d2e3f4a5b}"));
    RawMessage message;
    message.payload = R"({"foo": "bar"})";
    message.headers = {{QByteArrayLiteral("_format"), QByteArrayLiteral("json")},
                       {QByteArrayLiteral("_id"), uuid.toRfc4122()}};
    DecoderRegistry registry;
    QCOMPARE(registry.decode(message).first().id, QStringLiteral("6a1f0c2e-7b3d-4e5f-9a8b-0c1d2e3f4a5b"));
    // A payload with its own id keeps it.
    message.payload = kVoEvent;
    message.headers[0].second = QByteArrayLiteral("voevent");
    QVERIFY(registry.decode(message).first().id.startsWith(QStringLiteral("ivo://nasa.gsfc.gcn/MAXI#")));
    // Without a header the payload hash is stable.
    message.headers.clear();
    message.payload = "same bytes";
    QCOMPARE(registry.decode(message).first().id, registry.decode(message).first().id);
}

void TestDecoderRegistry::undecodableInputIsKept_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("declared");
    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("binary garbage") << QByteArray("\x00\x01\x02\xff\xfe garbage \x00", 16) << QString();
    QTest::newRow("truncated json") << QByteArray(R"({"foo": [1, 2)") << QStringLiteral("json");
    QTest::newRow("broken voevent") << QByteArray("<voe:VOEvent ivorn='ivo://x/y#z'><What><Param") << QString();
    QTest::newRow("avro magic only") << QByteArray("Obj\x01\x02\x03", 6) << QString();
    QTest::newRow("confluent frame, unknown schema") << QByteArray("\x00\x00\x00\x01\x23\x02\x04", 7) << QString();
    QTest::newRow("declared binary, not a packet") << QByteArray("short") << QStringLiteral("gcn.binary");
}

void TestDecoderRegistry::undecodableInputIsKept()
{
    QFETCH(QByteArray, payload);
    QFETCH(QString, declared);
    const QVector<Alert> alerts = decode(DecoderRegistry(), payload, {}, declared);
    QCOMPARE(alerts.size(), 1);
    const Alert &alert = alerts.first();
    QVERIFY(!alert.id.isEmpty());
    QVERIFY(!alert.format.isEmpty());
    QVERIFY2(!alert.decodeError.isEmpty(), qPrintable(alert.format));
}

void TestDecoderRegistry::decodesConcurrently()
{
    const DecoderRegistry registry;
    const QList<QByteArray> payloads{kGcnNotice, kIgwn, kVoEvent, kCircularJson, kTextNotice, binaryPacket()};
    QVector<QStringList> seen(4);
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&, t] {
            for (int round = 0; round < 200; ++round) {
                for (const QByteArray &payload : payloads) {
                    RawMessage message;
                    message.payload = payload;
                    const Alert alert = registry.decode(message).first();
                    if (round == 0)
                        seen[t] << alert.id + QLatin1Char('|') + alert.time;
                    else if (seen[t].at(payloads.indexOf(payload)) != alert.id + QLatin1Char('|') + alert.time)
                        seen[t] << QStringLiteral("MISMATCH");
                }
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    for (int t = 1; t < 4; ++t)
        QCOMPARE(seen[t], seen[0]);
    QVERIFY(!seen[0].contains(QStringLiteral("MISMATCH")));
}

// Every prefix of every sample, and copies with bytes overwritten, still give one kept alert each.
void TestDecoderRegistry::survivesTruncationAndCorruption()
{
    const DecoderRegistry registry;
    const QList<QByteArray> samples{kGcnNotice, kIgwn, kCircularJson, kHermes, kVoEvent, kTextNotice, kMailCircular,
                                    binaryPacket()};
    int decoded = 0;
    for (const QByteArray &sample : samples) {
        for (qsizetype length = 0; length <= sample.size(); ++length) {
            QByteArray corrupted = sample.left(length);
            for (const char *hopFormat : {"", "json", "voevent", "blob", "circular"}) {
                const QVector<Alert> alerts = decode(registry, corrupted, hopFormat);
                QCOMPARE(alerts.size(), 1);
                QVERIFY(!alerts.first().id.isEmpty());
                ++decoded;
            }
            if (length > 0) {
                corrupted[length / 2] = char(0xff - corrupted[length / 2]);
                QCOMPARE(decode(registry, corrupted).size(), 1);
            }
        }
    }
    QVERIFY(decoded > 1000);
}

QTEST_GUILESS_MAIN(TestDecoderRegistry)
#include "tst_decoderregistry.moc"
