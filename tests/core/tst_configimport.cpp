// Importing a TOM settings.py ALERT_STREAMS and a hop-client auth.toml, and exporting back.
#include "core/config/AlertStreamsExporter.h"
#include "core/config/AlertStreamsImporter.h"
#include "core/config/HopAuthImporter.h"
#include "core/config/StreamConfigFile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace alertdeck::config;

namespace {

// The README example of tom-alertstreams, plus the forms a real settings.py has around it.
const char *const settingsPy = R"PY(
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
DEBUG = True  # ALERT_STREAMS = [] in a comment is not the assignment

ALERT_STREAMS = [
    {
        'ACTIVE': True,
        'NAME': 'tom_alertstreams.alertstreams.hopskotch.HopskotchAlertStream',
        'OPTIONS': {
            'URL': 'kafka://kafka.scimma.org/',
            # The hop-client requires that the GROUP_ID prefix match the SCIMMA_AUTH_USERNAME
            'GROUP_ID': os.getenv('SCIMMA_AUTH_USERNAME', "") + '-' + 'uniqueidforyourapp12345',
            'USERNAME': os.getenv('SCIMMA_AUTH_USERNAME', None),
            'PASSWORD': os.getenv('SCIMMA_AUTH_PASSWORD', None),
            'START_POSITION': 'EARLIEST',
            'TOPIC_HANDLERS': {
                'sys.heartbeat': 'tom_alertstreams.alertstreams.hopskotch.heartbeat_handler',
                "hermes.*": 'tom_alertstreams.alertstreams.hopskotch.alert_logger',
            },
        },
    },
    {
        'ACTIVE': False,
        'NAME': 'tom_alertstreams.alertstreams.gcn.GCNClassicAlertStream',
        'OPTIONS': {
            'GCN_CLASSIC_CLIENT_ID': os.environ.get('GCN_ID', 'client' "-id"),
            'GCN_CLASSIC_CLIENT_SECRET': os.environ['GCN_SECRET'],
            'DOMAIN': 'test.gcn.nasa.gov',  # optional
            'CONFIG': {
                # 'group.id': 'commented out',
                'auto.offset.reset': 'earliest',
                'fetch.wait.max.ms': 1_000,
                'enable.auto.commit': False,
            },
            'TOPIC_HANDLERS': {
                'gcn.classic.text.LVC_INITIAL': 'mytom.handlers.lvc',
            },
            'RETRIES': 3,
        },
    },
    {'ACTIVE': True, 'NAME': 'mytom.streams.FinkStream', 'OPTIONS': {}},
]
)PY";

QJsonObject streamNamed(const QJsonArray &streams, const QString &name)
{
    for (const QJsonValue &stream : streams) {
        if (stream.toObject().value(QStringLiteral("name")).toString() == name)
            return stream.toObject();
    }
    return {};
}

bool mentions(const QStringList &lines, const QString &text)
{
    return std::any_of(lines.cbegin(), lines.cend(), [&](const QString &line) { return line.contains(text); });
}

QProcessEnvironment environment(const QString &username)
{
    QProcessEnvironment env;
    if (!username.isEmpty())
        env.insert(QStringLiteral("SCIMMA_AUTH_USERNAME"), username);
    env.insert(QStringLiteral("SCIMMA_AUTH_PASSWORD"), QStringLiteral("not-read-by-the-importer"));
    return env;
}

} // namespace

class TestConfigImport : public QObject
{
    Q_OBJECT
private slots:
    void importsTomAlertStreams();
    void reportsWhatItCannotResolve();
    void unparsableSettingsAreFatal();
    void literalSecretsStayOutOfTheFile();
    void importsHopAuthToml();
    void badTomlIsFatal();
    void exportRoundTripsThroughImport();
};

