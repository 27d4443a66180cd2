#include "core/store/IsoTime.h"
#include "core/store/PayloadSegments.h"
#include "core/store/SkyBands.h"

#include <QDateTime>
#include <QTest>

using namespace alertdeck;
using namespace alertdeck::store;

class TestStorePrimitives : public QObject
{
    Q_OBJECT
private slots:
    void parsesIsoTimes_data();
    void parsesIsoTimes();
    void rejectsMalformedTimes();
    void separationMatchesKnownValues();
    void coneBoundsCoverTheCone();
    void headersRoundTrip();
    void damagedHeadersAreRejected();
};

void TestStorePrimitives::parsesIsoTimes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reference"); // what QDateTime reads it as
    QTest::newRow("Z") << "2025-01-01T12:34:56Z" << "2025-01-01T12:34:56Z";
    QTest::newRow("ms") << "2024-02-29T23:59:59.123Z" << "2024-02-29T23:59:59.123Z";
    QTest::newRow("us dropped") << "2019-04-25T08:18:05.123456Z" << "2019-04-25T08:18:05.123Z";
    QTest::newRow("tenths") << "2025-01-01T00:00:01.5Z" << "2025-01-01T00:00:01.500Z";
    QTest::newRow("offset") << "2025-06-30T02:00:00+02:00" << "2025-06-30T00:00:00Z";
    QTest::newRow("negative offset") << "2025-06-30T02:00:00-0530" << "2025-06-30T07:30:00Z";
    QTest::newRow("no zone") << "1999-12-31T23:59:59" << "1999-12-31T23:59:59Z";
    QTest::newRow("space") << "1970-01-01 00:00:00Z" << "1970-01-01T00:00:00Z";
    QTest::newRow("before epoch") << "1969-07-20T20:17:40Z" << "1969-07-20T20:17:40Z";
}

void TestStorePrimitives::parsesIsoTimes()
{
    QFETCH(QString, text);
    QFETCH(QString, reference);
    const QDateTime expected = QDateTime::fromString(reference, Qt::ISODateWithMs);
    QVERIFY(expected.isValid());
    QCOMPARE(parseIsoTimeMs(text), std::optional<qint64>(expected.toMSecsSinceEpoch()));
}

void TestStorePrimitives::rejectsMalformedTimes()
{
    for (const char *text : {"", "2025", "2025-13-01T00:00:00Z", "2025-01-01", "2025-01-01T25:00:00Z",
                             "2025-01-01T00:00:00Zjunk", "yesterday", "2025-01-01T00:00:00+x"}) {
        QVERIFY2(!parseIsoTimeMs(QString::fromLatin1(text)), text);
    }
}

void TestStorePrimitives::separationMatchesKnownValues()
{
    QCOMPARE(qRound(sky::separation(0, 0, 90, 0)), 90);
    QCOMPARE(qRound(sky::separation(10, 89, 190, 89)), 2);
    QVERIFY(qAbs(sky::separation(359.9, 0, 0.1, 0) - 0.2) < 1e-9);
    QVERIFY(qAbs(sky::separation(123.4, -45.6, 123.4, -45.6)) < 1e-9);
    QVERIFY(qAbs(sky::separation(0, -90, 180, 90) - 180) < 1e-9);
}

void TestStorePrimitives::coneBoundsCoverTheCone()
{
    // Points on the cone's rim must lie inside its band and right-ascension bounds.
    for (const auto &[ra, dec, radius] : {std::tuple{0.2, 10.0, 1.0}, std::tuple{359.0, -70.0, 5.0},
                                          std::tuple{180.0, 85.0, 4.0}, std::tuple{45.0, 0.0, 30.0}}) {
        const sky::BandRange range = sky::bandsForCone(ra, dec, radius);
        for (int step = 0; step < 360; ++step) {
            // Walk the rim: offset by `radius` in direction `step` (small-circle approximation is
            // not needed: accept points whose computed separation is within the radius).
            const double angle = step * M_PI / 180;
            const double pointDec = std::clamp(dec + radius * std::cos(angle) * 0.999, -90.0, 90.0);
            double pointRa = ra + radius * std::sin(angle) * 0.999 / std::max(1e-6, std::cos(pointDec * M_PI / 180));
            pointRa = std::fmod(pointRa + 720.0, 360.0);
            if (sky::separation(ra, dec, pointRa, pointDec) > radius)
                continue;
            const std::optional<int> band = sky::band(pointDec);
            QVERIFY(band && *band >= range.first && *band <= range.last);
            QVERIFY(pointDec >= range.minDec && pointDec <= range.maxDec);
            const bool inRa = (pointRa >= range.raMin[0] && pointRa <= range.raMax[0])
                || (pointRa >= range.raMin[1] && pointRa <= range.raMax[1]);
            QVERIFY2(inRa, qPrintable(QStringLiteral("ra %1 dec %2").arg(pointRa).arg(pointDec)));
        }
    }
}

void TestStorePrimitives::headersRoundTrip()
{
    const decode::MessageHeaders headers = {{"_format", "avro"}, {"", ""}, {"nullvalue", QByteArray()},
                                            {"bin", QByteArray("\0\x01\xff", 3)}};
    QByteArray bytes("prefix");
    const qint64 added = PayloadSegments::appendHeaders(&bytes, headers);
    QCOMPARE(added, bytes.size() - 6);
    const auto decoded = PayloadSegments::decodeHeaders(bytes.mid(6));
    QVERIFY(decoded);
    QCOMPARE(*decoded, headers);
    QVERIFY(decoded->at(2).second.isNull());
    QVERIFY(!decoded->at(1).second.isNull());
    QCOMPARE(PayloadSegments::appendHeaders(&bytes, {}), 0);
}

void TestStorePrimitives::damagedHeadersAreRejected()
{
    QByteArray bytes;
    PayloadSegments::appendHeaders(&bytes, {{"key", "value"}});
    QVERIFY(!PayloadSegments::decodeHeaders(bytes.chopped(2)));
    QVERIFY(!PayloadSegments::decodeHeaders(QByteArray("\0\0", 2)));
}

QTEST_GUILESS_MAIN(TestStorePrimitives)
#include "tst_storeprimitives.moc"
