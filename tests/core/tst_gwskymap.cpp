#include "core/decode/DecoderRegistry.h"
#include "core/decode/GwSkyMap.h"
#include "core/decode/MessageFile.h"
#include "core/demo/DemoSkyMap.h"
#include "MocSkyMapWriter.h"
#include "TestEnvironment.h"

#include <QDir>
#include <QtTest>

#include <cmath>

using namespace alertdeck;

namespace {

constexpr double kSkyDeg2 = 41252.96124941927; // 4 pi sr in square degrees
constexpr double kPi = 3.14159265358979323846;

// UNIQ of pixel `index` (NESTED) at level `order`.
qint64 uniq(int order, qint64 index)
{
    return (qint64(4) << (2 * order)) + index;
}

} // namespace

class TestGwSkyMap : public QObject
{
    Q_OBJECT

private slots:
    // The twelve base pixels: 4..7 are centred on the equator at RA 0, 90, 180, 270 degrees.
    void densestBasePixelGivesPositionAndArea()
    {
        QVector<std::pair<qint64, double>> pixels;
        const double pixelSr = 4 * kPi / 12;
        for (int i = 0; i < 12; ++i)
            pixels.append({uniq(0, i), (i == 5 ? 0.95 : 0.05 / 11) / pixelSr});
        QString error;
        const auto map = decode::summarizeSkyMap(test::mocSkyMap(pixels), &error);
        QVERIFY2(map, qPrintable(error));
        QCOMPARE(qRound(map->ra * 1000), 90000);
        QCOMPARE(qRound(map->dec * 1000), 0);
        QVERIFY(std::abs(map->area90 - kSkyDeg2 / 12) < 1e-6);
        QVERIFY(std::abs(map->radius90() - std::sqrt(kSkyDeg2 / 12 / kPi)) < 1e-9);
    }

    // Pixels of different levels: base pixel 0 split into its four children, the densest child
    // alone holding 92% of the probability, so the 90% region is that one level-1 pixel.
    void mixedLevelsCountEachPixelsOwnArea()
    {
        QVector<std::pair<qint64, double>> pixels;
        const double childSr = 4 * kPi / 48;
        const double baseSr = 4 * kPi / 12;
        pixels.append({uniq(1, 0), 0.92 / childSr});
        for (int child = 1; child < 4; ++child)
            pixels.append({uniq(1, child), 0.01 / childSr});
        for (int base = 1; base < 12; ++base)
            pixels.append({uniq(0, base), 0.05 / 11 / baseSr});
        QString error;
        const auto map = decode::summarizeSkyMap(test::mocSkyMap(pixels), &error);
        QVERIFY2(map, qPrintable(error));
        QVERIFY(std::abs(map->area90 - kSkyDeg2 / 48) < 1e-6);
        // Base pixel 0 lies in the northern cap around RA 45 degrees; its children stay there.
        QVERIFY(map->dec > 0 && map->dec < 90);
        QVERIFY(map->ra > 0 && map->ra < 90);
    }

    // The demo's maps: a Gaussian's 90% region is a circle of 2.146 sigma (sqrt(2 ln 10)).
    void demoMapsPeakWhereAskedWithTheGaussiansArea_data()
    {
        QTest::addColumn<double>("ra");
        QTest::addColumn<double>("dec");
        QTest::addColumn<double>("sigma");
        QTest::newRow("south") << 187.3 << -21.6 << 7.5;
        QTest::newRow("north, narrow") << 33.8 << 12.4 << 3.0;
        QTest::newRow("again") << 188.1 << -22.9 << 4.0;
    }
    void demoMapsPeakWhereAskedWithTheGaussiansArea()
    {
        QFETCH(double, ra);
        QFETCH(double, dec);
        QFETCH(double, sigma);
        QString error;
        const auto map = decode::summarizeSkyMap(demo::gaussianSkyMap(ra, dec, sigma), &error);
        QVERIFY2(map, qPrintable(error));
        QVERIFY2(std::abs(map->ra - ra) < 2 && std::abs(map->dec - dec) < 2, qPrintable(QString::number(map->ra)));
        const double expected = kPi * std::pow(std::sqrt(2 * std::log(10.0)) * sigma, 2);
        QVERIFY2(std::abs(map->area90 - expected) < 0.1 * expected, qPrintable(QString::number(map->area90)));
    }

    void damagedMapsAreRefusedWithAReason()
    {
        QString error;
        QVERIFY(!decode::summarizeSkyMap(QByteArray("SIMPLE  = T not a FITS file"), &error));
        QVERIFY(!error.isEmpty());
        const QByteArray good = test::mocSkyMap({{uniq(0, 3), 1.0}});
        error.clear();
        QVERIFY(!decode::summarizeSkyMap(good.left(good.size() / 2), &error));
        QVERIFY(!error.isEmpty());
        error.clear();
        QVERIFY(!decode::summarizeSkyMap(test::mocSkyMap({{3, 1.0}}), &error)); // UNIQ below 4
        QVERIFY(error.contains(QLatin1String("pixel 3")));
    }

    // LIGO/Virgo/KAGRA's user guide works this mock event's sky map through and prints its most
    // probable direction: RA 194.30419921875, Dec -17.856895095545468.
    void userGuideExampleGivesTheDocumentedDirection()
    {
        const QString corpus = test::corpusDir();
        if (corpus.isEmpty())
            QSKIP("public alert corpus not found");
        const decode::DecoderRegistry registry;
        for (const QString &name : {QStringLiteral("userguide_MS181101ab-preliminary.json"),
                                   QStringLiteral("userguide_MS181101ab-preliminary.avro")}) {
            QString error;
            QByteArrayList messages;
            QVERIFY2(decode::MessageFile::read(QDir(corpus).filePath(QStringLiteral("igwn/") + name), &messages, &error),
                     qPrintable(error));
            decode::RawMessage message;
            message.payload = messages.first();
            const decode::Alert alert = registry.decode(message).first();
            QVERIFY2(alert.ra && alert.dec && alert.errorRadius, qPrintable(name));
            QCOMPARE(*alert.ra, 194.30419921875);
            QVERIFY(std::abs(*alert.dec - -17.856895095545468) < 1e-9);
            QVERIFY(alert.title.contains(QStringLiteral("90% area")));
        }
    }
};

QTEST_GUILESS_MAIN(TestGwSkyMap)
#include "tst_gwskymap.moc"