void TestConfigImport::importsTomAlertStreams()
{
    const ImportResult result = AlertStreamsImporter(environment(QStringLiteral("me-1a2b"))).import(QString::fromUtf8(settingsPy));
    QVERIFY2(result.ok(), qPrintable(result.fatal));
    QCOMPARE(result.streams.size(), 2);
    const QJsonObject hop = streamNamed(result.streams, QStringLiteral("Hopskotch"));
    const QJsonObject hopOptions = hop.value(QStringLiteral("options")).toObject();
    QCOMPARE(hop.value(QStringLiteral("kind")).toString(), QStringLiteral("hopskotch"));
    QCOMPARE(hopOptions.value(QStringLiteral("url")).toString(), QStringLiteral("kafka://kafka.scimma.org/"));
    QCOMPARE(hopOptions.value(QStringLiteral("username")).toString(), QStringLiteral("me-1a2b"));
    QCOMPARE(hopOptions.value(QStringLiteral("group_id")).toString(), QStringLiteral("me-1a2b-uniqueidforyourapp12345"));
    QCOMPARE(hopOptions.value(QStringLiteral("password")).toObject().value(QStringLiteral("env")).toString(), QStringLiteral("SCIMMA_AUTH_PASSWORD"));
    QCOMPARE(hopOptions.value(QStringLiteral("config")).toObject().value(QStringLiteral("auto.offset.reset")).toString(), QStringLiteral("earliest"));
    QCOMPARE(hopOptions.value(QStringLiteral("topic_handlers")).toObject().value(QStringLiteral("hermes.*")).toArray(), QJsonArray{QStringLiteral("table")});

    const QJsonObject gcn = streamNamed(result.streams, QStringLiteral("GCN"));
    const QJsonObject gcnOptions = gcn.value(QStringLiteral("options")).toObject();
    QCOMPARE(gcn.value(QStringLiteral("active")).toBool(), false);
    QCOMPARE(gcnOptions.value(QStringLiteral("client_id")).toString(), QStringLiteral("client-id"));
    QCOMPARE(gcnOptions.value(QStringLiteral("client_secret")).toObject().value(QStringLiteral("env")).toString(), QStringLiteral("GCN_SECRET"));
    QCOMPARE(gcnOptions.value(QStringLiteral("domain")).toString(), QStringLiteral("test.gcn.nasa.gov"));
    const QJsonObject config = gcnOptions.value(QStringLiteral("config")).toObject();
    QCOMPARE(config.value(QStringLiteral("fetch.wait.max.ms")).toDouble(), 1000.0);
    QCOMPARE(config.value(QStringLiteral("enable.auto.commit")).toBool(true), false);
    QVERIFY(!config.contains(QStringLiteral("group.id")));

    // Every Python handler, the unknown key and the foreign class are named, one line each.
    QVERIFY(mentions(result.notImported, QStringLiteral("tom_alertstreams.alertstreams.hopskotch.heartbeat_handler")));
    QVERIFY(mentions(result.notImported, QStringLiteral("mytom.handlers.lvc")));
    QVERIFY(mentions(result.notImported, QStringLiteral("RETRIES")));
    QVERIFY(mentions(result.notImported, QStringLiteral("mytom.streams.FinkStream")));
    QCOMPARE(result.notImported.size(), 5);
    QVERIFY(mentions(result.imported, QStringLiteral("value of environment variable SCIMMA_AUTH_USERNAME")));
    // What came out is a valid configuration.
    const auto file = StreamConfigFile::parse(result.toConfigJson());
    QVERIFY(file.problems.isEmpty());
    QCOMPARE(file.streams.size(), 2);
    QVERIFY(!result.toConfigJson().contains("not-read-by-the-importer"));
}

void TestConfigImport::reportsWhatItCannotResolve()
{
    // Without the variable, USERNAME has no value and the group id no longer starts with it.
    const ImportResult result = AlertStreamsImporter(environment({})).import(QString::fromUtf8(settingsPy));
    QVERIFY(mentions(result.notImported, QStringLiteral("USERNAME: environment variable SCIMMA_AUTH_USERNAME is not set")));
    QVERIFY(mentions(result.notImported, QStringLiteral("key \"username\": required")));
    const ImportResult unsupported = AlertStreamsImporter(environment({})).import(QStringLiteral(
        "ALERT_STREAMS = [{'NAME': 'tom_alertstreams.alertstreams.gcn.GCNClassicAlertStream', "
        "'OPTIONS': {'GCN_CLASSIC_CLIENT_ID': settings_module.CLIENT, 'TOPICS': ['a', f'{x}'],}}]"));
    QVERIFY2(unsupported.ok(), qPrintable(unsupported.fatal));
    QVERIFY(mentions(unsupported.notImported, QStringLiteral("\"settings_module.CLIENT\" cannot be evaluated")));
    QVERIFY(mentions(unsupported.notImported, QStringLiteral("f'{x}'")));
}

