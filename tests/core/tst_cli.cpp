// alertdeck-cli's contract (CONTRACTS.md): options, output and exit codes 0/1/2, as a user runs it.
#include "CliProcess.h"
#include "CliRunner.h"
#include "TestEnvironment.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace alertdeck::test;

class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void helpForEveryCommand();
    void unknownCommandIsBadUsage();
    void decodeWritesOneJsonLinePerMessage();
    void decodeKeepsMalformedInputAndSaysSo();
    void decodeRejectsUnknownFormatAndMissingFile();
    void configCheckNamesProblems();
    void replayNeedsBootstrapAndTopic();
    void listenRefusesInvalidConfig();
    void mockPrintsItsBootstrapFirst();
    void listenEndsWhenItsStreamCannotStart();

private:
    QString write(const QString &name, const QByteArray &content);
    QTemporaryDir m_dir;
};

void TestCli::initTestCase()
{
    QVERIFY(QFileInfo::exists(cliPath()));
}

QString TestCli::write(const QString &name, const QByteArray &content)
{
    QFile file(m_dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(content);
    return file.fileName();
}

void TestCli::helpForEveryCommand()
{
    for (const char *command : {"decode", "listen", "replay", "mock", "config"}) {
        const CliResult result = runCli({QString::fromLatin1(command), QStringLiteral("--help")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains("Usage:"), command);
    }
    const CliResult top = runCli({QStringLiteral("--help")});
    QCOMPARE(top.exitCode, 0);
    QVERIFY(top.out.contains("listen"));
}

void TestCli::unknownCommandIsBadUsage()
{
    const CliResult result = runCli({QStringLiteral("frobnicate")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.contains("unknown command \"frobnicate\""));
    QCOMPARE(runCli({}).exitCode, 2);
    QCOMPARE(runCli({QStringLiteral("listen"), QStringLiteral("--bogus")}).exitCode, 2);
}

void TestCli::decodeWritesOneJsonLinePerMessage()
{
    const QString jsonl = write(QStringLiteral("two.jsonl"),
        "{\"superevent_id\": \"S251231x\", \"alert_type\": \"PRELIMINARY\", \"time_created\": \"2025-12-31T10:00:05Z\","
        " \"event\": {\"time\": \"2025-12-31T09:59:58.500Z\", \"far\": 2e-10, \"significant\": true}}\n\n"
        "{\"superevent_id\": \"S251231x\", \"alert_type\": \"RETRACTION\", \"time_created\": \"2025-12-31T11:00:00Z\", \"event\": null}\n");
    const CliResult result = runCli({QStringLiteral("decode"), jsonl});
    QCOMPARE(result.exitCode, 0);
    const auto lines = result.outLines();
    QCOMPARE(lines.size(), 2);
    const QJsonObject first = QJsonDocument::fromJson(lines.at(0)).object();
    QCOMPARE(first.value(QStringLiteral("event")).toString(), QStringLiteral("S251231x"));
    QCOMPARE(first.value(QStringLiteral("source")).toString(), QStringLiteral("IGWN"));
    QCOMPARE(first.value(QStringLiteral("far")).toDouble(), 2e-10);
    QCOMPARE(first.value(QStringLiteral("time")).toString(), QStringLiteral("2025-12-31T09:59:58.500Z"));
    QCOMPARE(QJsonDocument::fromJson(lines.at(1)).object().value(QStringLiteral("alert_type")).toString(), QStringLiteral("Retraction"));
}

void TestCli::decodeKeepsMalformedInputAndSaysSo()
{
    const QString broken = write(QStringLiteral("broken.json"), "{\"superevent_id\": \"S1\", \"alert_type\": ");
    const CliResult result = runCli({QStringLiteral("decode"), broken});
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.outLines().size(), 1);
    const QJsonObject kept = QJsonDocument::fromJson(result.outLines().first()).object();
    QVERIFY(!kept.value(QStringLiteral("decode_error")).toString().isEmpty());
    QVERIFY(result.err.contains(broken.toUtf8()));
}

void TestCli::decodeRejectsUnknownFormatAndMissingFile()
{
    const QString file = write(QStringLiteral("x.txt"), "hello");
    const CliResult format = runCli({QStringLiteral("decode"), QStringLiteral("--format"), QStringLiteral("fax"), file});
    QCOMPARE(format.exitCode, 2);
    QVERIFY(format.err.contains("unknown format \"fax\""));
    const CliResult missing = runCli({QStringLiteral("decode"), m_dir.filePath(QStringLiteral("nope.json"))});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.err.contains("nope.json"));
    const CliResult text = runCli({QStringLiteral("decode"), QStringLiteral("--format"), QStringLiteral("text"), file});
    QCOMPARE(text.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(text.outLines().first()).object().value(QStringLiteral("format")).toString(), QStringLiteral("text"));
}

void TestCli::configCheckNamesProblems()
{
    const QString good = write(QStringLiteral("good.json"),
        R"({"streams": [{"name": "local", "kind": "kafka", "options": {"bootstrap": "127.0.0.1:9092", "topics": ["rubin.alerts"]}}]})");
    const CliResult ok = runCli({QStringLiteral("config"), QStringLiteral("check"), good});
    QCOMPARE(ok.exitCode, 0);
    QVERIFY(ok.out.contains("1 stream"));
    const QString bad = write(QStringLiteral("bad.json"),
        R"({"streams": [{"name": "SCiMMA", "kind": "hopskotch", "options": {"url": "kafka://kafka.scimma.org/", "username": "me", "password": "secret!", "topics": ["x"]}}]})");
    const CliResult problems = runCli({QStringLiteral("config"), QStringLiteral("check"), bad});
    QCOMPARE(problems.exitCode, 2);
    QVERIFY(problems.err.contains("stream \"SCiMMA\", key \"password\""));
    QVERIFY(!problems.err.contains("secret!"));
    QCOMPARE(runCli({QStringLiteral("config"), QStringLiteral("check"), write(QStringLiteral("junk.json"), "{")}).exitCode, 2);
    QCOMPARE(runCli({QStringLiteral("config"), QStringLiteral("explode")}).exitCode, 2);
}

void TestCli::replayNeedsBootstrapAndTopic()
{
    const CliResult result = runCli({QStringLiteral("replay"), QStringLiteral("--topic"), QStringLiteral("t"), write(QStringLiteral("m.json"), "{}")});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.contains("usage: replay"));
    const CliResult rate = runCli({QStringLiteral("replay"), QStringLiteral("--bootstrap"), QStringLiteral("127.0.0.1:1"), QStringLiteral("--topic"),
                                   QStringLiteral("t"), QStringLiteral("--rate"), QStringLiteral("fast"), m_dir.filePath(QStringLiteral("m.json"))});
    QCOMPARE(rate.exitCode, 2);
}

void TestCli::listenRefusesInvalidConfig()
{
    const QString bad = write(QStringLiteral("listen-bad.json"), R"({"streams": [{"name": "x", "kind": "kafka", "options": {"bootstrap": "nohostport", "topics": ["a"]}}]})");
    const CliResult result = runCli({QStringLiteral("listen"), QStringLiteral("--config"), bad, QStringLiteral("--store"), m_dir.filePath(QStringLiteral("l.db"))});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.contains("stream \"x\", key \"bootstrap\""));
    QVERIFY(result.err.contains("no valid active stream"));
}

