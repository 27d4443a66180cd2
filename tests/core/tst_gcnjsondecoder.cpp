#include "DecodeOne.h"
#include "core/decode/GcnJsonDecoder.h"

#include <QTest>

using alertdeck::decode::Alert;
using alertdeck::decode::GcnJsonDecoder;
using alertdeck::decode::RawMessage;

// Declared before the sample payloads: moc loses its place in multi-line raw strings.
class TestGcnJsonDecoder : public QObject
{
    Q_OBJECT
private slots:
    void recognizesGcnNoticesAndIgwn();
    void mapsSwiftNotice();
    void ellipseErrorUsesSemiMajorAxisAndTestTense();
    void mapsIgwnAlert();
    void mockSupereventIsTest();
    void retractionWithoutEventKeepsCreationTime();
    void truncatedNoticeKeepsCompleteFields();
    void nonObjectAndEmptyPayloadsGiveDecodeError();
    void rememberedFieldsFollowEachNotice();
    void recordNumberFormsInId_data();
    void recordNumberFormsInId();
    void repeatedKeysAndLargeObjects();
};

namespace {

// Modelled on gcn-schema notices; the values are made up for these tests.
const char kSwiftNotice[] = R"({
  "$schema": "https://gcn.nasa.gov/schema/v4.1.0/gcn/notices/swift/bat/guano.schema.json",
  "mission": "Swift", "instrument": "BAT-GUANO", "messenger": "EM",
  "record_number": 3, "alert_datetime": "2025-03-04T05:06:07Z",
  "alert_tense": "current", "alert_type": "update",
  "trigger_time": "2025-03-04T04:59:58.25",
  "ra": 201.375, "dec": -43.0191, "ra_dec_error": 0.0625,
  "rate_snr": 11.5, "far": 0.0002,
  "id": ["760000123", "sw760000123"]
})";

const char kSvomTestNotice[] = R"({
  "$schema": "https://gcn.nasa.gov/schema/main/gcn/notices/svom/trigger.schema.json",
  "instrument": "ECLAIRs", "alert_tense": "test", "alert_type": "initial",
  "id": ["sb25010101"], "trigger_time": "2025-01-01T01:01:01.500000",
  "ra": 10.5, "dec": 20.25, "ra_dec_error": [0.3, 0.2, 45]
})";

const char kIgwnAlert[] = R"({
  "alert_type": "PRELIMINARY", "time_created": "2025-02-03T04:05:06Z",
  "superevent_id": "S250203ab",
  "urls": {"gracedb": "https://gracedb.ligo.org/superevents/S250203ab/view/"},
  "event": {"time": "2025-02-03T04:01:02.345Z", "far": 2.5e-10, "significant": true,
            "instruments": ["H1", "L1"], "group": "CBC", "pipeline": "gstlal", "search": "AllSky",
            "classification": {"BNS": 0.7, "NSBH": 0.1, "BBH": 0.0, "Terrestrial": 0.2},
            "skymap": "c2ltcGxlIGJhc2U2NA=="},
  "external_coinc": null
})";

Alert decodeOne(const QByteArray &payload)
{
    return alertdeck::test::decodeOne(GcnJsonDecoder(), payload);
}

} // namespace


void TestGcnJsonDecoder::recognizesGcnNoticesAndIgwn()
{
    GcnJsonDecoder decoder;
    RawMessage message;
    message.payload = kSwiftNotice;
    QVERIFY(decoder.recognizes(message));
    message.payload = kIgwnAlert;
    QVERIFY(decoder.recognizes(message));
    message.payload = R"({"$schema": "https://example.org/other.schema.json", "ra": 1})";
    QVERIFY(!decoder.recognizes(message));
    message.topic = QStringLiteral("gcn.notices.einstein_probe.wxt.alert");
    QVERIFY(decoder.recognizes(message));
    message.payload = "<xml/>";
    QVERIFY(!decoder.recognizes(message));
}

void TestGcnJsonDecoder::mapsSwiftNotice()
{
    const Alert alert = decodeOne(kSwiftNotice);
    QCOMPARE(alert.format, QStringLiteral("gcn.json"));
    QCOMPARE(alert.source, QStringLiteral("Swift-BAT"));
    QCOMPARE(alert.id, QStringLiteral("Swift-BAT:760000123#3"));
    QCOMPARE(alert.alertType, QStringLiteral("Update"));
    QCOMPARE(alert.time, QStringLiteral("2025-03-04T04:59:58.25Z"));
    QCOMPARE(*alert.ra, 201.375);
    QCOMPARE(*alert.dec, -43.0191);
    QCOMPARE(*alert.errorRadius, 0.0625);
    QCOMPARE(*alert.far, 0.0002);
    QCOMPARE(*alert.score, 11.5);
    QVERIFY(!alert.test);
    QVERIFY(alert.decodeError.isEmpty());
    QVERIFY(alert.title.contains(QStringLiteral("Swift-BAT")));
}