void TestConfigImport::unparsableSettingsAreFatal()
{
    QVERIFY(!AlertStreamsImporter().import(QStringLiteral("DEBUG = True\n")).ok());
    const ImportResult broken = AlertStreamsImporter().import(QStringLiteral("x = 1\nALERT_STREAMS = [\n  {'NAME': 'a',\n  'OPTIONS' {}}]\n"));
    QVERIFY(!broken.ok());
    QVERIFY2(broken.fatal.contains(QStringLiteral("line 4")), qPrintable(broken.fatal));
    QVERIFY(!AlertStreamsImporter().import(QStringLiteral("ALERT_STREAMS = ['unterminated]")).ok());
    QVERIFY(!AlertStreamsImporter().import(QStringLiteral("ALERT_STREAMS = {'a': 1}")).ok());
}

void TestConfigImport::literalSecretsStayOutOfTheFile()
{
    const ImportResult result = AlertStreamsImporter(environment({})).import(QStringLiteral(
        "ALERT_STREAMS = [{'ACTIVE': True, 'NAME': 'tom_alertstreams.alertstreams.hopskotch.HopskotchAlertStream',\n"
        " 'OPTIONS': {'URL': 'kafka://kafka.scimma.org/', 'USERNAME': 'u', 'PASSWORD': 'hunter2-literal', 'TOPICS': ['t']}}]"));
    QCOMPARE(result.streams.size(), 1);
    QVERIFY(!result.toConfigJson().contains("hunter2-literal"));
    QCOMPARE(result.literalSecrets.value(QStringLiteral("Hopskotch")), QStringLiteral("hunter2-literal"));
    QVERIFY(mentions(result.notImported, QStringLiteral("PASSWORD: the secret is written literally")));
    QVERIFY(!mentions(result.notImported, QStringLiteral("hunter2-literal")));
}

