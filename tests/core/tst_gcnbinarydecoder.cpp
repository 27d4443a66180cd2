#include "DecodeOne.h"
#include "core/decode/GcnBinaryDecoder.h"

#include <QTest>
#include <QtEndian>

using alertdeck::decode::Alert;
using alertdeck::decode::GcnBinaryDecoder;
using alertdeck::decode::RawMessage;

namespace {

using Words = GcnBinaryDecoder::Words;

QByteArray packet(const Words &words)
{
    QByteArray bytes(GcnBinaryDecoder::kPacketSize, '\0');
    for (int i = 0; i < GcnBinaryDecoder::kWords; ++i)
        qToBigEndian<qint32>(words[size_t(i)], bytes.data() + 4 * i);
    return bytes;
}

Words common(qint32 type, qint32 trigger, qint32 tjd, qint32 centiseconds)
{
    Words w{};
    w[0] = type;
    w[1] = 5; // serial number
    w[4] = trigger;
    w[5] = tjd;
    w[6] = centiseconds;
    w[39] = 0x0A;
    return w;
}

Alert decodeOne(const QByteArray &payload)
{
    return alertdeck::test::decodeOne(GcnBinaryDecoder(), payload);
}

} // namespace

class TestGcnBinaryDecoder : public QObject
{
    Q_OBJECT
private slots:
    void recognizesOnlyWellFormedPackets();
    void decodesSwiftBatPosition();
    void decodesIntegralArcsecondError();
    void decodesLvcNameFarAndTestBit();
    void unknownTypeKeepsCommonFields();
    void wrongSizeIsKeptWithError();
};

void TestGcnBinaryDecoder::recognizesOnlyWellFormedPackets()
{
    GcnBinaryDecoder decoder;
    RawMessage message;
    message.payload = packet(common(61, 1, 20000, 0));
    QVERIFY(decoder.recognizes(message));
    message.payload.chop(4);
    QVERIFY(!decoder.recognizes(message));
    Words noTerminator = common(61, 1, 20000, 0);
    noTerminator[39] = 12345;
    message.payload = packet(noTerminator);
    QVERIFY(!decoder.recognizes(message));
    message.payload = QByteArray(160, '{');
    QVERIFY(!decoder.recognizes(message));
}

void TestGcnBinaryDecoder::decodesSwiftBatPosition()
{
    // TJD 20830 = 2025-06-04; 4523456 cs = 12:33:54.56.
    Words w = common(61, 1300003, 20830, 4523456);
    w[7] = 2501234;  // 250.1234 deg
    w[8] = -305000;  // -30.5 deg
    w[11] = 500;     // 0.05 deg
    const Alert alert = decodeOne(packet(w));
    QCOMPARE(alert.format, QStringLiteral("gcn.binary"));
    QCOMPARE(alert.source, QStringLiteral("Swift-BAT"));
    QCOMPARE(alert.id, QStringLiteral("SWIFT_BAT_GRB_POS_ACK:1300003-5"));
    QCOMPARE(alert.event, QStringLiteral("1300003"));
    QCOMPARE(alert.time, QStringLiteral("2025-06-04T12:33:54.560Z"));
    QCOMPARE(*alert.ra, 250.1234);
    QCOMPARE(*alert.dec, -30.5);
    QCOMPARE(*alert.errorRadius, 0.05);
    QVERIFY(!alert.test);
    QVERIFY(alert.decodeError.isEmpty());
}

void TestGcnBinaryDecoder::decodesIntegralArcsecondError()
{
    Words w = common(54, 10500, 20830, 100);
    w[7] = 100000;
    w[8] = 200000;
    w[11] = 180; // arcsec
    const Alert alert = decodeOne(packet(w));
    QCOMPARE(alert.source, QStringLiteral("INTEGRAL"));
    QCOMPARE(*alert.errorRadius, 0.05);
    QCOMPARE(alert.time, QStringLiteral("2025-06-04T00:00:01.000Z"));
}

void TestGcnBinaryDecoder::decodesLvcNameFarAndTestBit()
{
    Words w = common(151, 250604, 20830, 0);
    w[11] = -100000;                              // log10(FAR/Hz) = -10
    w[13] = 5000;                                 // +0.5 centiseconds
    w[18] = 1 << 1;                               // test notice
    w[19] = (2 << 24) | (12 << 20) | ('q' << 10); // record 2, prefix "MS", suffix 'q'
    w[21] = 'r';
    const Alert alert = decodeOne(packet(w));
    QCOMPARE(alert.source, QStringLiteral("IGWN"));
    QCOMPARE(alert.alertType, QStringLiteral("Initial"));
    QCOMPARE(alert.event, QStringLiteral("MS250604qr"));
    QCOMPARE(*alert.far, 1e-10);
    QVERIFY(alert.test);
    QVERIFY(!alert.ra);
    QCOMPARE(alert.time, QStringLiteral("2025-06-04T00:00:00.005Z"));
}

void TestGcnBinaryDecoder::unknownTypeKeepsCommonFields()
{
    Words w = common(250, 42, 20830, 8640000 - 100);
    w[7] = 10000;
    w[8] = 10000;
    const Alert alert = decodeOne(packet(w));
    QVERIFY(!alert.decodeError.isEmpty());
    QCOMPARE(alert.time, QStringLiteral("2025-06-04T23:59:59.000Z"));
    QCOMPARE(*alert.ra, 1.0);
    QCOMPARE(alert.id, QStringLiteral("TYPE_250:42-5"));
}

void TestGcnBinaryDecoder::wrongSizeIsKeptWithError()
{
    const Alert garbage = decodeOne(QByteArray("\x01\x02\x03garbage", 10));
    QVERIFY(garbage.decodeError.contains(QStringLiteral("160")));
    QCOMPARE(garbage.format, QStringLiteral("gcn.binary"));
    QVERIFY(!garbage.id.isEmpty());
    const Alert empty = decodeOne(QByteArray());
    QVERIFY(!empty.decodeError.isEmpty());
}

QTEST_GUILESS_MAIN(TestGcnBinaryDecoder)
#include "tst_gcnbinarydecoder.moc"
