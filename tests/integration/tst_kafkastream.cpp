// The engine and alertdeck-cli against the real Kafka broker of scripts/kafka-up: every message
// arrives exactly once and decodes right, across partitions, restarts and topics created later.
#include "CliProcess.h"
#include "CliRunner.h"
#include "TestBroker.h"
#include "TestEnvironment.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace alertdeck::test;

class TestKafkaStream : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void everyMessageArrivesExactlyOnce();
    void untilEofDoesNotWaitForAnEmptyFetch();
    void resumesFromStoredOffsetsWithoutDuplicates();
    void interruptStoresOffsetsBeforeExit();
    void groupOffsetsFollowWhatIsStored();
    void patternPicksUpTopicCreatedLater();
    void wildcardTakesEveryPublicTopic();
    void corruptMessageIsKeptWithItsError();
    void brokerDownIsReportedAndRetried();
    void missingTopicIsReported();

private:
    QString writeNotices(int first, int count);
    QString writeConfig(const QString &name, const QJsonObject &handlers, const QString &bootstrap = {},
                        const QJsonObject &kafkaProperties = {});
    QList<QJsonObject> listen(const QString &config, const QString &store, QByteArray *err = nullptr);
    void replay(const QString &topic, const QString &file, const QStringList &extra = {});
    QStringList listenArguments(const QString &config, const QString &storeName, const QStringList &extra = {});

    QTemporaryDir m_dir;
    QString m_bootstrap;
};

void TestKafkaStream::initTestCase()
{
    m_bootstrap = brokerBootstrap();
    QVERIFY2(!m_bootstrap.isEmpty(), "no test broker: scripts/kafka-up must run first (CTest fixture 'kafka')");
    QVERIFY(m_dir.isValid());
}

// GCN unified-schema notices written here; ra encodes the notice number so each can be recognized.
QString TestKafkaStream::writeNotices(int first, int count)
{
    const QString path = m_dir.filePath(QStringLiteral("notices-%1-%2.jsonl").arg(first).arg(count));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    for (int i = first; i < first + count; ++i) {
        const QJsonObject notice{
            {QStringLiteral("$schema"), QStringLiteral("https://gcn.nasa.gov/schema/v4.0.0/gcn/notices/swift/bat/guano.schema.json")},
            {QStringLiteral("mission"), QStringLiteral("Swift")},
            {QStringLiteral("instrument"), QStringLiteral("BAT")},
            {QStringLiteral("alert_type"), QStringLiteral("initial")},
            {QStringLiteral("id"), QJsonArray{QStringLiteral("%1").arg(1000000 + i)}},
            {QStringLiteral("trigger_time"), QStringLiteral("2025-03-04T05:06:07.250Z")},
            {QStringLiteral("ra"), 0.001 * i},
            {QStringLiteral("dec"), -30.5},
            {QStringLiteral("ra_dec_error"), 0.05},
        };
        file.write(QJsonDocument(notice).toJson(QJsonDocument::Compact) + '\n');
    }
    return path;
}

