#include "core/decode/DecoderRegistry.h"
#include "TestEnvironment.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>
#include <limits>

using alertdeck::decode::Alert;
using alertdeck::decode::DecoderRegistry;
using alertdeck::decode::RawMessage;

namespace {

// Folders of the public corpus whose every file this test decodes. ztf/, rubin/ and brokers/ hold
// Avro (the Avro decoders' own corpus test covers those); their JSON files are decoded here.
const char *const kAllFilesDirs[] = {"gcn-json", "gcn-binary", "gcn-text", "circulars", "voevent", "igwn", "hop", "hermes"};
const char *const kJsonOnlyDirs[] = {"ztf", "rubin", "brokers"};
// The one file that is kept with a decode error on purpose: its notice type has no layout.
const char *const kExpectedDecodeErrors[] = {"gcn-binary/UNKNOWN.bin"};

constexpr double kNull = std::numeric_limits<double>::quiet_NaN(); // the field must be null
constexpr double kSkip = std::numeric_limits<double>::infinity();  // not checked
constexpr double kJulianYear = 365.25 * 86400.0;
const char *const kAnyText = "(not checked)";

// Values read off the sample files by hand (ISO times as the file writes them, plus "Z";
// FARs per year divided by a Julian year; arcmin divided by 60).
struct Expected
{
    const char *file;
    const char *format;
    const char *id;     // kAnyText: not checked
    const char *source;
    const char *event;  // nullptr: must be null (likewise alertType, time)
    const char *alertType;
    const char *time;
    double ra;
    double dec;
    double errorRadius;
    double far;
    bool test;
};

const Expected kExpected[] = {
    // GCN unified JSON notices
    {"gcn-json/fermi.gbm.trigger.final.example.json", "gcn.json", "Fermi-GBM:745121685#7", "Fermi-GBM", nullptr,
     "Update", "2024-08-24T02:14:40.43Z", 29.24, -63.62, 1.0, kNull, false},
    {"gcn-json/fermi.gbm.trigger.alert.example.json", "gcn.json", "Fermi-GBM:745121685#1", "Fermi-GBM", nullptr,
     "Initial", "2024-08-24T02:14:40.43Z", kNull, kNull, kNull, kNull, false},
    {"gcn-json/burstcube.test.example.json", "gcn.json", kAnyText, "BurstCube", nullptr, "Initial",
     "2024-06-01T00:00:00.0Z", 232, -53.1, 10, kNull, true},
    {"gcn-json/superk.sn_alert.test.example.json", "gcn.json", kAnyText, "Super-Kamiokande", nullptr, "Initial",
     "2023-08-01T00:00:01.000000Z", 270.82, 31.46, 0.91, kNull, true},
    {"gcn-json/superk.sn_alert.real.example.json", "gcn.json", "Super-Kamiokande:SN.095001.000001#1", "Super-Kamiokande", nullptr, "Initial",
     "2023-08-01T00:00:01.000000Z", 270.82, 31.46, 0.91, kNull, false},
    {"gcn-json/icecube.single_neutrino_alerts.gold_bronze_track_alerts.example.json", "gcn.json", "IceCube:137840_57034692#1", "IceCube",
     "IceCube-230416A", "Initial", "2023-04-16T05:22:26.150574Z", 345.82, 9.01, 0.5, 8.029e-8, false},
    {"gcn-json/maxi.gsc.unknown.ellipse.example.json", "gcn.json", "MAXI-GSC:9995289617#1", "MAXI-GSC", "GRB 230220A", "Update",
     "2023-02-20T08:56:01Z", 346.56, 18.61, 0.22, kNull, false},
    {"gcn-json/einstein_probe.wxt.alert.example.json", "gcn.json", "EP-WXT:01708973486", "EP-WXT", nullptr, nullptr,
     "2024-03-01T21:46:05.13Z", 120, 40, 0.02, kNull, false},
    {"gcn-json/chime.frb.retraction.example.json", "gcn.json", "CHIME:427325191#Retraction", "CHIME", nullptr,
     "Retraction", "2024-09-18T07:19:10.765268Z", kNull, kNull, kNull, kNull, false},
    {"gcn-json/swift.bat.guano.loc_arc_min.example.json", "gcn.json", "Swift-BAT:694215995#3", "Swift-BAT", nullptr,
     "Update", "2022-12-31T21:46:05.13Z", 336.26, 25.139, 0.5, 1e-5, false},
    {"gcn-json/svom.eclairs.trigger.catalog.example.json", "gcn.json", kAnyText, "SVOM-ECLAIRs", "M1", "Initial",
     "2024-02-22T08:51:31.320000Z", 143.2478, -68.0289, 0.1, kNull, true},
    // IGWN igwn.gwalert JSON
    // Position and radius come from the sky map: its densest pixel, and the circle as large as its
    // 90% credible region (the user guide's own figures for MS181101ab: tst_gwskymap).
    {"igwn/fink-mm_S230518h-initial.json", "gcn.json", "S230518h-INITIAL-2023-05-18T16:07:18Z", "IGWN", "S230518h",
     "Initial", "2023-05-18T12:59:08.167Z", 95.712890625, -10.95886330702767, 14.55980292535228, 3.218261352069347e-10, false},
    {"igwn/userguide_MS181101ab-preliminary_displayexample.json", "gcn.json",
     "MS181101ab-PRELIMINARY-2018-11-01T22:34:49Z", "IGWN", "MS181101ab", "Preliminary", "2018-11-01T22:22:46.654Z",
     kNull, kNull, kNull, 9.11069936486e-14, true},
    {"igwn/userguide_MS181101ab-ext-update.json", "gcn.json", "MS181101ab-UPDATE-2018-11-01T22:36:25Z", "IGWN",
     "MS181101ab", "Update", "2018-11-01T22:22:46.654Z", 194.30419921875, -17.856895095545468, 3.1406815617876367,
     9.11069936486e-14, true},
    {"igwn/userguide_MS181101ab-retraction.json", "gcn.json", "MS181101ab-RETRACTION-2018-11-01T23:36:23Z", "IGWN",
     "MS181101ab", "Retraction", "2018-11-01T23:36:23Z", kNull, kNull, kNull, kNull, true},
    // VOEvent
    {"voevent/swift_bat_grb_pos_1118357_fink-mm.xml", "gcn.voevent", "ivo://nasa.gsfc.gcn/SWIFT#BAT_GRB_Pos_1118357-182",
     "Swift-BAT", "GRB 220730", "Position", "2022-07-30T15:48:54.89Z", 225.0208, -69.4969, 0.05, kNull, false},
    {"voevent/fermi_gbm_flt_pos_GRB180116A_growth.xml", "gcn.voevent",
     "ivo://nasa.gsfc.gcn/Fermi#GBM_Flt_Pos_2018-01-16T00:36:52.81_537755817_46-995", "Fermi-GBM", "537755817",
     "Flight Position", "2018-01-16T00:36:52.81Z", 216.3833, 18.7, 19.8333, kNull, false},
    {"voevent/fermi_gbm_alert_GRB180116A_growth.xml", "gcn.voevent",
     "ivo://nasa.gsfc.gcn/Fermi#GBM_Alert_2018-01-16T00:36:52.81_537755817_1-994", "Fermi-GBM", "537755817", "Alert",
     "2018-01-16T00:36:52.81Z", kNull, kNull, kNull, kNull, false},
    {"voevent/lvc_S190425z-1-Initial_skyportal.xml", "gcn.voevent", "ivo://gwnet/LVC#S190425z-1-Initial", "IGWN",
     "S190425z", "Initial", "2019-04-25T08:18:05.017147Z", kNull, kNull, kNull, 4.53764787126e-13, false},
    {"voevent/lvc_userguide_MS181101ab-5-Retraction.xml", "gcn.voevent", "ivo://gwnet/LVC#MS181101ab-5-Retraction",
     "IGWN", "MS181101ab", "Retraction", "2018-11-01T22:22:46.654437Z", kNull, kNull, kNull, kNull, true},
    {"voevent/amon_icecube_gold_2022-12-23_fink-mm.xml", "gcn.voevent", kAnyText, "IceCube", "137467_64735045",
     "Initial", "2022-12-23T07:43:00.52Z", 350.5486, 34.7110, 0.6596, 0.2464 / kJulianYear, false},
    {"voevent/swift_point_dir_2017-11-28_mwa.xml", "gcn.voevent",
     "ivo://nasa.gsfc.gcn/SWIFT#Point_Dir_2017-11-28T08:22:38.00_1023458943-887", "Swift", "48767", "Pointing Direction",
     "2017-11-28T08:22:38.00Z", 11.5836, -72.6159, kNull, kNull, true},
    {"voevent/gaia16aac_voevent-parse.xml", "gcn.voevent", "ivo://gaia.cam.uk/alerts#Gaia16aac", "Gaia", nullptr,
     nullptr, "2016-01-16T07:52:27Z", 73.29423, 7.35212, 0.00002, kNull, false},
    {"voevent/swift_xrt_pos_644259_v1.1_voevent-parse.xml", "gcn.voevent", "ivo://nasa.gsfc.gcn/SWIFT#XRT_Pos_644259-941",
     "Swift-XRT", "644259", "Position", "2015-06-16T23:05:40.00Z", 314.7162, -53.3930, 0.0009, kNull, false},
    {"voevent/antares_alert_1364519891_mwa.xml", "gcn.voevent", "ivo://nasa.gsfc.gcn/Antares_Alert#1364519891",
     "ANTARES", "1364519891", nullptr, "2016-02-18T11:34:02Z", 12.3456, -83.4567, 0.45, kNull, false},
    {"voevent/fermi_gbm_subthresh_GRB180422.913_growth.xml", "gcn.voevent", kAnyText, "Fermi-GBM", nullptr,
     "Subthreshold", "2018-04-22T21:54:11.05Z", 262.97, 19.7399, 22.1299, kNull, true},
    // GCN Classic text and binary
    {"gcn-text/amon_icecube_astrotrack_bronze_hop-client.txt", "gcn.text", "ICECUBE Astrotrack Bronze:139279_10803235#0", "IceCube", "139279_10803235",
     "Initial", "2024-04-12T05:33:46.890Z", 103.7861, 5.8716, 69.22 / 60, 3.4096 / kJulianYear, false},
    {"gcn-binary/SWIFT_BAT_GRB_POS_ACK.bin", "gcn.binary", "SWIFT_BAT_GRB_POS_ACK:1227767-7", "Swift-BAT", "1227767", "Position",
     "2024-05-11T18:06:53.220Z", 336.6645, 8.5135, 0.05, kNull, false},
    {"gcn-binary/CALET_GBM_FLT_LC.bin", "gcn.binary", "CALET_GBM_FLT_LC:1399729386-41", "CALET-GBM", "1399729386", kAnyText,
     "2024-05-14T13:49:42.620Z", 193.85, 50.359, kNull, kNull, false},
    {"gcn-binary/FERMI_GBM_POS_TEST.bin", "gcn.binary", kAnyText, "Fermi-GBM", "99999", "Test",
     "2024-05-13T12:04:57.000Z", 36, 35, 5.8, kNull, true},
    // Circulars
    {"circulars/gcn26936_hop-client.gcn3", "hop.circular", "circular:26936", "GCN Circulars", "S200129m", "Circular",
     "2020-01-29T17:07:21Z", kNull, kNull, kNull, kNull, false},
    {"circulars/gcn-schema_circulars.example.json", "gcn.circular", "circular:33603", "GCN Circulars", "GRB 230410A",
     "Circular", "2024-06-12T17:16:29.034Z", kNull, kNull, kNull, kNull, false},
    // hop payloads (decoded with the `_format` header their model sends)
    {"hop/example_voevent_S200302c.xml", "gcn.voevent", "ivo://gwnet/LVC#S200302c-1-Preliminary", "IGWN", "S200302c",
     "Preliminary", "2020-03-02T01:58:11.519119Z", kNull, kNull, kNull, 9.349090689402942e-09, false},
    {"hop/expected_stdout/example_gcn_json.stdout", "hop.circular", "circular:40", "GCN Circulars", "GRB 980329",
     "Circular", "1998-04-03T07:10:15Z", kNull, kNull, kNull, kNull, false},
    {"hop/example_json.json", "hop.json", kAnyText, "", nullptr, nullptr, nullptr, kNull, kNull, kNull, kNull, false},
    // Hermes
    {"hermes/hermes_test_message_GRB230409B.json", "hermes", kAnyText, "Hermes", "GRB 230409B", nullptr, nullptr,
     329.5158, 52.8321, kNull, kNull, true},
};

QByteArray hopModelFor(const QString &relativePath)
{
    if (!relativePath.startsWith(QLatin1String("hop/")) || relativePath.contains(QLatin1String("expected_stdout")))
        return {};
    for (const char *model : {"avro", "blob", "circular", "gcntextnotice", "json", "voevent"}) {
        if (relativePath.contains(QLatin1String("example_") + QLatin1String(model)))
            return model;
    }
    return {};
}

QVector<Alert> decodeFile(const DecoderRegistry &registry, const QString &root, const QString &relativePath)
{
    QFile file(root + QLatin1Char('/') + relativePath);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    RawMessage message;
    message.payload = file.readAll();
    const QByteArray model = hopModelFor(relativePath);
    if (!model.isEmpty())
        message.headers.append({QByteArrayLiteral("_format"), model});
    return registry.decode(message);
}

bool wantedFile(const QString &relativePath)
{
    if (relativePath.endsWith(QLatin1String(".expected.json")) || relativePath.contains(QLatin1String("schema/")))
        return false;
    const QString top = relativePath.section(QLatin1Char('/'), 0, 0);
    for (const char *dir : kAllFilesDirs) {
        if (top == QLatin1String(dir))
            return true;
    }
    for (const char *dir : kJsonOnlyDirs) {
        if (top == QLatin1String(dir))
            return relativePath.endsWith(QLatin1String(".json"));
    }
    return false;
}

void compareText(const char *field, const QString &actual, const char *expected)
{
    if (expected == kAnyText)
        return;
    if (!expected) {
        QVERIFY2(actual.isNull(), qPrintable(QStringLiteral("%1 should be null, is %2").arg(QLatin1String(field), actual)));
        return;
    }
    QVERIFY2(actual == QLatin1String(expected),
             qPrintable(QStringLiteral("%1: %2 != %3").arg(QLatin1String(field), actual, QLatin1String(expected))));
}

void compareNumber(const char *field, const std::optional<double> &actual, double expected)
{
    if (std::isinf(expected))
        return;
    if (std::isnan(expected)) {
        QVERIFY2(!actual, qPrintable(QStringLiteral("%1 should be null, is %2").arg(QLatin1String(field)).arg(*actual)));
        return;
    }
    QVERIFY2(actual, qPrintable(QStringLiteral("%1 is null, expected %2").arg(QLatin1String(field)).arg(expected)));
    QVERIFY2(std::abs(*actual - expected) <= 1e-9 * std::max(1.0, std::abs(expected)),
             qPrintable(QStringLiteral("%1: %2 != %3").arg(QLatin1String(field)).arg(*actual, 0, 'g', 17).arg(expected, 0, 'g', 17)));
}

} // namespace

