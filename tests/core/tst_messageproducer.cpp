// The producer behind replay, the demo feed and the forward action: deliveries to a working cluster
// are confirmed; a broker that cannot be reached ends the wait with librdkafka's reason once the
// limit has passed, rather than a bare "Message timed out" after 30 s.
#include "core/kafka/MessageProducer.h"
#include "core/kafka/MockCluster.h"

#include "LoopbackPort.h"

#include <QElapsedTimer>
#include <QTest>

using namespace alertdeck;

class TestMessageProducer : public QObject
{
    Q_OBJECT
private slots:
    void deliversToAWorkingCluster();
    void unreachableBrokerEndsTheWaitWithItsReason();
};

void TestMessageProducer::deliversToAWorkingCluster()
{
    QString error;
    const auto cluster = kafka::MockCluster::create(1, &error);
    QVERIFY2(cluster, qPrintable(error));
    QVERIFY2(cluster->createTopic(QStringLiteral("out"), 1, &error), qPrintable(error));
    const auto producer = kafka::MessageProducer::create({{QStringLiteral("bootstrap.servers"), cluster->bootstrap()}}, &error, 500);
    QVERIFY2(producer, qPrintable(error));
    for (int i = 0; i < 3; ++i)
        QVERIFY2(producer->produce(QStringLiteral("out"), QByteArray::number(i), {}, {}, &error), qPrintable(error));
    QVERIFY2(producer->flush(10000, &error), qPrintable(error));
    QCOMPARE(producer->delivered(), qint64(3));
    QVERIFY(!producer->unreachable());
    QVERIFY(!producer->refused());
}

void TestMessageProducer::unreachableBrokerEndsTheWaitWithItsReason()
{
    QString error;
    const QString bootstrap = QStringLiteral("127.0.0.1:%1").arg(test::closedLoopbackPort());
    const auto producer = kafka::MessageProducer::create({{QStringLiteral("bootstrap.servers"), bootstrap}}, &error, 2000);
    QVERIFY2(producer, qPrintable(error));
    QVERIFY2(producer->produce(QStringLiteral("out"), QByteArrayLiteral("{}"), {}, {}, &error), qPrintable(error));
    QElapsedTimer clock;
    clock.start();
    QVERIFY(!producer->flush(30000, &error));
    qInfo("flush gave up after %lld ms: %s", clock.elapsed(), qPrintable(error));
    QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(producer->unreachable());
    QVERIFY2(error.startsWith(QStringLiteral("no broker reachable for 2 s: ")) && error.contains(QStringLiteral("refused")),
             qPrintable(error));
}

QTEST_GUILESS_MAIN(TestMessageProducer)
#include "tst_messageproducer.moc"
