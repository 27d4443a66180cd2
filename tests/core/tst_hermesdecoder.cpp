#include "DecodeOne.h"
#include "core/decode/HermesDecoder.h"

#include <QTest>

using alertdeck::decode::Alert;
using alertdeck::decode::HermesDecoder;
using alertdeck::decode::RawMessage;

// Declared before the sample payloads: moc loses its place in multi-line raw strings.
class TestHermesDecoder : public QObject
{
    Q_OBJECT
private slots:
    void recognizesHermesMessages();
    void mapsTargetAndPhotometry();
    void sexagesimalTargetAndErrorUnits();
    void brokenMessageIsKept();
};

namespace {

// Shaped like a Hermes message as hermes.lco.global sends it; contents invented.
const char kMessage[] = R"json({
  "title": "SN 2025xyz: optical photometry from a fictional telescope",
  "topic": "hermes.discovery", "submitter": "C. Person", "authors": "C. Person (Example U.)",
  "message_text": "We report photometry of SN 2025xyz.",
  "uuid": "0b6f5bde-5d7a-4d84-a1b3-3a0c9f2d1e11",
  "data": {
    "event_id": "SN 2025xyz",
    "targets": [{"name": "SN 2025xyz", "ra": "150.2500", "dec": "-10.5000"}],
    "photometry": [
      {"target_name": "SN 2025xyz", "date_obs": "2025-06-09T03:04:05", "bandpass": "r",
       "limiting_brightness": "21.0", "brightness_unit": "AB mag"},
      {"target_name": "SN 2025xyz", "date_obs": "2025-06-10T04:05:06", "bandpass": "g",
       "brightness": "18.75", "brightness_error": "0.05", "brightness_unit": "AB mag"}
    ]
  }
})json";

const char kSexagesimal[] = R"json({"title": "Target of opportunity", "topic": "hermes.test",
  "message_text": "test", "data": {"targets": [{"name": "Tgt-1", "ra": "10:30:00.0", "dec": "-05:15:00",
  "ra_error": 1.8, "ra_error_units": "arcsec", "dec_error": 3.6, "dec_error_units": "arcsec"}]}})json";

Alert decodeOne(const QByteArray &payload)
{
    return alertdeck::test::decodeOne(HermesDecoder(), payload);
}

} // namespace

void TestHermesDecoder::recognizesHermesMessages()
{
    HermesDecoder decoder;
    RawMessage message;
    message.payload = kMessage;
    QVERIFY(decoder.recognizes(message));
    message.payload = R"({"foo": "bar"})";
    QVERIFY(!decoder.recognizes(message));
    message.topic = QStringLiteral("hermes.discovery");
    QVERIFY(decoder.recognizes(message));
}

void TestHermesDecoder::mapsTargetAndPhotometry()
{
    const Alert alert = decodeOne(kMessage);
    QCOMPARE(alert.format, QStringLiteral("hermes"));
    QCOMPARE(alert.source, QStringLiteral("Hermes"));
    QCOMPARE(alert.id, QStringLiteral("0b6f5bde-5d7a-4d84-a1b3-3a0c9f2d1e11"));
    QCOMPARE(alert.event, QStringLiteral("SN 2025xyz"));
    QCOMPARE(alert.title, QStringLiteral("SN 2025xyz: optical photometry from a fictional telescope"));
    QCOMPARE(*alert.ra, 150.25);
    QCOMPARE(*alert.dec, -10.5);
    // The upper limit is skipped; the measured point gives magnitude and time.
    QCOMPARE(*alert.mag, 18.75);
    QCOMPARE(alert.time, QStringLiteral("2025-06-10T04:05:06Z"));
    QVERIFY(!alert.test);
}

void TestHermesDecoder::sexagesimalTargetAndErrorUnits()
{
    const Alert alert = decodeOne(kSexagesimal);
    QCOMPARE(*alert.ra, 157.5);
    QCOMPARE(*alert.dec, -5.25);
    QCOMPARE(*alert.errorRadius, 0.001);
    QCOMPARE(alert.event, QStringLiteral("Tgt-1"));
    QVERIFY(alert.test);
    QVERIFY(alert.id.startsWith(QStringLiteral("hermes:")));
}

void TestHermesDecoder::brokenMessageIsKept()
{
    const Alert alert = decodeOne(QByteArray(kMessage).left(100));
    QVERIFY(!alert.decodeError.isEmpty());
    QCOMPARE(alert.format, QStringLiteral("hermes"));
    QVERIFY(!alert.id.isEmpty());
}

QTEST_GUILESS_MAIN(TestHermesDecoder)
#include "tst_hermesdecoder.moc"
