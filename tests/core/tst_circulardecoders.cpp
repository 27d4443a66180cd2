#include "DecodeOne.h"
#include "core/decode/GcnCircularDecoder.h"
#include "core/decode/HopCircularDecoder.h"

#include <QTest>

using alertdeck::decode::Alert;
using alertdeck::decode::AlertDecoder;
using alertdeck::decode::GcnCircularDecoder;
using alertdeck::decode::HopCircularDecoder;
using alertdeck::decode::RawMessage;

// Declared before the sample payloads: moc loses its place in multi-line raw strings.
class TestCircularDecoders : public QObject
{
    Q_OBJECT
private slots:
    void mailTextCircular();
    void hopJsonCircular();
    void sameCircularSameId();
    void archiveJsonCircular();
    void archiveGivesOneAlertPerCircular();
    void eventFromSubjectPatterns_data();
    void eventFromSubjectPatterns();
    void brokenCircularsAreKept();
};

namespace {

const char kMail[] = "TITLE:   GCN CIRCULAR\n"
                     "NUMBER:  40123\n"
                     "SUBJECT: GRB 250607B: Example Telescope optical afterglow candidate\n"
                     "DATE:    25/06/07 21:30:15 GMT\n"
                     "FROM:    A. Observer at Example Observatory  <a.observer@example.org>\n"
                     "\n"
                     "A. Observer reports on behalf of a fictional team:\n"
                     "\n"
                     "We observed the field of GRB 250607B ...\n";

const char kHopJson[] = R"({"header": {"title": "GCN CIRCULAR", "number": "40123",
  "subject": "GRB 250607B: Example Telescope optical afterglow candidate",
  "date": "25/06/07 21:30:15 GMT", "from": "A. Observer at Example Observatory"},
  "body": "A. Observer reports ..."})";

const char kArchiveOne[] = R"({"circularId": 40124, "subject": "LIGO/Virgo/KAGRA S250608ab: Upper limits from a fictional survey",
  "createdOn": 1749400000000, "submitter": "B. Someone at Nowhere", "body": "text"})";

const char kArchiveMany[] = R"({"circulars": [
  {"circularId": 1001, "subject": "GRB 990123: optical counterpart", "eventId": "GRB 990123", "createdOn": 917049600000},
  {"circularId": 1002, "subject": "SGR 1935+2154: radio burst", "createdOn": 917136000000},
  {"not": "a circular"}],
  "users": [{"email": "x@example.org"}]})";

using alertdeck::test::decodeOne;

} // namespace

void TestCircularDecoders::mailTextCircular()
{
    HopCircularDecoder decoder;
    RawMessage message;
    message.payload = kMail;
    QVERIFY(decoder.recognizes(message));
    const Alert alert = decodeOne(decoder, kMail);
    QCOMPARE(alert.format, QStringLiteral("hop.circular"));
    QCOMPARE(alert.id, QStringLiteral("circular:40123"));
    QCOMPARE(alert.event, QStringLiteral("GRB 250607B"));
    QCOMPARE(alert.time, QStringLiteral("2025-06-07T21:30:15Z"));
    QCOMPARE(alert.title, QStringLiteral("GRB 250607B: Example Telescope optical afterglow candidate"));
    QCOMPARE(alert.alertType, QStringLiteral("Circular"));
    QVERIFY(!alert.ra);
    QVERIFY(alert.decodeError.isEmpty());
}

void TestCircularDecoders::hopJsonCircular()
{
    HopCircularDecoder decoder;
    RawMessage message;
    message.payload = kHopJson;
    QVERIFY(decoder.recognizes(message));
    const Alert alert = decodeOne(decoder, kHopJson);
    QCOMPARE(alert.id, QStringLiteral("circular:40123"));
    QCOMPARE(alert.event, QStringLiteral("GRB 250607B"));
    QCOMPARE(alert.time, QStringLiteral("2025-06-07T21:30:15Z"));
}

