// Topic handler actions against the real Kafka broker of scripts/kafka-up, run through
// `alertdeck-cli listen` as a user would: forward filters a mixed stream into a new topic, command
// gets the right JSON and argv and is killed at its timeout, webhook retries after a 500.
#include "CliProcess.h"
#include "CliRunner.h"
#include "LoopbackPort.h"
#include "TestBroker.h"
#include "TestEnvironment.h"
#include "core/store/AlertStore.h"
#include "core/store/ForwardOutbox.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace alertdeck::test;

namespace {

// A Swift-BAT notice of the GCN unified schema whose ra encodes its number (ra = 0.036 * number).
QJsonObject notice(int number, double dec)
{
    return QJsonObject{
        {QStringLiteral("$schema"), QStringLiteral("https://gcn.nasa.gov/schema/v4.0.0/gcn/notices/swift/bat/guano.schema.json")},
        {QStringLiteral("mission"), QStringLiteral("Swift")},
        {QStringLiteral("instrument"), QStringLiteral("BAT")},
        {QStringLiteral("alert_type"), QStringLiteral("initial")},
        {QStringLiteral("id"), QJsonArray{QStringLiteral("%1").arg(2000000 + number)}},
        {QStringLiteral("trigger_time"), QStringLiteral("2025-03-04T05:06:07.250Z")},
        {QStringLiteral("ra"), 0.036 * number},
        {QStringLiteral("dec"), dec},
        {QStringLiteral("ra_dec_error"), 0.05},
    };
}

int numberOf(const QJsonObject &alert)
{
    return qRound(alert.value(QStringLiteral("ra")).toDouble() / 0.036);
}

// Mixed: notices with random declinations, and every seventh message plain text (no position, so
// its comparisons are false). `expected`: the numbers kForwardCondition holds for.
const QString kForwardCondition = QStringLiteral("dec > 10 and ra < 180");
QByteArrayList mixedNotices(int count, QSet<int> *expected)
{
    QRandomGenerator random(20261125);
    QByteArrayList lines;
    for (int i = 0; i < count; ++i) {
        if (i % 7 == 3) {
            lines << QStringLiteral("plain text message %1 with no coordinates").arg(i).toUtf8();
            continue;
        }
        const double dec = std::round(random.bounded(180000) - 90000) / 1000.0;
        lines << QJsonDocument(notice(i, dec)).toJson(QJsonDocument::Compact);
        if (dec > 10 && 0.036 * i < 180)
            expected->insert(i);
    }
    return lines;
}

} // namespace

class TestHandlerActions : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void forwardFiltersMixedAlertsIntoNewTopic();
    void forwardsOwedAtAKillAreSentAfterARestart();
    void commandGetsJsonAndArgvOfEveryMatch();
    void hungCommandIsKilledAtItsTimeout();
    void webhookRetriesAfterServerError();
    void monitorPrintsCountsPerTopic();
    void replayCopiesTopicIntoTopic();

private:
    QString createTopic(const QString &prefix, int partitions);
    void replayLines(const QString &topic, const QByteArrayList &lines);
    QString writeConfig(const QString &name, const QJsonArray &streams);
    QJsonObject stream(const QString &name, const QJsonObject &handlers, bool active = true);
    CliResult listen(const QString &config, const QString &streamName, const QStringList &extra = {});
    QStringList listenArguments(const QString &config, const QString &streamName) const;
    QJsonObject forwardRule(const QString &topic) const;
    // Reads the forward target stream "out" of `config`; the numbers of the alerts in it, and how many lines.
    QSet<int> forwardedNumbers(const QString &config, int *lineCount);

    QTemporaryDir m_dir;
    QString m_bootstrap;
};

void TestHandlerActions::initTestCase()
{
    m_bootstrap = brokerBootstrap();
    QVERIFY2(!m_bootstrap.isEmpty(), "no test broker: scripts/kafka-up must run first (CTest fixture 'kafka')");
    QVERIFY(m_dir.isValid());
}

QString TestHandlerActions::createTopic(const QString &prefix, int partitions)
{
    const QString topic = TestBroker::uniqueTopic(prefix);
    QString error;
    if (!TestBroker(m_bootstrap).createTopic(topic, partitions, &error))
        qWarning("%s", qPrintable(error));
    return topic;
}