void TestGcnJsonDecoder::ellipseErrorUsesSemiMajorAxisAndTestTense()
{
    const Alert alert = decodeOne(kSvomTestNotice);
    QCOMPARE(alert.source, QStringLiteral("SVOM-ECLAIRs"));
    QCOMPARE(*alert.errorRadius, 0.3);
    QVERIFY(alert.test);
    QCOMPARE(alert.time, QStringLiteral("2025-01-01T01:01:01.500000Z"));
    QCOMPARE(alert.id, QStringLiteral("SVOM-ECLAIRs:sb25010101#Initial"));
}

void TestGcnJsonDecoder::mapsIgwnAlert()
{
    const Alert alert = decodeOne(kIgwnAlert);
    QCOMPARE(alert.format, QStringLiteral("gcn.json"));
    QCOMPARE(alert.source, QStringLiteral("IGWN"));
    QCOMPARE(alert.event, QStringLiteral("S250203ab"));
    QCOMPARE(alert.alertType, QStringLiteral("Preliminary"));
    QCOMPARE(alert.id, QStringLiteral("S250203ab-PRELIMINARY-2025-02-03T04:05:06Z"));
    QCOMPARE(alert.time, QStringLiteral("2025-02-03T04:01:02.345Z"));
    QCOMPARE(*alert.far, 2.5e-10);
    QCOMPARE(*alert.score, 0.8);
    QVERIFY(!alert.ra && !alert.dec);
    QVERIFY(!alert.test);
}

void TestGcnJsonDecoder::mockSupereventIsTest()
{
    QByteArray payload(kIgwnAlert);
    payload.replace("S250203ab", "MS250203ab");
    const Alert alert = decodeOne(payload);
    QVERIFY(alert.test);
    QCOMPARE(alert.event, QStringLiteral("MS250203ab"));
}

void TestGcnJsonDecoder::retractionWithoutEventKeepsCreationTime()
{
    const Alert alert = decodeOne(R"({"alert_type": "RETRACTION", "time_created": "2025-02-03T05:00:00Z",
        "superevent_id": "S250203ab", "event": null, "external_coinc": null})");
    QCOMPARE(alert.alertType, QStringLiteral("Retraction"));
    QCOMPARE(alert.time, QStringLiteral("2025-02-03T05:00:00Z"));
    QVERIFY(!alert.far);
}

void TestGcnJsonDecoder::truncatedNoticeKeepsCompleteFields()
{
    const QByteArray whole(kSwiftNotice);
    const QByteArray truncated = whole.left(whole.indexOf("\"rate_snr\"") + 14); // cut inside the number
    const Alert alert = decodeOne(truncated);
    QVERIFY(!alert.decodeError.isEmpty());
    QCOMPARE(alert.format, QStringLiteral("gcn.json"));
    QCOMPARE(alert.source, QStringLiteral("Swift-BAT"));
    QCOMPARE(alert.time, QStringLiteral("2025-03-04T04:59:58.25Z"));
    QCOMPARE(*alert.ra, 201.375);
    QCOMPARE(*alert.errorRadius, 0.0625);
    QVERIFY(!alert.score); // the cut number is not trusted
    QVERIFY(!alert.id.isEmpty());
}

void TestGcnJsonDecoder::nonObjectAndEmptyPayloadsGiveDecodeError()
{
    for (const QByteArray &payload : {QByteArray("[1, 2, 3]"), QByteArray(), QByteArray("{\"ra\": ")}) {
        const Alert alert = decodeOne(payload);
        QVERIFY2(!alert.decodeError.isEmpty(), payload.constData());
        QVERIFY(!alert.id.isEmpty());
        QCOMPARE(alert.format, QStringLiteral("gcn.json"));
    }
}
// The mapping remembers recent sources and alert types per thread: each notice must still get its own.
void TestGcnJsonDecoder::rememberedFieldsFollowEachNotice()
{
    const QByteArray schema = R"("$schema": "https://gcn.nasa.gov/schema/main/gcn/notices/icecube/lvk_nu_track_search.schema.json")";
    const auto notice = [&](const QByteArray &fields) -> QByteArray { return "{" + schema + ", " + fields + "}"; };
    const QByteArray withMission = notice(R"("mission": "IceCube", "instrument": "IC86", "alert_type": "initial", "id": ["1"])");
    const QByteArray otherMission = notice(R"("mission": "IceCube-Gen2", "alert_type": "UPDATE", "id": ["1"])");
    const QByteArray numericMission = notice(R"("mission": 7, "alert_type": 3, "id": ["1"])");
    const QByteArray neutrino = notice(R"("mission": "IceCube", "messenger": "Neutrino", "instrument": "IC86", "id": ["1"])");
    for (int round = 0; round < 2; ++round) {
        QCOMPARE(decodeOne(withMission).source, QStringLiteral("IceCube-IC86"));
        QCOMPARE(decodeOne(withMission).alertType, QStringLiteral("Initial"));
        QCOMPARE(decodeOne(otherMission).source, QStringLiteral("IceCube-Gen2"));
        QCOMPARE(decodeOne(otherMission).alertType, QStringLiteral("Update"));
        QCOMPARE(decodeOne(numericMission).source, QStringLiteral("7"));
        QCOMPARE(decodeOne(numericMission).alertType, QStringLiteral("3"));
        QCOMPARE(decodeOne(neutrino).source, QStringLiteral("IceCube"));
    }
}