void TestCli::mockPrintsItsBootstrapFirst()
{
    CliProcess mock({QStringLiteral("mock"), QStringLiteral("--topics"), QStringLiteral("a,b")});
    QVERIFY(mock.started());
    const QByteArray out = mock.readUntil(QProcess::StandardOutput, [](const QByteArray &o) { return o.contains('\n'); }, 10000);
    const QByteArray first = out.left(out.indexOf('\n'));
    QVERIFY2(QRegularExpression(QStringLiteral("^127\\.0\\.0\\.1:\\d+$")).match(QString::fromUtf8(first)).hasMatch(), first.constData());
    QVERIFY(mock.stop(SIGTERM, 10000));
    QCOMPARE(mock.process().exitCode(), 0);
}

void TestCli::listenEndsWhenItsStreamCannotStart()
{
    // librdkafka refuses the property: the stream cannot start, and listen must say so and end.
    const QString config = write(QStringLiteral("listen-prop.json"),
        R"({"streams": [{"name": "p", "kind": "kafka", "options": {"bootstrap": "127.0.0.1:1", "topics": ["a"], "config": {"no.such.property": "1"}}}]})");
    const CliResult result = runCli({QStringLiteral("listen"), QStringLiteral("--config"), config, QStringLiteral("--store"), m_dir.filePath(QStringLiteral("p.db"))}, 20000);
    QVERIFY2(result.finished, "listen kept running with no stream left");
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("stream \"p\", config \"no.such.property\""), result.err.constData());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