void TestConfigImport::importsHopAuthToml()
{
    const ImportResult result = HopAuthImporter().import(QStringLiteral(R"(# written by hop auth add
[[auth]]
username = "me-1a2b"
password = "p@ss#not-a-comment"
hostname = "kafka.scimma.org"
protocol = "SASL_SSL"
mechanism = "SCRAM_SHA_512"

[[auth]]
username = 'local-user'   # a literal string
password = "pw2"
hostname = "127.0.0.1:9094"
protocol = "SASL_PLAINTEXT"
mechanism = "SCRAM_SHA_256"
ssl_ca_file = "/etc/ssl/test-ca.pem"
token_endpoint = "https://example.org/token"
)"));
    QVERIFY2(result.ok(), qPrintable(result.fatal));
    QCOMPARE(result.streams.size(), 2);
    const QJsonObject hop = streamNamed(result.streams, QStringLiteral("kafka.scimma.org"));
    QCOMPARE(hop.value(QStringLiteral("kind")).toString(), QStringLiteral("hopskotch"));
    QCOMPARE(hop.value(QStringLiteral("options")).toObject().value(QStringLiteral("url")).toString(), QStringLiteral("kafka://kafka.scimma.org/"));
    QCOMPARE(result.literalSecrets.value(QStringLiteral("kafka.scimma.org")), QStringLiteral("p@ss#not-a-comment"));
    const QJsonObject local = streamNamed(result.streams, QStringLiteral("127.0.0.1")).value(QStringLiteral("options")).toObject();
    QCOMPARE(local.value(QStringLiteral("bootstrap")).toString(), QStringLiteral("127.0.0.1:9094"));
    QCOMPARE(local.value(QStringLiteral("sasl_mechanism")).toString(), QStringLiteral("SCRAM-SHA-256"));
    QCOMPARE(local.value(QStringLiteral("ssl_ca_location")).toString(), QStringLiteral("/etc/ssl/test-ca.pem"));
    QCOMPARE(local.value(QStringLiteral("username")).toString(), QStringLiteral("local-user"));
    QVERIFY(mentions(result.notImported, QStringLiteral("line 9: stream \"127.0.0.1\": key \"token_endpoint\"")));
    QVERIFY(mentions(result.notImported, QStringLiteral("ALERTDECK_KAFKA_SCIMMA_ORG_PASSWORD")));
    const QByteArray json = result.toConfigJson();
    QVERIFY(!json.contains("p@ss") && !json.contains("pw2"));
    const auto file = StreamConfigFile::parse(json);
    for (const auto &problem : file.problems)
        qWarning() << problem.toString();
    QVERIFY(file.problems.isEmpty());
}

void TestConfigImport::badTomlIsFatal()
{
    const ImportResult result = HopAuthImporter().import(QStringLiteral("[[auth]]\nusername = me\n"));
    QVERIFY(!result.ok());
    QVERIFY(result.fatal.contains(QStringLiteral("line 2")));
    QVERIFY(!HopAuthImporter().import(QStringLiteral("# nothing here\n")).ok());
}

void TestConfigImport::exportRoundTripsThroughImport()
{
    const auto file = StreamConfigFile::parse(R"({"version": 1, "streams": [
      {"name": "GCN", "kind": "gcn", "active": true,
       "options": {"domain": "test.gcn.nasa.gov", "client_id": "abc'123", "client_secret": {"env": "GCN_SECRET"},
                   "config": {"auto.offset.reset": "earliest", "enable.auto.commit": false},
                   "topic_handlers": {"igwn.gwalert": ["table", "log"]}}},
      {"name": "SCiMMA", "kind": "hopskotch", "active": false,
       "options": {"url": "kafka://kafka.scimma.org/", "username": "me-1a2b", "group_id": "me-1a2b-deck",
                   "topics": ["hermes.test"], "format": "hermes"}},
      {"name": "local", "kind": "kafka", "options": {"bootstrap": "127.0.0.1:9092", "topics": ["rubin.alerts"]}}]})");
    QVERIFY(file.problems.isEmpty());
    const auto exported = AlertStreamsExporter::exportStreams(file.streams);
    QVERIFY(exported.python.contains(QStringLiteral("'GCN_CLASSIC_CLIENT_SECRET': os.getenv('GCN_SECRET', None)")));
    QVERIFY(exported.python.contains(QStringLiteral("'PASSWORD': os.getenv('ALERTDECK_SCIMMA_PASSWORD', None)")));
    QVERIFY(mentions(exported.notExported, QStringLiteral("stream \"local\": tom-alertstreams has no class for kafka")));
    QVERIFY(mentions(exported.notExported, QStringLiteral("key \"format\"")));
    QVERIFY(mentions(exported.notExported, QStringLiteral("ALERTDECK_SCIMMA_PASSWORD")));

    const ImportResult back = AlertStreamsImporter(QProcessEnvironment()).import(exported.python);
    QVERIFY2(back.ok(), qPrintable(back.fatal));
    QCOMPARE(back.streams.size(), 2);
    const QJsonObject gcn = streamNamed(back.streams, QStringLiteral("GCN")).value(QStringLiteral("options")).toObject();
    QJsonObject expected = file.streams.at(0).options;
    expected.insert(QStringLiteral("topic_handlers"), QJsonObject{{QStringLiteral("igwn.gwalert"), QJsonArray{QStringLiteral("table")}}});
    QCOMPARE(gcn, expected);
    const QJsonObject hop = streamNamed(back.streams, QStringLiteral("Hopskotch"));
    QCOMPARE(hop.value(QStringLiteral("active")).toBool(), false);
    const QJsonObject hopOptions = hop.value(QStringLiteral("options")).toObject();
    QCOMPARE(hopOptions.value(QStringLiteral("group_id")).toString(), QStringLiteral("me-1a2b-deck"));
    QCOMPARE(hopOptions.value(QStringLiteral("topics")).toArray(), QJsonArray{QStringLiteral("hermes.test")});
    // No start position configured: tom-alertstreams' default (LATEST) applies, as AlertDeck's does.
    QVERIFY(!hopOptions.contains(QStringLiteral("config")));
}

QTEST_GUILESS_MAIN(TestConfigImport)
#include "tst_configimport.moc"