void TestGcnJsonDecoder::recordNumberFormsInId_data()
{
    QTest::addColumn<QByteArray>("record");
    QTest::addColumn<QString>("id");
    QTest::newRow("integer") << QByteArray(R"("record_number": 12,)") << QStringLiteral("Swift-BAT:9#12");
    QTest::newRow("large integer") << QByteArray(R"("record_number": 18446744073709551615,)")
                                   << QStringLiteral("Swift-BAT:9#18446744073709551615");
    QTest::newRow("negative") << QByteArray(R"("record_number": -3,)") << QStringLiteral("Swift-BAT:9#-3");
    QTest::newRow("text") << QByteArray(R"("record_number": "4b#",)") << QStringLiteral("Swift-BAT:9#4b#");
    QTest::newRow("decimal") << QByteArray(R"("record_number": 2.5,)") << QStringLiteral("Swift-BAT:9#2.5");
    QTest::newRow("empty text: alert type") << QByteArray(R"("record_number": "",)") << QStringLiteral("Swift-BAT:9#Initial");
    QTest::newRow("boolean: alert type") << QByteArray(R"("record_number": true,)") << QStringLiteral("Swift-BAT:9#Initial");
    QTest::newRow("null: alert type") << QByteArray(R"("record_number": null,)") << QStringLiteral("Swift-BAT:9#Initial");
    QTest::newRow("absent: alert type") << QByteArray() << QStringLiteral("Swift-BAT:9#Initial");
}

void TestGcnJsonDecoder::recordNumberFormsInId()
{
    QFETCH(QByteArray, record);
    QFETCH(QString, id);
    const QByteArray notice = R"({"$schema": "https://gcn.nasa.gov/schema/main/gcn/notices/swift/bat/alert.schema.json",)"
                              + record + R"("alert_type": "initial", "id": ["9"]})";
    QCOMPARE(decodeOne(notice).id, id);
}

// Members are found by a hash of their names; a name sent twice gives its first value (as simdjson's
// own lookup does), and objects too large for the table are scanned instead.
void TestGcnJsonDecoder::repeatedKeysAndLargeObjects()
{
    const QByteArray head = R"({"$schema": "https://gcn.nasa.gov/schema/main/gcn/notices/swift/bat/alert.schema.json",)"
                            R"("ra": 10.5, "dec": -5.25, "id": ["77"], "ra": 99.0, )";
    const QByteArray tail = R"("trigger_time": "2025-06-07T08:09:10.5Z", "rate_snr": 8.5})";
    for (const int padding : {0, 20, 60, 200}) {
        QByteArray notice = head;
        // Names of the same length and first and last letters, so their slots collide.
        for (int i = 0; i < padding; ++i)
            notice += QStringLiteral(R"("x%1_pad%2x": %3, )").arg(i % 10).arg(i / 10, 3, 10, QLatin1Char('0')).arg(i).toUtf8();
        const Alert alert = decodeOne(notice + tail);
        QVERIFY2(alert.decodeError.isEmpty(), qPrintable(alert.decodeError));
        QCOMPARE(*alert.ra, 10.5);
        QCOMPARE(*alert.dec, -5.25);
        QCOMPARE(alert.id, QStringLiteral("Swift-BAT:77"));
        QCOMPARE(alert.time, QStringLiteral("2025-06-07T08:09:10.5Z"));
        QCOMPARE(*alert.score, 8.5);
    }
}

QTEST_GUILESS_MAIN(TestGcnJsonDecoder)
#include "tst_gcnjsondecoder.moc"
