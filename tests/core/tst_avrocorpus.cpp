#include "TestEnvironment.h"

#include "core/decode/AvroContainer.h"
#include "core/decode/AvroSchemaCache.h"
#include "core/decode/GenericAvroDecoder.h"
#include "core/decode/RubinAvroDecoder.h"
#include "core/decode/ZtfAvroDecoder.h"

#include <QDateTime>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include <cmath>

using namespace alertdeck::decode;

// The public sample alerts (ZTF, Rubin v7_4..v11_0 and ELAsTiCC, IGWN, hop, broker redistributions)
// decoded by the Avro decoders; expected values were read off the files with fastavro.
class TestAvroCorpus : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void everyAvroFileDecodesCleanly();
    void ztfSchema33();
    void ztfSchema32WithoutDrb();
    void ztfSchema18();
    void ztfSimulatedIsTest();
    void ztfFromFinkManyRecords();
    void rubinV10();
    void rubinV11();
    void rubinV74PlaceholderTime();
    void rubinElasticcGzip();
    void rubinFromFink();
    void igwnPreliminary();
    void igwnRetraction();
    void hopGenericTree();

private:
    QVector<Alert> decodeFile(const QString &relativePath);
    static void verifyTime(const QString &actual, const QString &expected);

    QString m_corpus;
    ZtfAvroDecoder m_ztf;
    RubinAvroDecoder m_rubin{QString(), QString()};
    GenericAvroDecoder m_generic;
};

void TestAvroCorpus::initTestCase()
{
    m_corpus = alertdeck::test::corpusDir();
    if (m_corpus.isEmpty())
        QSKIP("public alert corpus not found (ALERTDECK_CORPUS_DIR): Avro corpus checks not run");
}

QVector<Alert> TestAvroCorpus::decodeFile(const QString &relativePath)
{
    QFile file(m_corpus + QLatin1Char('/') + relativePath);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("cannot read %s", qPrintable(file.fileName()));
        return {};
    }
    RawMessage message;
    message.payload = file.readAll();
    for (const AlertDecoder *decoder : std::initializer_list<const AlertDecoder *>{&m_ztf, &m_rubin}) {
        if (decoder->recognizes(message))
            return decoder->decode(message);
    }
    return m_generic.decode(message);
}

void TestAvroCorpus::verifyTime(const QString &actual, const QString &expected)
{
    // Within 2 ms: JD and MJD doubles carry about that much rounding between tools.
    const QDateTime got = QDateTime::fromString(actual, Qt::ISODateWithMs);
    const QDateTime want = QDateTime::fromString(expected, Qt::ISODateWithMs);
    QVERIFY2(actual.endsWith(QLatin1Char('Z')) && got.isValid(), qPrintable(actual));
    QVERIFY2(std::abs(got.msecsTo(want)) <= 2, qPrintable(actual + QStringLiteral(" vs ") + expected));
}

