#include "core/decode/Alert.h"
#include "core/decode/ReceivedAlert.h"

#include <QJsonDocument>
#include <QTest>

using alertdeck::decode::Alert;
using alertdeck::decode::ReceivedAlert;

class TestAlertRecord : public QObject
{
    Q_OBJECT
private slots:
    void nullFieldsAreJsonNull();
    void roundTripsThroughJson();
    void receivedAlertAddsKafkaCoordinates();
};

void TestAlertRecord::nullFieldsAreJsonNull()
{
    Alert alert;
    alert.id = QStringLiteral("x");
    alert.format = QStringLiteral("text");
    const QJsonObject json = alert.toJson();
    for (const char *key : {"event", "alert_type", "time", "ra", "dec", "error_radius", "mag", "score", "far"})
        QVERIFY2(json.value(QLatin1String(key)).isNull(), key);
    QCOMPARE(json.value(QStringLiteral("test")).toBool(true), false);
    QVERIFY(!json.contains(QStringLiteral("decode_error")));
}

void TestAlertRecord::roundTripsThroughJson()
{
    Alert alert;
    alert.id = QStringLiteral("ivo://nasa.gsfc.gcn/SWIFT#BAT_GRB_Pos_1118357-259");
    alert.format = QStringLiteral("gcn.voevent");
    alert.source = QStringLiteral("Swift-BAT");
    alert.event = QStringLiteral("GRB 220709A");
    alert.time = QStringLiteral("2022-07-09T12:00:00.120Z");
    alert.ra = 123.25;
    alert.dec = -45.5;
    alert.errorRadius = 0.05;
    alert.far = 1e-9;
    alert.test = true;
    alert.title = QStringLiteral("Swift-BAT GRB position");
    alert.decodeError = QStringLiteral("missing Why");
    const Alert back = Alert::fromJson(alert.toJson());
    QCOMPARE(back.toJson(), alert.toJson());
    QVERIFY(back.alertType.isNull());
    QCOMPARE(*back.dec, -45.5);
}

void TestAlertRecord::receivedAlertAddsKafkaCoordinates()
{
    ReceivedAlert received;
    received.alert.id = QStringLiteral("a");
    received.stream = QStringLiteral("GCN");
    received.topic = QStringLiteral("igwn.gwalert");
    received.partition = 3;
    received.offset = 42;
    received.receivedMs = 1735689600123;
    const QJsonObject json = received.toJson();
    QCOMPARE(json.value(QStringLiteral("stream")).toString(), QStringLiteral("GCN"));
    QCOMPARE(json.value(QStringLiteral("partition")).toInt(), 3);
    QCOMPARE(json.value(QStringLiteral("offset")).toInteger(), 42);
    QCOMPARE(json.value(QStringLiteral("received")).toString(), QStringLiteral("2025-01-01T00:00:00.123Z"));
}

QTEST_GUILESS_MAIN(TestAlertRecord)
#include "tst_alertrecord.moc"
