// alertdeck-cli config import / export as CONTRACTS.md fixes them: stdout unless --out, one stderr
// line per thing not imported, exit 2 on input that cannot be parsed.
#include "CliRunner.h"
#include "TestEnvironment.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace alertdeck::test;

class TestConfigCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void importSettingsToStdout();
    void importAuthTomlToFile();
    void unparsableInputIsBadInput();
    void exportWritesAlertStreams();

private:
    QString write(const QString &name, const QByteArray &content);
    QTemporaryDir m_dir;
};

void TestConfigCli::initTestCase()
{
    QVERIFY(QFileInfo::exists(cliPath()));
}

QString TestConfigCli::write(const QString &name, const QByteArray &content)
{
    QFile file(m_dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(content);
    return file.fileName();
}

void TestConfigCli::importSettingsToStdout()
{
    const QString settings = write(QStringLiteral("settings.py"), R"PY(import os
ALERT_STREAMS = [
    {
        'ACTIVE': True,
        'NAME': 'tom_alertstreams.alertstreams.gcn.GCNClassicAlertStream',
        'OPTIONS': {
            'GCN_CLASSIC_CLIENT_ID': 'my-client-id',
            'GCN_CLASSIC_CLIENT_SECRET': os.getenv('GCN_CLASSIC_CLIENT_SECRET', None),
            'TOPIC_HANDLERS': {
                'gcn.classic.text.LVC_INITIAL': 'tom_alertstreams.alertstreams.alertstream.alert_logger',
                'igwn.gwalert': 'mytom.handlers.gw',
            },
        },
    },
]
)PY");
    const CliResult result = runCli({QStringLiteral("config"), QStringLiteral("import"), settings});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject config = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(config.value(QStringLiteral("version")).toInt(), 1);
    const QJsonObject options = config.value(QStringLiteral("streams")).toArray().first().toObject().value(QStringLiteral("options")).toObject();
    QCOMPARE(options.value(QStringLiteral("client_id")).toString(), QStringLiteral("my-client-id"));
    QCOMPARE(options.value(QStringLiteral("client_secret")).toObject().value(QStringLiteral("env")).toString(), QStringLiteral("GCN_CLASSIC_CLIENT_SECRET"));
    // One stderr line per Python handler left behind.
    const QList<QByteArray> errors = result.err.trimmed().split('\n');
    QCOMPARE(errors.size(), 2);
    QVERIFY(result.err.contains("mytom.handlers.gw"));
    // What it printed is a configuration `config check` accepts.
    const CliResult check = runCli({QStringLiteral("config"), QStringLiteral("check"), write(QStringLiteral("imported.json"), result.out)});
    QCOMPARE(check.exitCode, 0);
}

void TestConfigCli::importAuthTomlToFile()
{
    const QString auth = write(QStringLiteral("auth.toml"), "[[auth]]\nusername = \"me-1a2b\"\npassword = \"cli-pw-789\"\n"
                                                            "hostname = \"kafka.scimma.org\"\nprotocol = \"SASL_SSL\"\nmechanism = \"SCRAM_SHA_512\"\n");
    const QString out = m_dir.filePath(QStringLiteral("out/streams.json"));
    const CliResult result = runCli({QStringLiteral("config"), QStringLiteral("import"), auth, QStringLiteral("--out"), out});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains("imported: line 1: stream \"kafka.scimma.org\" (hopskotch)"));
    QCOMPARE(result.err.trimmed().split('\n').size(), 1);
    QVERIFY(result.err.contains("ALERTDECK_KAFKA_SCIMMA_ORG_PASSWORD"));
    QVERIFY(!result.err.contains("cli-pw-789") && !result.out.contains("cli-pw-789"));
    QFile written(out);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray json = written.readAll();
    QVERIFY(!json.contains("cli-pw-789"));
    QCOMPARE(runCli({QStringLiteral("config"), QStringLiteral("check"), out}).exitCode, 0);
}

void TestConfigCli::unparsableInputIsBadInput()
{
    const CliResult broken = runCli({QStringLiteral("config"), QStringLiteral("import"),
                                     write(QStringLiteral("broken.py"), "ALERT_STREAMS = [\n  {'NAME': \n")});
    QCOMPARE(broken.exitCode, 2);
    QVERIFY(broken.err.contains("broken.py"));
    QVERIFY(broken.out.isEmpty());
    QCOMPARE(runCli({QStringLiteral("config"), QStringLiteral("import"), m_dir.filePath(QStringLiteral("missing.py"))}).exitCode, 2);
    QCOMPARE(runCli({QStringLiteral("config"), QStringLiteral("import")}).exitCode, 2);
    QCOMPARE(runCli({QStringLiteral("config"), QStringLiteral("export"), write(QStringLiteral("junk.json"), "{")}).exitCode, 2);
}

void TestConfigCli::exportWritesAlertStreams()
{
    const QString config = write(QStringLiteral("export.json"), R"({"version": 1, "streams": [
      {"name": "GCN", "kind": "gcn", "options": {"client_id": "abc", "client_secret": {"env": "GCN_SECRET"}, "topics": ["igwn.gwalert"]}},
      {"name": "local", "kind": "kafka", "options": {"bootstrap": "127.0.0.1:9092", "topics": ["a"]}}]})");
    const CliResult result = runCli({QStringLiteral("config"), QStringLiteral("export"), config});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains("ALERT_STREAMS = ["));
    QVERIFY(result.out.contains("'GCN_CLASSIC_CLIENT_SECRET': os.getenv('GCN_SECRET', None)"));
    QVERIFY(result.err.contains("stream \"local\""));
    // What was exported reads back.
    const CliResult back = runCli({QStringLiteral("config"), QStringLiteral("import"), write(QStringLiteral("exported.py"), result.out)});
    QCOMPARE(back.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(back.out).object().value(QStringLiteral("streams")).toArray().size(), 1);
}

QTEST_GUILESS_MAIN(TestConfigCli)
#include "tst_configcli.moc"