QString TestKafkaStream::writeConfig(const QString &name, const QJsonObject &handlers, const QString &bootstrap,
                                     const QJsonObject &kafkaProperties)
{
    const QJsonObject stream{
        {QStringLiteral("name"), name},
        {QStringLiteral("kind"), QStringLiteral("kafka")},
        {QStringLiteral("options"), QJsonObject{{QStringLiteral("bootstrap"), bootstrap.isEmpty() ? m_bootstrap : bootstrap},
                                                {QStringLiteral("group_id"), TestBroker::uniqueTopic(QStringLiteral("group"))},
                                                {QStringLiteral("config"), kafkaProperties},
                                                {QStringLiteral("topic_handlers"), handlers}}},
    };
    const QString path = m_dir.filePath(name + QStringLiteral(".json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("streams"), QJsonArray{stream}}}).toJson());
    return path;
}

QList<QJsonObject> TestKafkaStream::listen(const QString &config, const QString &store, QByteArray *err)
{
    const CliResult result = runCli({QStringLiteral("listen"), QStringLiteral("--config"), config, QStringLiteral("--store"), store,
                                     QStringLiteral("--from-beginning"), QStringLiteral("--until-eof"), QStringLiteral("--json")},
                                    120000);
    if (err)
        *err = result.err;
    if (!result.finished || result.exitCode != 0) {
        qWarning("listen failed (exit %d): %s", result.exitCode, result.err.constData());
        return {};
    }
    QList<QJsonObject> alerts;
    for (const QByteArray &line : result.outLines())
        alerts.append(QJsonDocument::fromJson(line).object());
    return alerts;
}

QStringList TestKafkaStream::listenArguments(const QString &config, const QString &storeName, const QStringList &extra)
{
    return QStringList{QStringLiteral("listen"), QStringLiteral("--config"), config, QStringLiteral("--store"),
                       m_dir.filePath(storeName)} + extra;
}

void TestKafkaStream::replay(const QString &topic, const QString &file, const QStringList &extra)
{
    const CliResult result = runCli(QStringList{QStringLiteral("replay"), QStringLiteral("--bootstrap"), m_bootstrap,
                                                QStringLiteral("--topic"), topic} + extra + QStringList{file});
    QVERIFY2(result.finished && result.exitCode == 0, result.err.constData());
    QVERIFY2(result.out.startsWith("sent "), result.out.constData());
}

void TestKafkaStream::everyMessageArrivesExactlyOnce()
{
    const QString topic = TestBroker::uniqueTopic(QStringLiteral("it.once"));
    QString error;
    QVERIFY2(TestBroker(m_bootstrap).createTopic(topic, 4, &error), qPrintable(error));
    const int count = 2000;
    replay(topic, writeNotices(0, count));

    const QString config = writeConfig(QStringLiteral("once"), {{topic, QJsonArray{QStringLiteral("table")}}});
    const QList<QJsonObject> alerts = listen(config, m_dir.filePath(QStringLiteral("once.db")));
    QCOMPARE(alerts.size(), count);
    QSet<int> seen;
    QSet<int> partitions;
    // Within a partition the notices were written in order: each alert must come with its own
    // message's offset (decoding runs of messages on two threads must not mix them up).
    QHash<int, std::pair<qint64, int>> lastInPartition;
    for (const QJsonObject &alert : alerts) {
        const int number = qRound(alert.value(QStringLiteral("ra")).toDouble() / 0.001);
        QVERIFY2(!seen.contains(number), "an alert arrived twice");
        seen.insert(number);
        const int partition = alert.value(QStringLiteral("partition")).toInt();
        const qint64 offset = alert.value(QStringLiteral("offset")).toInteger();
        if (lastInPartition.contains(partition)) {
            QVERIFY(offset > lastInPartition.value(partition).first);
            QVERIFY(number > lastInPartition.value(partition).second);
        }
        lastInPartition.insert(partition, {offset, number});
        partitions.insert(partition);
        QCOMPARE(alert.value(QStringLiteral("format")).toString(), QStringLiteral("gcn.json"));
        QCOMPARE(alert.value(QStringLiteral("dec")).toDouble(), -30.5);
        QCOMPARE(alert.value(QStringLiteral("error_radius")).toDouble(), 0.05);
        QCOMPARE(alert.value(QStringLiteral("time")).toString(), QStringLiteral("2025-03-04T05:06:07.250Z"));
        QCOMPARE(alert.value(QStringLiteral("topic")).toString(), topic);
        QCOMPARE(alert.value(QStringLiteral("stream")).toString(), QStringLiteral("once"));
    }
    QCOMPARE(seen.size(), count);
    QCOMPARE(partitions.size(), 4);
}

// The broker holds a fetch that finds nothing new for fetch.wait.max.ms; librdkafka reports a
// partition's end only when such a fetch returns. With every partition read up to the high
// watermark the fetches reported, --until-eof must end without that wait: here 30 s, against a
// 20 s limit on the whole run.
void TestKafkaStream::untilEofDoesNotWaitForAnEmptyFetch()
{
    const QString topic = TestBroker::uniqueTopic(QStringLiteral("it.eof"));
    QString error;
    // One partition: keyless messages may all land in one of several, and an empty partition's end
    // is known only from the empty fetch.
    QVERIFY2(TestBroker(m_bootstrap).createTopic(topic, 1, &error), qPrintable(error));
    const int count = 200;
    replay(topic, writeNotices(0, count));
    const QString config = writeConfig(QStringLiteral("eof"), {{topic, QJsonArray{QStringLiteral("store")}}}, {},
                                       {{QStringLiteral("fetch.wait.max.ms"), QStringLiteral("30000")},
                                        {QStringLiteral("socket.timeout.ms"), QStringLiteral("60000")}});
    const CliResult result = runCli(listenArguments(config, QStringLiteral("eof.db"),
                                                    {QStringLiteral("--from-beginning"), QStringLiteral("--until-eof")}),
                                    20000);
    QVERIFY2(result.finished, "listen --until-eof waited for an empty fetch to end");
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.contains(QByteArray::number(count).append(" alerts, 0 errors")), result.err.constData());
}

void TestKafkaStream::resumesFromStoredOffsetsWithoutDuplicates()
{
    const QString topic = TestBroker::uniqueTopic(QStringLiteral("it.resume"));
    QString error;
    QVERIFY2(TestBroker(m_bootstrap).createTopic(topic, 3, &error), qPrintable(error));
    replay(topic, writeNotices(0, 300));
    const QString config = writeConfig(QStringLiteral("resume"), {{topic, QJsonArray{QStringLiteral("store")}}});
    const QString store = m_dir.filePath(QStringLiteral("resume.db"));
    QCOMPARE(listen(config, store).size(), 300);
    QCOMPARE(listen(config, store).size(), 0);
    replay(topic, writeNotices(300, 25));
    const QList<QJsonObject> more = listen(config, store);
    QCOMPARE(more.size(), 25);
    for (const QJsonObject &alert : more)
        QVERIFY(alert.value(QStringLiteral("ra")).toDouble() >= 0.300 - 1e-9);
}

void TestKafkaStream::interruptStoresOffsetsBeforeExit()
{
    const QString topic = TestBroker::uniqueTopic(QStringLiteral("it.sigint"));
    QString error;
    QVERIFY2(TestBroker(m_bootstrap).createTopic(topic, 2, &error), qPrintable(error));
    replay(topic, writeNotices(0, 50));
    const QString config = writeConfig(QStringLiteral("sigint"), {{topic, QJsonArray{QStringLiteral("table")}}});
    CliProcess listener(listenArguments(config, QStringLiteral("sigint.db"), {QStringLiteral("--from-beginning"), QStringLiteral("--json")}));
    QVERIFY(listener.started());
    const QByteArray out = listener.readUntil(QProcess::StandardOutput, [](const QByteArray &o) { return o.count('\n') >= 50; }, 60000);
    QCOMPARE(out.count('\n'), 50);
    QVERIFY(listener.stop(SIGINT));
    QCOMPARE(listener.process().exitCode(), 0);
    QVERIFY(listener.output(QProcess::StandardError).contains("50 alerts, 0 errors"));
    // every offset was stored before the process ended
    QCOMPARE(listen(config, m_dir.filePath(QStringLiteral("sigint.db"))).size(), 0);
}

// The group's committed offsets (what broker-side tools show as lag) reach what was stored while the
// stream keeps running, though commits go out at most once a second.
void TestKafkaStream::groupOffsetsFollowWhatIsStored()
{
    const QString topic = TestBroker::uniqueTopic(QStringLiteral("it.commit"));
    QString error;
    const TestBroker broker(m_bootstrap);
    QVERIFY2(broker.createTopic(topic, 1, &error), qPrintable(error));
    const QString config = writeConfig(QStringLiteral("commit"), {{topic, QJsonArray{QStringLiteral("store")}}});
    QFile configFile(config);
    QVERIFY(configFile.open(QIODevice::ReadOnly));
    const QString group = QJsonDocument::fromJson(configFile.readAll())
                              .object().value(QStringLiteral("streams")).toArray().at(0).toObject()
                              .value(QStringLiteral("options")).toObject().value(QStringLiteral("group_id")).toString();
    QVERIFY(!group.isEmpty());
    CliProcess listener(listenArguments(config, QStringLiteral("commit.db"), {QStringLiteral("--from-beginning")}));
    QVERIFY(listener.started());
    replay(topic, writeNotices(700, 5));
    replay(topic, writeNotices(705, 5));
    std::optional<qint64> committed;
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 20000) {
        committed = broker.committedOffset(group, topic, 0, &error);
        if (committed == 10)
            break;
        QTest::qWait(200);
    }
    QVERIFY2(committed, qPrintable(error));
    QCOMPARE(*committed, 10);
    QVERIFY(listener.stop(SIGINT));
    QCOMPARE(listener.process().exitCode(), 0);
}

