// The forward action's sender: a target whose broker cannot be reached is tried once per batch at
// most, and after one such failure the batches that follow do not wait for it again for a while (the
// actions thread serves every stream); the outbox's replays still try it, and so does a target set
// anew, and a batch once that while has passed.
#include "core/actions/AlertForwarder.h"
#include "core/config/StreamConfigFile.h"
#include "core/kafka/MockCluster.h"

#include "LoopbackPort.h"

#include <QElapsedTimer>
#include <QTest>

using namespace alertdeck;

namespace {

constexpr int kUnreachableLimitMs = 1000;
constexpr int kLiveRetryMs = 2500;

config::StreamConfig targetAt(const QString &bootstrap)
{
    const config::StreamConfigFile file = config::StreamConfigFile::parse(
        QStringLiteral(R"({"streams": [{"name": "archive", "kind": "kafka", "active": false,
                           "options": {"bootstrap": "%1", "topics": ["copies"]}}]})").arg(bootstrap).toUtf8());
    if (!file.problems.isEmpty())
        qFatal("%s", qPrintable(file.problems.first().toString()));
    return file.streams.first();
}

struct Round
{
    QVector<actions::ActionLogEntry> log;
    QStringList failed;
    qint64 elapsedMs = 0;
};

// One message owed to "archive", flushed as a batch's forwards or as an outbox replay.
Round forwardOne(actions::AlertForwarder &forwarder, bool replay)
{
    forwarder.addOwed(QStringLiteral("source"), {QStringLiteral("archive"), QStringLiteral("copies"), QByteArrayLiteral("{}"), {}});
    Round round;
    QElapsedTimer clock;
    clock.start();
    round.log = forwarder.flush(true, replay, &round.failed);
    round.elapsedMs = clock.elapsed();
    return round;
}

} // namespace

class TestAlertForwarder : public QObject
{
    Q_OBJECT
private slots:
    void unreachableTargetIsPostponedForAWhile();
};

void TestAlertForwarder::unreachableTargetIsPostponedForAWhile()
{
    actions::AlertForwarder forwarder(kUnreachableLimitMs, kLiveRetryMs);
    forwarder.setTarget({targetAt(QStringLiteral("127.0.0.1:%1").arg(test::closedLoopbackPort())), {}});

    const Round first = forwardOne(forwarder, false);
    QCOMPARE(first.failed, QStringList{QStringLiteral("archive")});
    QCOMPARE(first.log.size(), 1);
    QVERIFY2(first.log.at(0).failure && first.log.at(0).message.contains(QStringLiteral("(1 attempt(s)): no broker reachable")),
             qPrintable(first.log.at(0).message));
    QVERIFY2(first.elapsedMs >= kUnreachableLimitMs && first.elapsedMs < 3 * kUnreachableLimitMs, qPrintable(QString::number(first.elapsedMs)));

    const Round next = forwardOne(forwarder, false);
    QCOMPARE(next.failed, QStringList{QStringLiteral("archive")});
    QVERIFY2(next.log.at(0).failure && next.log.at(0).message.contains(QStringLiteral("postponed: no broker reachable")),
             qPrintable(next.log.at(0).message));
    QVERIFY2(next.elapsedMs < kUnreachableLimitMs / 2, qPrintable(QString::number(next.elapsedMs)));

    const Round replay = forwardOne(forwarder, true);
    QCOMPARE(replay.failed, QStringList{QStringLiteral("archive")});
    QVERIFY2(replay.log.at(0).message.contains(QStringLiteral("(1 attempt(s))")), qPrintable(replay.log.at(0).message));
    QVERIFY2(replay.elapsedMs >= kUnreachableLimitMs, qPrintable(QString::number(replay.elapsedMs)));

    // Once the while has passed since the last failure (the replay's), a batch tries the target again.
    QTest::qWait(kLiveRetryMs + 200);
    const Round later = forwardOne(forwarder, false);
    QVERIFY2(later.log.at(0).message.contains(QStringLiteral("(1 attempt(s))")), qPrintable(later.log.at(0).message));
    QVERIFY2(later.elapsedMs >= kUnreachableLimitMs, qPrintable(QString::number(later.elapsedMs)));

    // Set again, now where a broker answers: the next batch is delivered.
    QString error;
    const auto cluster = kafka::MockCluster::create(1, &error);
    QVERIFY2(cluster, qPrintable(error));
    QVERIFY2(cluster->createTopic(QStringLiteral("copies"), 1, &error), qPrintable(error));
    forwarder.setTarget({targetAt(cluster->bootstrap()), {}});
    const Round delivered = forwardOne(forwarder, false);
    QVERIFY2(delivered.failed.isEmpty(), qPrintable(delivered.log.value(0).message));
    QVERIFY2(!delivered.log.at(0).failure && delivered.log.at(0).message.contains(QStringLiteral("to stream \"archive\"")),
             qPrintable(delivered.log.at(0).message));
}

QTEST_GUILESS_MAIN(TestAlertForwarder)
#include "tst_alertforwarder.moc"
