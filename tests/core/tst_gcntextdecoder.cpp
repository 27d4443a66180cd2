#include "DecodeOne.h"
#include "core/decode/GcnTextDecoder.h"

#include <QTest>

using alertdeck::decode::Alert;
using alertdeck::decode::GcnTextDecoder;
using alertdeck::decode::RawMessage;

// Declared before the sample payloads: moc loses its place in multi-line raw strings.
class TestGcnTextDecoder : public QObject
{
    Q_OBJECT
private slots:
    void recognizesNoticesNotCirculars();
    void mapsAmonNoticeWithArcminError();
    void mapsSwiftNoticeWithDegreeError();
    void noticeWithoutTypeIsKeptWithError();
};

namespace {

// Laid out like GCN Classic text notices; the numbers are invented.
const char kAmon[] = "TITLE:            GCN/AMON NOTICE\n"
                     "NOTICE_DATE:      Tue 03 Jun 25 12:00:00 UT\n"
                     "NOTICE_TYPE:      ICECUBE Astrotrack Gold \n"
                     "STREAM:           24\n"
                     "RUN_NUM:          140500\n"
                     "EVENT_NUM:        7654321\n"
                     "SRC_RA:           250.5000d {+16h 42m 00s} (J2000),\n"
                     "                  250.7000d {+16h 42m 48s} (current),\n"
                     "SRC_DEC:          -20.2500d {-20d 15' 00\"} (J2000),\n"
                     "                  -20.3000d {-20d 18' 00\"} (current),\n"
                     "SRC_ERROR:        45.00 [arcmin radius, stat-only, 90% containment]\n"
                     "DISCOVERY_DATE:   20829 TJD;   154 DOY;   25/06/03 (yy/mm/dd)\n"
                     "DISCOVERY_TIME:   43261 SOD {12:01:01.50} UT\n"
                     "REVISION:         1\n"
                     "SIGNALNESS:       5.5000e-01 [dn]\n"
                     "FAR:              0.3156 [yr^-1]\n"
                     "COMMENTS:         IceCube Gold event.\n"
                     "COMMENTS:         The position error is statistical only.\n";

const char kSwift[] = "TITLE:           GCN/SWIFT NOTICE\n"
                      "NOTICE_TYPE:     Swift-BAT GRB Position\n"
                      "TRGNUM:          1300002,  Seg_Num: 0\n"
                      "TRIGGER_NUM:     1300002\n"
                      "GRB_RA:          45.1234d {+03h 00m 29s} (J2000)\n"
                      "GRB_DEC:         +12.5000d {+12d 30' 00\"} (J2000)\n"
                      "GRB_ERROR:       0.05 [deg radius, statistical plus systematic]\n"
                      "GRB_DATE:        20830 TJD;   155 DOY;   25/06/04\n"
                      "GRB_TIME:        3600.25 SOD {01:00:00.25} UT\n";

Alert decodeOne(const QByteArray &payload)
{
    return alertdeck::test::decodeOne(GcnTextDecoder(), payload);
}

} // namespace

void TestGcnTextDecoder::recognizesNoticesNotCirculars()
{
    GcnTextDecoder decoder;
    RawMessage message;
    message.payload = kAmon;
    QVERIFY(decoder.recognizes(message));
    message.payload = "TITLE:   GCN CIRCULAR\nNUMBER:  1\nSUBJECT: GRB 250101A: test\n\nbody\n";
    QVERIFY(!decoder.recognizes(message));
}

void TestGcnTextDecoder::mapsAmonNoticeWithArcminError()
{
    const Alert alert = decodeOne(kAmon);
    QCOMPARE(alert.format, QStringLiteral("gcn.text"));
    QCOMPARE(alert.source, QStringLiteral("IceCube"));
    QCOMPARE(alert.event, QStringLiteral("140500_7654321"));
    QCOMPARE(alert.alertType, QStringLiteral("Update"));
    // TJD 20829 is 2025-06-03; the braces give the fraction of the second.
    QCOMPARE(alert.time, QStringLiteral("2025-06-03T12:01:01.500Z"));
    QCOMPARE(*alert.ra, 250.5);
    QCOMPARE(*alert.dec, -20.25);
    QCOMPARE(*alert.errorRadius, 0.75);
    QCOMPARE(*alert.far, 0.3156 / (365.25 * 86400.0));
    QCOMPARE(*alert.score, 0.55);
    QCOMPARE(alert.id, QStringLiteral("ICECUBE Astrotrack Gold:140500_7654321#1"));
    QVERIFY(!alert.test);
}

void TestGcnTextDecoder::mapsSwiftNoticeWithDegreeError()
{
    const Alert alert = decodeOne(kSwift);
    QCOMPARE(alert.source, QStringLiteral("Swift-BAT"));
    QCOMPARE(alert.event, QStringLiteral("1300002"));
    QCOMPARE(alert.id, QStringLiteral("Swift-BAT GRB Position:1300002"));
    QCOMPARE(alert.time, QStringLiteral("2025-06-04T01:00:00.250Z"));
    QCOMPARE(*alert.ra, 45.1234);
    QCOMPARE(*alert.dec, 12.5);
    QCOMPARE(*alert.errorRadius, 0.05);
    QVERIFY(!alert.far);
}

void TestGcnTextDecoder::noticeWithoutTypeIsKeptWithError()
{
    const Alert alert = decodeOne("TITLE:  GCN/AMON NOTICE\nRUN_NUM: 1\n");
    QVERIFY(!alert.decodeError.isEmpty());
    QCOMPARE(alert.format, QStringLiteral("gcn.text"));
    QVERIFY(!alert.id.isEmpty());
    const Alert empty = decodeOne(QByteArray());
    QVERIFY(!empty.decodeError.isEmpty());
}

QTEST_GUILESS_MAIN(TestGcnTextDecoder)
#include "tst_gcntextdecoder.moc"