void TestHandlerActions::replayLines(const QString &topic, const QByteArrayList &lines)
{
    const QString path = m_dir.filePath(topic + QStringLiteral(".jsonl"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    for (const QByteArray &line : lines)
        file.write(line + '\n');
    file.close();
    const CliResult result = runCli({QStringLiteral("replay"), QStringLiteral("--bootstrap"), m_bootstrap,
                                     QStringLiteral("--topic"), topic, path});
    QVERIFY2(result.finished && result.exitCode == 0, result.err.constData());
}

QJsonObject TestHandlerActions::stream(const QString &name, const QJsonObject &handlers, bool active)
{
    return QJsonObject{{QStringLiteral("name"), name},
                       {QStringLiteral("kind"), QStringLiteral("kafka")},
                       {QStringLiteral("active"), active},
                       {QStringLiteral("options"), QJsonObject{{QStringLiteral("bootstrap"), m_bootstrap},
                                                               {QStringLiteral("group_id"), TestBroker::uniqueTopic(QStringLiteral("group"))},
                                                               {QStringLiteral("topic_handlers"), handlers}}}};
}

QString TestHandlerActions::writeConfig(const QString &name, const QJsonArray &streams)
{
    const QString path = m_dir.filePath(name + QStringLiteral(".json"));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(QJsonDocument(QJsonObject{{QStringLiteral("streams"), streams}}).toJson());
    return path;
}

QStringList TestHandlerActions::listenArguments(const QString &config, const QString &streamName) const
{
    return {QStringLiteral("listen"), QStringLiteral("--config"), config, QStringLiteral("--stream"), streamName,
            QStringLiteral("--store"), m_dir.filePath(streamName + QStringLiteral(".db")),
            QStringLiteral("--from-beginning"), QStringLiteral("--until-eof")};
}

CliResult TestHandlerActions::listen(const QString &config, const QString &streamName, const QStringList &extra)
{
    return runCli(listenArguments(config, streamName) + extra, 180000);
}

QJsonObject TestHandlerActions::forwardRule(const QString &topic) const
{
    return {{QStringLiteral("action"), QStringLiteral("forward")}, {QStringLiteral("stream"), QStringLiteral("out")},
            {QStringLiteral("topic"), topic}, {QStringLiteral("when"), kForwardCondition}};
}

QSet<int> TestHandlerActions::forwardedNumbers(const QString &config, int *lineCount)
{
    const CliResult forwarded = listen(config, QStringLiteral("out"), {QStringLiteral("--json")});
    if (!forwarded.finished || forwarded.exitCode != 0)
        qWarning("%s", forwarded.err.constData());
    QSet<int> got;
    *lineCount = 0;
    for (const QByteArray &line : forwarded.outLines()) {
        ++*lineCount;
        const QJsonObject alert = QJsonDocument::fromJson(line).object();
        if (alert.value(QStringLiteral("dec")).toDouble() <= 10)
            qWarning("forwarded an alert the condition does not hold for: %s", line.constData());
        else
            got.insert(numberOf(alert));
    }
    return got;
}

void TestHandlerActions::forwardFiltersMixedAlertsIntoNewTopic()
{
    const QString input = createTopic(QStringLiteral("it.fwd.in"), 3);
    const QString output = createTopic(QStringLiteral("it.fwd.out"), 2);
    const int count = 10000;
    QSet<int> expected;
    replayLines(input, mixedNotices(count, &expected));

    const QString config = writeConfig(QStringLiteral("forward"),
                                       {stream(QStringLiteral("in"), {{input, QJsonArray{QStringLiteral("store"), forwardRule(output)}}}),
                                        stream(QStringLiteral("out"), {{output, QJsonArray{QStringLiteral("table")}}}, false)});
    QElapsedTimer clock;
    clock.start();
    const CliResult filtered = listen(config, QStringLiteral("in"));
    QVERIFY2(filtered.finished && filtered.exitCode == 0, filtered.err.constData());
    qInfo("filtered %d alerts (%lld forwarded) in %.2f s", count, qint64(expected.size()), double(clock.elapsed()) / 1000);
    QVERIFY2(filtered.err.contains("forwarded"), filtered.err.constData());

    int lineCount = 0;
    const QSet<int> got = forwardedNumbers(config, &lineCount);
    QVERIFY(expected.size() > 1000); // the rule must filter something real
    QCOMPARE(lineCount, int(expected.size()));
    QCOMPARE(got, expected);
    QString error;
    const auto store = alertdeck::store::AlertStore::open(m_dir.filePath(QStringLiteral("in.db")), &error);
    QVERIFY2(store, qPrintable(error));
    QCOMPARE(store->outbox().count(), 0); // every delivered forward has left the outbox
}

// The process dies after the store committed the alerts (and, with them, their stream offsets) but
// before any forward was delivered: the target's broker address refuses connections at first, and
// `listen` is SIGKILLed while the forwarder waits for delivery reports. Started again with the right
// address, it sends what the store's outbox still owes before it exits.
void TestHandlerActions::forwardsOwedAtAKillAreSentAfterARestart()
{
    const QString input = createTopic(QStringLiteral("it.owed.in"), 3);
    const QString output = createTopic(QStringLiteral("it.owed.out"), 2);
    const int count = 10000;
    QSet<int> expected;
    replayLines(input, mixedNotices(count, &expected));
    const quint16 deadPort = closedLoopbackPort();

    const QJsonObject in = stream(QStringLiteral("owed"), {{input, QJsonArray{QStringLiteral("store"), forwardRule(output)}}});
    QJsonObject unreachable = stream(QStringLiteral("out"), {{output, QJsonArray{QStringLiteral("table")}}}, false);
    QJsonObject options = unreachable.value(QStringLiteral("options")).toObject();
    options.insert(QStringLiteral("bootstrap"), QStringLiteral("127.0.0.1:%1").arg(deadPort));
    unreachable.insert(QStringLiteral("options"), options);
    const QString firstConfig = writeConfig(QStringLiteral("owed-unreachable"), {in, unreachable});
    CliProcess first(listenArguments(firstConfig, QStringLiteral("owed")) + QStringList{QStringLiteral("--json")});
    QVERIFY(first.started());
    // --json prints an alert once its batch is durable: all printed, all committed.
    const QByteArray printed = first.readUntil(QProcess::StandardOutput, [&](const QByteArray &out) {
        return out.count('\n') >= count;
    }, 120000);
    QCOMPARE(printed.count('\n'), qsizetype(count));
    QVERIFY2(!first.output(QProcess::StandardError).contains("forwarded"), first.output(QProcess::StandardError).constData());
    first.process().kill(); // SIGKILL
    QVERIFY(first.process().waitForFinished(10000));
    QCOMPARE(first.process().exitStatus(), QProcess::CrashExit);

    const QString storePath = m_dir.filePath(QStringLiteral("owed.db"));
    QString error;
    {
        const auto store = alertdeck::store::AlertStore::open(storePath, &error);
        QVERIFY2(store, qPrintable(error));
        QCOMPARE(store->alertCount(), qint64(count));
        QCOMPARE(store->outbox().count(), qint64(expected.size())); // one owed message per matching alert
    }
    const QString config = writeConfig(QStringLiteral("owed"),
                                       {in, stream(QStringLiteral("out"), {{output, QJsonArray{QStringLiteral("table")}}}, false)});
    const CliResult restarted = listen(config, QStringLiteral("owed"));
    QVERIFY2(restarted.finished && restarted.exitCode == 0, restarted.err.constData());
    QVERIFY2(restarted.err.contains("forwards again that the outbox still holds") && restarted.err.contains("forwarded"),
             restarted.err.constData());

    int lineCount = 0;
    const QSet<int> got = forwardedNumbers(config, &lineCount);
    qInfo("%d messages in the target topic for %lld matching alerts", lineCount, qint64(expected.size()));
    QVERIFY(expected.size() > 1000);
    QVERIFY(lineCount >= int(expected.size())); // at least once
    QCOMPARE(got, expected);
    const auto store = alertdeck::store::AlertStore::open(storePath, &error);
    QVERIFY2(store, qPrintable(error));
    QCOMPARE(store->outbox().count(), 0);
}

void TestHandlerActions::commandGetsJsonAndArgvOfEveryMatch()
{
    const QString topic = createTopic(QStringLiteral("it.cmd"), 2);
    QByteArrayList lines;
    QSet<int> expected;
    for (int i = 0; i < 120; ++i) {
        lines << QJsonDocument(notice(i, i % 2 ? 20.0 : -20.0)).toJson(QJsonDocument::Compact);
        if (i % 2 && i < 100)
            expected.insert(i);
    }
    replayLines(topic, lines);
    // The recorder keeps stdin, argv (one item per line) and its environment, one set per run.
    const QString records = m_dir.filePath(QStringLiteral("records"));
    QVERIFY(QDir().mkpath(records));
    const QString script = m_dir.filePath(QStringLiteral("record.sh"));
    QFile file(script);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("#!/bin/sh\nf=\"" + records.toUtf8() + "/$$-$(date +%s%N)\"\ncat > \"$f.in\"\n"
               "for a in \"$@\"; do printf '%s\\n' \"$a\"; done > \"$f.argv\"\nenv > \"$f.env\"\n"
               "echo \"recorded $1\" >&2\n");
    file.close();
    file.setPermissions(file.permissions() | QFileDevice::ExeOwner);
    const QJsonObject command{{QStringLiteral("action"), QStringLiteral("command")},
                              {QStringLiteral("argv"), QJsonArray{script, QStringLiteral("{id}"), QStringLiteral("{ra}"),
                                                                  QStringLiteral("event {event} on {topic}"), QStringLiteral("{dec}")}},
                              {QStringLiteral("max_concurrent"), 3},
                              {QStringLiteral("when"), QStringLiteral("dec > 0 and ra < 3.59")}};
    const QString config = writeConfig(QStringLiteral("command"), {stream(QStringLiteral("cmd"), {{topic, QJsonArray{QStringLiteral("store"), command}}})});
    qputenv("ALERTDECK_TEST_PASSWORD", "hunter2-secret");
    const CliResult result = listen(config, QStringLiteral("cmd"));
    qunsetenv("ALERTDECK_TEST_PASSWORD");
    QVERIFY2(result.finished && result.exitCode == 0, result.err.constData());

    const QStringList inputs = QDir(records).entryList({QStringLiteral("*.in")}, QDir::Files);
    QCOMPARE(inputs.size(), int(expected.size()));
    QSet<int> got;
    for (const QString &name : inputs) {
        const QString base = records + QLatin1Char('/') + name.chopped(3);
        QFile in(base + QStringLiteral(".in"));
        QFile argv(base + QStringLiteral(".argv"));
        QFile env(base + QStringLiteral(".env"));
        QVERIFY(in.open(QIODevice::ReadOnly) && argv.open(QIODevice::ReadOnly) && env.open(QIODevice::ReadOnly));
        const QJsonObject alert = QJsonDocument::fromJson(in.readAll()).object();
        const QStringList args = QString::fromUtf8(argv.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(args.size(), 4);
        QCOMPARE(args.at(0), alert.value(QStringLiteral("id")).toString());
        QCOMPARE(args.at(1).toDouble(), alert.value(QStringLiteral("ra")).toDouble());
        QCOMPARE(args.at(2), QStringLiteral("event %1 on %2").arg(alert.value(QStringLiteral("event")).toString(), topic));
        QCOMPARE(args.at(3), QStringLiteral("20"));
        QCOMPARE(alert.value(QStringLiteral("topic")).toString(), topic);
        QCOMPARE(alert.value(QStringLiteral("stream")).toString(), QStringLiteral("cmd"));
        QVERIFY(!env.readAll().contains("hunter2-secret"));
        got.insert(numberOf(alert));
    }
    QCOMPARE(got, expected);
    QCOMPARE(result.err.count("exited with 0: recorded"), qsizetype(expected.size()));
}

void TestHandlerActions::hungCommandIsKilledAtItsTimeout()
{
    const QString topic = createTopic(QStringLiteral("it.hung"), 1);
    replayLines(topic, {QJsonDocument(notice(1, 5)).toJson(QJsonDocument::Compact)});
    const QJsonObject command{{QStringLiteral("action"), QStringLiteral("command")},
                              {QStringLiteral("argv"), QJsonArray{QStringLiteral("sleep"), QStringLiteral("600")}},
                              {QStringLiteral("timeout"), 1.5}};
    const QString config = writeConfig(QStringLiteral("hung"), {stream(QStringLiteral("hung"), {{topic, QJsonArray{command}}})});
    QElapsedTimer clock;
    clock.start();
    const CliResult result = listen(config, QStringLiteral("hung"));
    const qint64 elapsed = clock.elapsed();
    QVERIFY2(result.finished && result.exitCode == 0, result.err.constData());
    QVERIFY2(result.err.contains("command \"sleep 600\"") && result.err.contains("killed after its timeout of 1.5 s"), result.err.constData());
    QVERIFY2(elapsed < 30000, qPrintable(QString::number(elapsed)));
}

void TestHandlerActions::webhookRetriesAfterServerError()
{
    // An HTTP stand-in: answers 500 to the first POST and 200 to the rest, and keeps every body.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    QList<QByteArray> bodies;
    int requests = 0;
    connect(&server, &QTcpServer::newConnection, this, [&] {
        QTcpSocket *socket = server.nextPendingConnection();
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::readyRead, socket, [&, socket, buffer] {
            buffer->append(socket->readAll());
            const qsizetype headerEnd = buffer->indexOf("\r\n\r\n");
            if (headerEnd < 0)
                return;
            const QByteArray headers = buffer->left(headerEnd).toLower();
            const qsizetype at = headers.indexOf("content-length:");
            const qsizetype length = at < 0 ? 0 : headers.mid(at + 15, headers.indexOf('\r', at) - at - 15).trimmed().toLongLong();
            if (buffer->size() < headerEnd + 4 + length)
                return;
            bodies << buffer->mid(headerEnd + 4, length);
            const QByteArray status = requests++ == 0 ? "500 Internal Server Error" : "200 OK";
            socket->write("HTTP/1.1 " + status + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            socket->disconnectFromHost();
        });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    });
    const QString topic = createTopic(QStringLiteral("it.hook"), 1);
    replayLines(topic, {QJsonDocument(notice(7, 45)).toJson(QJsonDocument::Compact)});
    const QString url = QStringLiteral("http://127.0.0.1:%1/hook").arg(server.serverPort());
    const QJsonArray actions{QJsonObject{{QStringLiteral("action"), QStringLiteral("webhook")}, {QStringLiteral("url"), url}},
                             QJsonObject{{QStringLiteral("action"), QStringLiteral("webhook")},
                                         {QStringLiteral("url"), QJsonObject{{QStringLiteral("env"), QStringLiteral("ALERTDECK_TEST_HOOK_URL")}}},
                                         {QStringLiteral("slack"), true}}};
    qputenv("ALERTDECK_TEST_HOOK_URL", url.toUtf8()); // a hook's URL is a secret: from the environment
    const QString config = writeConfig(QStringLiteral("hook"), {stream(QStringLiteral("hook"), {{topic, actions}})});
    // Run asynchronously: the stand-in answers from this test's event loop.
    QProcess listener;
    listener.start(cliPath(), {QStringLiteral("listen"), QStringLiteral("--config"), config, QStringLiteral("--store"),
                               m_dir.filePath(QStringLiteral("hook.db")), QStringLiteral("--from-beginning"), QStringLiteral("--until-eof")});
    QVERIFY(listener.waitForStarted());
    qunsetenv("ALERTDECK_TEST_HOOK_URL");
    QTRY_VERIFY_WITH_TIMEOUT(listener.state() == QProcess::NotRunning, 60000);
    const QByteArray err = listener.readAllStandardError();
    QCOMPARE(listener.exitCode(), 0);
    QCOMPARE(requests, 3); // one 500 and its retry, one plain success
    QVERIFY2(err.contains("HTTP 500 Internal Server Error (attempt 1 of 4), retrying"), err.constData());
    QVERIFY2(err.contains("accepted alert") && err.contains("on attempt 2"), err.constData());
    QJsonObject normalized;
    QJsonObject slack;
    for (const QByteArray &body : bodies) {
        const QJsonObject object = QJsonDocument::fromJson(body).object();
        (object.contains(QStringLiteral("text")) ? slack : normalized) = object;
    }
    QCOMPARE(normalized.value(QStringLiteral("dec")).toDouble(), 45.0);
    QCOMPARE(normalized.value(QStringLiteral("topic")).toString(), topic);
    QVERIFY2(slack.value(QStringLiteral("text")).toString().contains(QStringLiteral("Dec 45.0000")), qPrintable(slack.value(QStringLiteral("text")).toString()));
}

void TestHandlerActions::monitorPrintsCountsPerTopic()
{
    const QString first = createTopic(QStringLiteral("it.mon.a"), 2);
    const QString second = createTopic(QStringLiteral("it.mon.b"), 1);
    QByteArrayList lines;
    for (int i = 0; i < 40; ++i)
        lines << QJsonDocument(notice(i, 1)).toJson(QJsonDocument::Compact);
    replayLines(first, lines);
    replayLines(second, lines.mid(0, 15));
    QJsonObject handlers{{first, QJsonArray{QStringLiteral("table")}}, {second, QJsonArray{QStringLiteral("table")}}};
    const QString config = writeConfig(QStringLiteral("monitor"), {stream(QStringLiteral("mon"), handlers)});
    // Live, as a user runs it: reports every second until interrupted.
    CliProcess monitor({QStringLiteral("monitor"), QStringLiteral("--config"), config, QStringLiteral("--interval"), QStringLiteral("1"),
                        QStringLiteral("--from-beginning")});
    QVERIFY(monitor.started());
    const QRegularExpression firstLine(QStringLiteral("  mon %1 40 alerts \\(\\+\\d+, [0-9.]+/s\\) lag 0\n").arg(QRegularExpression::escape(first)));
    const QRegularExpression secondLine(QStringLiteral("  mon %1 15 alerts \\(\\+\\d+, [0-9.]+/s\\) lag 0\n").arg(QRegularExpression::escape(second)));
    const QRegularExpression streamLine(QStringLiteral("\\dZ mon 55 alerts \\(\\+\\d+, [0-9.]+/s\\) lag 0\n"));
    const QByteArray out = monitor.readUntil(QProcess::StandardOutput, [&](const QByteArray &printed) {
        const QString text = QString::fromUtf8(printed);
        return firstLine.match(text).hasMatch() && secondLine.match(text).hasMatch() && streamLine.match(text).hasMatch();
    }, 60000);
    QVERIFY(monitor.stop(SIGINT));
    const QString text = QString::fromUtf8(out);
    QVERIFY2(firstLine.match(text).hasMatch() && secondLine.match(text).hasMatch() && streamLine.match(text).hasMatch(), out.constData());
    QCOMPARE(monitor.process().exitCode(), 0);
}

void TestHandlerActions::replayCopiesTopicIntoTopic()
{
    const QString source = createTopic(QStringLiteral("it.copy.from"), 3);
    const QString target = createTopic(QStringLiteral("it.copy.to"), 1);
    QByteArrayList lines;
    for (int i = 0; i < 250; ++i)
        lines << QJsonDocument(notice(i, -5)).toJson(QJsonDocument::Compact);
    replayLines(source, lines);
    const CliResult copy = runCli({QStringLiteral("replay"), QStringLiteral("--bootstrap"), m_bootstrap, QStringLiteral("--topic"), target,
                                   QStringLiteral("--from-bootstrap"), m_bootstrap, QStringLiteral("--from-topic"), source,
                                   QStringLiteral("--rate"), QStringLiteral("1000")});
    QVERIFY2(copy.finished && copy.exitCode == 0, copy.err.constData());
    const QRegularExpression summary(QStringLiteral("^sent 250 messages in ([0-9.]+) s \\(([0-9]+)/s\\)"));
    const QRegularExpressionMatch match = summary.match(QString::fromUtf8(copy.out));
    QVERIFY2(match.hasMatch(), copy.out.constData());
    QVERIFY2(match.captured(1).toDouble() >= 0.2, "--rate 1000 paces 250 messages over at least 0.25 s");
    const QString config = writeConfig(QStringLiteral("copy"), {stream(QStringLiteral("copy"), {{target, QJsonArray{QStringLiteral("store")}}})});
    const CliResult copied = listen(config, QStringLiteral("copy"), {QStringLiteral("--json")});
    QVERIFY2(copied.finished && copied.exitCode == 0, copied.err.constData());
    QSet<int> numbers;
    for (const QByteArray &line : copied.outLines())
        numbers.insert(numberOf(QJsonDocument::fromJson(line).object()));
    QCOMPARE(copied.outLines().size(), 250);
    QCOMPARE(numbers.size(), 250);
}

QTEST_GUILESS_MAIN(TestHandlerActions)
#include "tst_handleractions.moc"