void TestAvroCorpus::everyAvroFileDecodesCleanly()
{
    int files = 0;
    for (const char *folder : {"ztf", "rubin", "hop", "igwn", "brokers"}) {
        QDirIterator it(m_corpus + QLatin1Char('/') + QLatin1String(folder), {QStringLiteral("*.avro"), QStringLiteral("*.avro.gz")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = QDir(m_corpus).relativeFilePath(it.next());
            const QVector<Alert> alerts = decodeFile(path);
            QVERIFY2(!alerts.isEmpty(), qPrintable(path));
            for (const Alert &alert : alerts) {
                QVERIFY2(alert.decodeError.isEmpty(), qPrintable(path + QStringLiteral(": ") + alert.decodeError));
                QVERIFY2(!alert.id.isEmpty() && !alert.title.isEmpty(), qPrintable(path));
            }
            ++files;
        }
    }
    QVERIFY2(files >= 15, qPrintable(QString::number(files)));
}

void TestAvroCorpus::ztfSchema33()
{
    const QVector<Alert> alerts = decodeFile(QStringLiteral("ztf/ztf_472263571115115000_schemavsn3.3.avro"));
    QCOMPARE(alerts.size(), 1);
    const Alert &alert = alerts[0];
    QCOMPARE(alert.format, QStringLiteral("avro.ztf"));
    QCOMPARE(alert.source, QStringLiteral("ZTF"));
    QCOMPARE(alert.id, QStringLiteral("472263571115115000"));
    QCOMPARE(alert.event, QStringLiteral("ZTF17aaajnnn"));
    verifyTime(alert.time, QStringLiteral("2018-04-18T06:19:33.001Z")); // jd 2458226.7635764
    QCOMPARE(*alert.ra, 179.6402013);
    QCOMPARE(*alert.dec, 52.0297203);
    QCOMPARE(float(*alert.mag), 18.36185646057129f);
    QCOMPARE(float(*alert.score), 0.9876449704170227f); // drb
    QVERIFY(!alert.test);
    QCOMPARE(alert.title, QStringLiteral("ZTF ZTF17aaajnnn: r-band 18.36 mag"));
}

void TestAvroCorpus::ztfSchema32WithoutDrb()
{
    const QVector<Alert> alerts = decodeFile(QStringLiteral("ztf/ztf_739260766315010006_schemavsn3.2.avro"));
    QCOMPARE(alerts.size(), 1);
    QCOMPARE(alerts[0].id, QStringLiteral("739260766315010006"));
    QCOMPARE(alerts[0].event, QStringLiteral("ZTF17aaacxxf"));
    verifyTime(alerts[0].time, QStringLiteral("2019-01-10T06:15:30.001Z"));
    QCOMPARE(*alerts[0].ra, 75.2007803);
    QCOMPARE(*alerts[0].dec, 35.3613954);
    QCOMPARE(float(*alerts[0].mag), 15.371133804321289f);
    QCOMPARE(float(*alerts[0].score), 0.4471428692340851f); // rb: this schema has no drb
}

void TestAvroCorpus::ztfSchema18()
{
    const QVector<Alert> alerts = decodeFile(QStringLiteral("ztf/ztf_541234765015015012_schema1.8_skyportal.avro"));
    QCOMPARE(alerts.size(), 1);
    QCOMPARE(alerts[0].id, QStringLiteral("541234765015015012"));
    QCOMPARE(alerts[0].event, QStringLiteral("ZTF17aabwnkw"));
    verifyTime(alerts[0].time, QStringLiteral("2018-06-26T05:38:03.998Z"));
    QCOMPARE(*alerts[0].ra, 189.883275);
    QCOMPARE(float(*alerts[0].score), 0.7733333110809326f);
}

void TestAvroCorpus::ztfSimulatedIsTest()
{
    const QVector<Alert> alerts = decodeFile(QStringLiteral("ztf/ztf_sim_87704463155000_skyportal.avro"));
    QCOMPARE(alerts.size(), 1);
    QCOMPARE(alerts[0].id, QStringLiteral("-87704463155000"));
    QVERIFY(alerts[0].event.isNull());
    QVERIFY(alerts[0].test);
    verifyTime(alerts[0].time, QStringLiteral("2016-12-23T05:30:33.984Z"));
    QCOMPARE(*alerts[0].ra, 70.3347528);
}

void TestAvroCorpus::ztfFromFinkManyRecords()
{
    const QVector<Alert> alerts = decodeFile(QStringLiteral("brokers/fink/fink_ztf_schemavsn4.02_31alerts.avro"));
    QCOMPARE(alerts.size(), 31);
    QCOMPARE(alerts[0].format, QStringLiteral("avro.ztf"));
    QCOMPARE(alerts[0].id, QStringLiteral("3367463101415010117"));
    QCOMPARE(alerts[0].event, QStringLiteral("ZTF26aamcbly"));
    QCOMPARE(alerts[1].id, QStringLiteral("3367149443615015021"));
    verifyTime(alerts[1].time, QStringLiteral("2026-03-22T03:35:11.996Z"));
    QSet<QString> ids;
    for (const Alert &alert : alerts)
        ids.insert(alert.id);
    QCOMPARE(ids.size(), 31);
}

void TestAvroCorpus::rubinV10()
{
    const QVector<Alert> alerts = decodeFile(QStringLiteral("rubin/v10_0/fakeAlert.avro"));
    QCOMPARE(alerts.size(), 1);
    const Alert &alert = alerts[0];
    QCOMPARE(alert.format, QStringLiteral("avro.rubin"));
    QCOMPARE(alert.source, QStringLiteral("Rubin"));
    QCOMPARE(alert.id, QStringLiteral("1231321321"));
    QCOMPARE(alert.event, QStringLiteral("281323062375219201"));
    verifyTime(alert.time, QStringLiteral("2025-08-15T23:49:44.593Z")); // MJD 60902.993305483615 TAI - 37 s
    QCOMPARE(*alert.ra, 351.570546978);
    QCOMPARE(*alert.dec, 0.126243049656);
    QVERIFY(std::abs(*alert.mag - (31.4 - 2.5 * std::log10(1241.0))) < 1e-9);
    QCOMPARE(float(*alert.score), 41.1f); // snr: reliability is null in the sample
}

void TestAvroCorpus::rubinV11()
{
    const QVector<Alert> alerts = decodeFile(QStringLiteral("rubin/v11_0/fakeAlert.avro"));
    QCOMPARE(alerts.size(), 1);
    QCOMPARE(alerts[0].id, QStringLiteral("1231321321"));
    QCOMPARE(alerts[0].event, QStringLiteral("281323062375219201"));
    verifyTime(alerts[0].time, QStringLiteral("2025-08-15T23:49:44.593Z"));
}

void TestAvroCorpus::rubinV74PlaceholderTime()
{
    const QVector<Alert> alerts = decodeFile(QStringLiteral("rubin/v7_4/fakeAlert.avro"));
    QCOMPARE(alerts.size(), 1);
    QCOMPARE(alerts[0].id, QStringLiteral("1231321321")); // top-level alertId in v7
    QCOMPARE(*alerts[0].ra, 351.570546978);
    QVERIFY(alerts[0].time.isNull()); // midpointMjdTai 1480360995 is no date
}

void TestAvroCorpus::rubinElasticcGzip()
{
    const QVector<Alert> alerts = decodeFile(QStringLiteral("rubin/elasticc_alert_mjd60674.0512_obj747_src1494043.avro.gz"));
    QCOMPARE(alerts.size(), 1);
    const Alert &alert = alerts[0];
    QCOMPARE(alert.id, QStringLiteral("1231321321"));
    QCOMPARE(alert.event, QStringLiteral("747"));
    verifyTime(alert.time, QStringLiteral("2024-12-30T01:13:06.680Z")); // midPointTai 60674.0512
    QCOMPARE(*alert.ra, 49.042969);
    QCOMPARE(*alert.dec, -41.0145); // "decl" in this schema
    QVERIFY(std::abs(*alert.mag - (31.4 - 2.5 * std::log10(464.9520263671875))) < 1e-6); // psFlux
    QVERIFY(alert.title.contains(QLatin1String("Y-band")));
}

void TestAvroCorpus::rubinFromFink()
{
    const QVector<Alert> alerts = decodeFile(QStringLiteral("brokers/fink/fink_lsst_7alerts.avro"));
    QCOMPARE(alerts.size(), 7);
    QCOMPARE(alerts[0].format, QStringLiteral("avro.rubin"));
    QCOMPARE(alerts[0].id, QStringLiteral("170094456272322680"));
    QCOMPARE(alerts[0].event, QStringLiteral("170028485706776685"));
    QCOMPARE(*alerts[0].ra, 63.349628499442076);
    QCOMPARE(*alerts[0].dec, -47.18075801654059);
    verifyTime(alerts[0].time, QStringLiteral("2026-03-06T02:14:13.797Z"));
    QCOMPARE(float(*alerts[0].score), 0.8754439353942871f); // reliability
    QVERIFY(!alerts[0].mag); // negative difference flux has no magnitude
    // A solar-system source: diaObjectId 0, so the event is its ssObjectId.
    QCOMPARE(alerts[4].id, QStringLiteral("170094456480989258"));
    QCOMPARE(alerts[4].event, QStringLiteral("21163624394469969"));
}

void TestAvroCorpus::igwnPreliminary()
{
    const QVector<Alert> alerts = decodeFile(QStringLiteral("igwn/userguide_MS181101ab-preliminary.avro"));
    QCOMPARE(alerts.size(), 1);
    const Alert &alert = alerts[0];
    QCOMPARE(alert.format, QStringLiteral("hop.avro"));
    QCOMPARE(alert.source, QStringLiteral("IGWN"));
    QCOMPARE(alert.event, QStringLiteral("MS181101ab"));
    QCOMPARE(alert.alertType, QStringLiteral("Preliminary"));
    verifyTime(alert.time, QStringLiteral("2018-11-01T22:22:46.654Z"));
    QCOMPARE(*alert.far, 9.11069936486e-14);
    QVERIFY(alert.test); // MS = mock superevent
}

void TestAvroCorpus::igwnRetraction()
{
    const QVector<Alert> alerts = decodeFile(QStringLiteral("igwn/userguide_MS181101ab-retraction.avro"));
    QCOMPARE(alerts.size(), 1);
    QCOMPARE(alerts[0].alertType, QStringLiteral("Retraction"));
    QCOMPARE(alerts[0].event, QStringLiteral("MS181101ab"));
    verifyTime(alerts[0].time, QStringLiteral("2018-11-01T23:36:23.000Z")); // time_created: no event
    QVERIFY(!alerts[0].far);
}

void TestAvroCorpus::hopGenericTree()
{
    const QVector<Alert> alerts = decodeFile(QStringLiteral("hop/example_avro.avro"));
    QCOMPARE(alerts.size(), 1);
    QCOMPARE(alerts[0].format, QStringLiteral("hop.avro"));
    QVERIFY(alerts[0].title.contains(QLatin1String("auto_record2")));

    QFile file(m_corpus + QStringLiteral("/hop/example_avro.avro"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    AvroSchemaCache schemas;
    const AvroContainer container = AvroContainer::read(file.readAll(), schemas);
    QCOMPARE(container.records().size(), size_t(1));
    const QJsonObject tree = container.records()[0].value.toJson().toObject();
    QCOMPARE(tree.value(QLatin1String("arr")).toArray().size(), 4);
    const QJsonObject thingy = tree.value(QLatin1String("thingy")).toObject();
    QCOMPARE(thingy.value(QLatin1String("foo")).toString(), QStringLiteral("abc"));
    QCOMPARE(thingy.value(QLatin1String("bar")).toInteger(), 22);
    QVERIFY(thingy.value(QLatin1String("baz")).isNull());
    QCOMPARE(thingy.value(QLatin1String("quux")).toObject().value(QLatin1String("drel")).toDouble(), 2.718);
    QCOMPARE(tree.value(QLatin1String("data")).toObject().value(QLatin1String("$bytes")).toInteger(), 4);
    QCOMPARE(tree.value(QLatin1String("logic")).toArray(), (QJsonArray{true, false}));
}

QTEST_GUILESS_MAIN(TestAvroCorpus)
#include "tst_avrocorpus.moc"