void TestKafkaStream::patternPicksUpTopicCreatedLater()
{
    const QString prefix = TestBroker::uniqueTopic(QStringLiteral("it.pattern"));
    const QString config = writeConfig(QStringLiteral("pattern"), {{prefix + QStringLiteral(".*"), QJsonArray{QStringLiteral("table")}}});
    CliProcess listener(listenArguments(config, QStringLiteral("pattern.db"),
                                        {QStringLiteral("--from-beginning"), QStringLiteral("--max"), QStringLiteral("5"), QStringLiteral("--json")}));
    QVERIFY(listener.started());
    QTest::qWait(2000); // subscribed before the topic exists
    const QString topic = prefix + QStringLiteral(".late");
    QString error;
    QVERIFY2(TestBroker(m_bootstrap).createTopic(topic, 2, &error), qPrintable(error));
    replay(topic, writeNotices(500, 5));
    QVERIFY2(listener.process().waitForFinished(60000), "the new topic was not picked up within 60 s");
    QCOMPARE(listener.process().exitCode(), 0);
    const QList<QByteArray> lines = listener.output(QProcess::StandardOutput).trimmed().split('\n');
    QCOMPARE(lines.size(), 5);
    for (const QByteArray &line : lines)
        QCOMPARE(QJsonDocument::fromJson(line).object().value(QStringLiteral("topic")).toString(), topic);
}

