#include "core/decode/AlertTime.h"
#include "core/decode/DecodeSupport.h"
#include "core/decode/SkyGeometry.h"

#include <QTest>

namespace isotime = alertdeck::decode::time;
namespace sky = alertdeck::decode::sky;

class TestDecodeHelpers : public QObject
{
    Q_OBJECT
private slots:
    void normalizesIsoText_data();
    void normalizesIsoText();
    void convertsDayNumbers();
    void parsesCoordinates_data();
    void parsesCoordinates();
    void separationOfKnownPoints();
    void titleLineIsFirstShownLine_data();
    void titleLineIsFirstShownLine();
};

void TestDecodeHelpers::normalizesIsoText_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no zone") << QStringLiteral("2024-08-24T02:14:40.43") << QStringLiteral("2024-08-24T02:14:40.43Z");
    QTest::newRow("Z kept, digits kept") << QStringLiteral("2019-04-25T08:18:05.017147Z") << QStringLiteral("2019-04-25T08:18:05.017147Z");
    QTest::newRow("space and +00:00") << QStringLiteral("2024-09-18 07:19:03.518831+00:00") << QStringLiteral("2024-09-18T07:19:03.518831Z");
    QTest::newRow("real offset") << QStringLiteral("2025-01-01T02:30:00+02:00") << QStringLiteral("2025-01-01T00:30:00.000Z");
    QTest::newRow("minutes only") << QStringLiteral("2025-01-01T02:30") << QStringLiteral("2025-01-01T02:30:00Z");
    QTest::newRow("Z, no fraction") << QStringLiteral("2025-01-01T00:00:00Z") << QStringLiteral("2025-01-01T00:00:00Z");
    QTest::newRow("dot without digits") << QStringLiteral("2025-01-01T00:00:00.Z") << QString();
    QTest::newRow("surrounding blanks") << QStringLiteral(" 2025-01-01T00:00:00.5Z ") << QStringLiteral("2025-01-01T00:00:00.5Z");
    QTest::newRow("lower-case z") << QStringLiteral("2025-01-01T00:00:00z") << QStringLiteral("2025-01-01T00:00:00.000Z");
    QTest::newRow("text after Z") << QStringLiteral("2025-01-01T00:00:00Zulu") << QString();
    QTest::newRow("no-break space after") << QStringLiteral("2025-01-01T00:00:00.5Z\u00a0") << QStringLiteral("2025-01-01T00:00:00.5Z");
    QTest::newRow("date only") << QStringLiteral("2025-01-01") << QString();
    QTest::newRow("garbage") << QStringLiteral("yesterday") << QString();
}

void TestDecodeHelpers::normalizesIsoText()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(isotime::normalizeIso(input), expected);
    // JSON strings are normalized from their UTF-8 bytes, by a shortcut where they are normal already.
    const QByteArray utf8 = input.toUtf8();
    QCOMPARE(isotime::normalizeIso(std::string_view(utf8.constData(), size_t(utf8.size()))), expected);
}

void TestDecodeHelpers::convertsDayNumbers()
{
    QCOMPARE(isotime::fromMjd(51544.5), QStringLiteral("2000-01-01T12:00:00.000Z"));
    QCOMPARE(isotime::fromJd(2451545.0), QStringLiteral("2000-01-01T12:00:00.000Z"));
    // TJD 0 is MJD 40000 = 1968-05-24.
    QCOMPARE(isotime::fromTjdSod(0, 3600.5), QStringLiteral("1968-05-24T01:00:00.500Z"));
    QCOMPARE(isotime::fromUnixMs(0), QStringLiteral("1970-01-01T00:00:00.000Z"));
    QVERIFY(isotime::fromMjd(1.48e9).isNull());
    QVERIFY(isotime::fromTjdSod(20000, -5).isNull());
}

void TestDecodeHelpers::parsesCoordinates_data()
{
    QTest::addColumn<QString>("ra");
    QTest::addColumn<QString>("dec");
    QTest::addColumn<double>("raDeg");
    QTest::addColumn<double>("decDeg");
    QTest::newRow("decimal") << QStringLiteral("329.5158") << QStringLiteral("52.8321") << 329.5158 << 52.8321;
    QTest::newRow("colons") << QStringLiteral("23:00:04.2") << QStringLiteral("-17:50:52.8") << 345.0175 << -17.848;
    QTest::newRow("letters") << QStringLiteral("06h 00m 00s") << QStringLiteral("+05d 30' 00\"") << 90.0 << 5.5;
    QTest::newRow("degree suffix") << QStringLiteral("103.7861d") << QStringLiteral("+5.8716d") << 103.7861 << 5.8716;
}

void TestDecodeHelpers::parsesCoordinates()
{
    QFETCH(QString, ra);
    QFETCH(QString, dec);
    QFETCH(double, raDeg);
    QFETCH(double, decDeg);
    QCOMPARE(*sky::parseRa(ra), raDeg);
    QCOMPARE(*sky::parseDec(dec), decDeg);
    QVERIFY(!sky::parseRa(QStringLiteral("25:00:00")));
    QVERIFY(!sky::parseDec(QStringLiteral("95.0")));
    QVERIFY(!sky::parseRa(QStringLiteral("north")));
}

void TestDecodeHelpers::separationOfKnownPoints()
{
    QCOMPARE(sky::separation(10, 0, 20, 0), 10.0);
    QCOMPARE(sky::separation(0, 90, 123, 89), 1.0);
    QCOMPARE(sky::separation(0, 0, 180, 0), 180.0);
}

void TestDecodeHelpers::titleLineIsFirstShownLine_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("title");
    QTest::newRow("first line") << QStringLiteral("TITLE: GCN NOTICE\nNOTICE_DATE: x") << QStringLiteral("TITLE: GCN NOTICE");
    QTest::newRow("blank lines skipped, trimmed") << QStringLiteral("\n  \r\n\t GRB 250101A \r\nrest")
                                                  << QStringLiteral("GRB 250101A");
    QTest::newRow("no newline") << QStringLiteral("one line") << QStringLiteral("one line");
    QTest::newRow("control characters replaced") << QStringLiteral("a\x01" "b\x7f") << QStringLiteral("a\ufffdb\ufffd");
    QTest::newRow("long line cut at 160") << QString(500, QLatin1Char('x')) << QString(160, QLatin1Char('x'));
    QTest::newRow("only blank lines") << QStringLiteral("\n \n\t\n") << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestDecodeHelpers::titleLineIsFirstShownLine()
{
    QFETCH(QString, text);
    QFETCH(QString, title);
    QCOMPARE(alertdeck::decode::support::titleLine(text), title);
}

QTEST_GUILESS_MAIN(TestDecodeHelpers)
#include "tst_decodehelpers.moc"