class TestCorpusConformance : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void everyFileDecodes();
    void namedFilesGiveTheFieldsOnThePage_data();
    void namedFilesGiveTheFieldsOnThePage();
    void binaryPacketsMatchTheirExpectedJson();
    void circularArchiveGivesEveryCircular();

private:
    QString m_root;
    DecoderRegistry m_registry;
};

void TestCorpusConformance::initTestCase()
{
    m_root = alertdeck::test::corpusDir();
    if (m_root.isEmpty())
        QSKIP("public alert corpus not found (set ALERTDECK_CORPUS_DIR to the folder holding MANIFEST.md)");
}

void TestCorpusConformance::everyFileDecodes()
{
    int files = 0;
    QStringList failures;
    QDirIterator it(m_root, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString relativePath = QDir(m_root).relativeFilePath(it.next());
        if (!wantedFile(relativePath))
            continue;
        ++files;
        const QVector<Alert> alerts = decodeFile(m_registry, m_root, relativePath);
        if (alerts.isEmpty()) {
            failures << relativePath + QStringLiteral(": no alert");
            continue;
        }
        const bool errorExpected = std::any_of(std::begin(kExpectedDecodeErrors), std::end(kExpectedDecodeErrors),
                                               [&](const char *path) { return relativePath == QLatin1String(path); });
        for (const Alert &alert : alerts) {
            if (alert.id.isEmpty() || alert.format.isEmpty())
                failures << relativePath + QStringLiteral(": alert without id or format");
            if (!alert.decodeError.isEmpty() && !errorExpected && !relativePath.startsWith(QLatin1String("brokers/")))
                failures << relativePath + QStringLiteral(": ") + alert.decodeError;
            if (!alert.time.isNull() && !alert.time.endsWith(QLatin1Char('Z')))
                failures << relativePath + QStringLiteral(": time not UTC ISO: ") + alert.time;
        }
    }
    qInfo("decoded %d corpus files", files);
    QVERIFY2(files >= 200, qPrintable(QStringLiteral("only %1 corpus files found").arg(files)));
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
}