void TestKafkaStream::wildcardTakesEveryPublicTopic()
{
    const QString config = writeConfig(QStringLiteral("wildcard"), {{QStringLiteral("*"), QJsonArray{QStringLiteral("table")}}});
    CliProcess listener(listenArguments(config, QStringLiteral("wildcard.db"), {QStringLiteral("--from-beginning"), QStringLiteral("--json")}));
    QVERIFY(listener.started());
    QTest::qWait(2000);
    const QString topic = TestBroker::uniqueTopic(QStringLiteral("it.wild"));
    QString error;
    QVERIFY2(TestBroker(m_bootstrap).createTopic(topic, 1, &error), qPrintable(error));
    replay(topic, writeNotices(700, 3));
    listener.readUntil(QProcess::StandardOutput, [&](const QByteArray &out) { return out.count(topic.toUtf8()) >= 3; }, 60000);
    QVERIFY(listener.stop(SIGTERM));
    QCOMPARE(listener.process().exitCode(), 0);
    QSet<QString> topics;
    for (const QByteArray &line : listener.output(QProcess::StandardOutput).split('\n')) {
        if (!line.isEmpty())
            topics.insert(QJsonDocument::fromJson(line).object().value(QStringLiteral("topic")).toString());
    }
    QVERIFY2(topics.contains(topic), "a topic created after the stream started was not picked up");
    QVERIFY(topics.size() > 1); // the earlier tests' topics too
    for (const QString &seen : topics)
        QVERIFY2(!seen.startsWith(QLatin1String("__")), qPrintable(seen));
}

void TestKafkaStream::corruptMessageIsKeptWithItsError()
{
    const QString topic = TestBroker::uniqueTopic(QStringLiteral("it.corrupt"));
    QString error;
    QVERIFY2(TestBroker(m_bootstrap).createTopic(topic, 1, &error), qPrintable(error));
    const QString path = m_dir.filePath(QStringLiteral("corrupt.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"$schema\": \"https://gcn.nasa.gov/schema/v4.0.0/gcn/notices/swift/bat/guano.schema.json\", \"ra\": 12.5, \"dec\"");
    file.close();
    replay(topic, path);
    replay(topic, writeNotices(900, 1));
    const QString config = writeConfig(QStringLiteral("corrupt"), {{topic, QJsonArray{QStringLiteral("table")}}});
    QByteArray err;
    const QList<QJsonObject> alerts = listen(config, m_dir.filePath(QStringLiteral("corrupt.db")), &err);
    QCOMPARE(alerts.size(), 2);
    QVERIFY(!alerts.at(0).value(QStringLiteral("decode_error")).toString().isEmpty());
    QVERIFY(!alerts.at(0).value(QStringLiteral("id")).toString().isEmpty());
    QVERIFY(!alerts.at(1).contains(QStringLiteral("decode_error")));
    QVERIFY2(err.contains("2 alerts, 1 errors"), err.constData());
}

void TestKafkaStream::brokerDownIsReportedAndRetried()
{
    // A loopback port nobody listens on: the stream must say so within 10 s, keep retrying, and
    // still shut down cleanly on SIGTERM.
    const QString config = writeConfig(QStringLiteral("down"), {{QStringLiteral("it.down"), QJsonArray{QStringLiteral("table")}}},
                                       QStringLiteral("127.0.0.1:1"));
    CliProcess listener(listenArguments(config, QStringLiteral("down.db")));
    QVERIFY(listener.started());
    const QByteArray err = listener.readUntil(QProcess::StandardError, [](const QByteArray &e) { return e.contains("no broker reachable"); }, 10000);
    QVERIFY2(err.contains("no broker reachable at 127.0.0.1:1"), err.constData());
    QCOMPARE(listener.process().state(), QProcess::Running);
    QVERIFY(listener.stop(SIGTERM));
    QCOMPARE(listener.process().exitCode(), 0);
    QVERIFY(listener.output(QProcess::StandardError).contains("0 alerts, 0 errors"));
}

void TestKafkaStream::missingTopicIsReported()
{
    const QString topic = TestBroker::uniqueTopic(QStringLiteral("it.missing"));
    const QString config = writeConfig(QStringLiteral("missing"), {{topic, QJsonArray{QStringLiteral("table")}}});
    CliProcess listener(listenArguments(config, QStringLiteral("missing.db")));
    QVERIFY(listener.started());
    const QByteArray err = listener.readUntil(QProcess::StandardError, [](const QByteArray &e) { return e.contains("does not exist"); }, 15000);
    QVERIFY2(err.contains(QStringLiteral("topic \"%1\" does not exist").arg(topic).toUtf8()), err.constData());
    QVERIFY(listener.stop(SIGTERM));
    QCOMPARE(listener.process().exitCode(), 0);
}

QTEST_GUILESS_MAIN(TestKafkaStream)
#include "tst_kafkastream.moc"