void TestCircularDecoders::sameCircularSameId()
{
    QCOMPARE(decodeOne(HopCircularDecoder(), kMail).id, decodeOne(HopCircularDecoder(), kHopJson).id);
    QByteArray archive(R"({"circularId": 40123, "subject": "GRB 250607B: x", "createdOn": 1749331815000})");
    QCOMPARE(decodeOne(GcnCircularDecoder(), archive).id, QStringLiteral("circular:40123"));
}

void TestCircularDecoders::archiveJsonCircular()
{
    GcnCircularDecoder decoder;
    RawMessage message;
    message.payload = kArchiveOne;
    QVERIFY(decoder.recognizes(message));
    const Alert alert = decodeOne(decoder, kArchiveOne);
    QCOMPARE(alert.format, QStringLiteral("gcn.circular"));
    QCOMPARE(alert.id, QStringLiteral("circular:40124"));
    QCOMPARE(alert.event, QStringLiteral("S250608ab"));
    QCOMPARE(alert.time, QStringLiteral("2025-06-08T16:26:40.000Z"));
}

void TestCircularDecoders::archiveGivesOneAlertPerCircular()
{
    RawMessage message;
    message.payload = kArchiveMany;
    const QVector<Alert> alerts = GcnCircularDecoder().decode(message);
    QCOMPARE(alerts.size(), 2);
    QCOMPARE(alerts[0].id, QStringLiteral("circular:1001"));
    QCOMPARE(alerts[0].event, QStringLiteral("GRB 990123"));
    QCOMPARE(alerts[0].time, QStringLiteral("1999-01-23T00:00:00.000Z"));
    QCOMPARE(alerts[1].event, QStringLiteral("SGR 1935+2154"));
}

void TestCircularDecoders::eventFromSubjectPatterns_data()
{
    QTest::addColumn<QByteArray>("subject");
    QTest::addColumn<QString>("event");
    QTest::newRow("joined GRB") << QByteArray("GRB990123 VLA observations") << QStringLiteral("GRB 990123");
    QTest::newRow("IceCube") << QByteArray("IceCube-250101A: IceCube observation of a high-energy event")
                             << QStringLiteral("IceCube-250101A");
    QTest::newRow("EP") << QByteArray("EP250102a: X-ray transient") << QStringLiteral("EP250102a");
    QTest::newRow("TNS") << QByteArray("Spectroscopic classification of AT2025abc") << QStringLiteral("AT 2025abc");
    QTest::newRow("ZTF") << QByteArray("Candidate counterpart ZTF25aabbccd found") << QStringLiteral("ZTF25aabbccd");
    QTest::newRow("label") << QByteArray("Swift J1234.5-6789: outburst") << QStringLiteral("Swift J1234.5-6789");
}

void TestCircularDecoders::eventFromSubjectPatterns()
{
    QFETCH(QByteArray, subject);
    QFETCH(QString, event);
    const QByteArray mail = "TITLE: GCN CIRCULAR\nNUMBER: 7\nSUBJECT: " + subject + "\nDATE: 25/01/01 00:00:00 GMT\n\nbody\n";
    QCOMPARE(decodeOne(HopCircularDecoder(), mail).event, event);
}

void TestCircularDecoders::brokenCircularsAreKept()
{
    const Alert truncated = decodeOne(GcnCircularDecoder(), QByteArray(kArchiveOne).left(40));
    QVERIFY(!truncated.decodeError.isEmpty());
    QCOMPARE(truncated.format, QStringLiteral("gcn.circular"));
    const Alert noHeader = decodeOne(HopCircularDecoder(), "just some words\n");
    QVERIFY(!noHeader.decodeError.isEmpty());
    QCOMPARE(noHeader.format, QStringLiteral("hop.circular"));
    QVERIFY(!noHeader.id.isEmpty());
    const Alert noCirculars = decodeOne(GcnCircularDecoder(), R"({"circulars": []})");
    QVERIFY(!noCirculars.decodeError.isEmpty());
}

QTEST_GUILESS_MAIN(TestCircularDecoders)
#include "tst_circulardecoders.moc"