void TestCorpusConformance::namedFilesGiveTheFieldsOnThePage_data()
{
    QTest::addColumn<int>("row");
    for (int row = 0; row < int(std::size(kExpected)); ++row)
        QTest::newRow(kExpected[row].file) << row;
}

void TestCorpusConformance::namedFilesGiveTheFieldsOnThePage()
{
    QFETCH(int, row);
    const Expected &expected = kExpected[row];
    const QVector<Alert> alerts = decodeFile(m_registry, m_root, QLatin1String(expected.file));
    QCOMPARE(alerts.size(), 1);
    const Alert &alert = alerts.first();
    QVERIFY2(alert.decodeError.isEmpty(), qPrintable(alert.decodeError));
    compareText("format", alert.format, expected.format);
    compareText("id", alert.id, expected.id);
    compareText("source", alert.source, expected.source);
    compareText("event", alert.event, expected.event);
    compareText("alert_type", alert.alertType, expected.alertType);
    compareText("time", alert.time, expected.time);
    compareNumber("ra", alert.ra, expected.ra);
    compareNumber("dec", alert.dec, expected.dec);
    compareNumber("error_radius", alert.errorRadius, expected.errorRadius);
    compareNumber("far", alert.far, expected.far);
    QCOMPARE(alert.test, expected.test);
    QVERIFY(!alert.id.isEmpty());
}

// gcn-classic-to-json's own rendering of two packets: time, position and error must agree.
void TestCorpusConformance::binaryPacketsMatchTheirExpectedJson()
{
    const QStringList expectations = QDir(m_root + QStringLiteral("/gcn-binary")).entryList({QStringLiteral("*.expected.json")});
    QVERIFY(!expectations.isEmpty());
    for (const QString &name : expectations) {
        QFile file(m_root + QStringLiteral("/gcn-binary/") + name);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject expected = QJsonDocument::fromJson(file.readAll()).object();
        const QString packet = QStringLiteral("gcn-binary/") + name.section(QLatin1Char('.'), 0, 0) + QStringLiteral(".bin");
        const Alert alert = decodeFile(m_registry, m_root, packet).first();
        QCOMPARE(alert.format, QStringLiteral("gcn.binary"));
        QCOMPARE(alert.time, expected.value(QStringLiteral("trigger_time")).toString());
        compareNumber("ra", alert.ra, expected.value(QStringLiteral("ra")).toDouble());
        compareNumber("dec", alert.dec, expected.value(QStringLiteral("dec")).toDouble());
        if (expected.contains(QStringLiteral("ra_dec_error")))
            compareNumber("error_radius", alert.errorRadius, expected.value(QStringLiteral("ra_dec_error")).toDouble());
    }
}

void TestCorpusConformance::circularArchiveGivesEveryCircular()
{
    const QVector<Alert> alerts = decodeFile(m_registry, m_root, QStringLiteral("circulars/gcn.nasa.gov_seed.json"));
    QCOMPARE(alerts.size(), 508); // MANIFEST.md: its circulars array holds 508 circulars
    QCOMPARE(alerts.first().id, QStringLiteral("circular:32814"));
    QCOMPARE(alerts.first().event, QStringLiteral("SGR 1935+21542"));
    QSet<QString> ids;
    for (const Alert &alert : alerts) {
        QCOMPARE(alert.format, QStringLiteral("gcn.circular"));
        ids.insert(alert.id);
    }
    QCOMPARE(ids.size(), alerts.size());
}

QTEST_GUILESS_MAIN(TestCorpusConformance)
#include "tst_corpusconformance.moc"
