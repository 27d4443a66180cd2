// Applying an edited configuration to a running engine (the Streams dialog's Save): the changed
// stream restarts from its stored offsets, so every message is stored exactly once.
#include "TestBroker.h"
#include "TestEnvironment.h"
#include "core/config/StreamConfigFile.h"
#include "core/engine/AlertEngine.h"
#include "core/kafka/MessageProducer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace alertdeck;
using namespace alertdeck::test;

class TestReconfigure : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void changedStreamRestartsWithoutLossOrDuplicates();

private:
    config::StreamConfig stream(const QString &topic, const QJsonObject &kafkaConfig) const;
    void produce(const QString &topic, int first, int count);

    QTemporaryDir m_dir;
    QString m_bootstrap;
};

void TestReconfigure::initTestCase()
{
    m_bootstrap = brokerBootstrap();
    QVERIFY2(!m_bootstrap.isEmpty(), "no test broker: scripts/kafka-up must run first (CTest fixture 'kafka')");
}

config::StreamConfig TestReconfigure::stream(const QString &topic, const QJsonObject &kafkaConfig) const
{
    const QJsonObject entry{{QStringLiteral("name"), QStringLiteral("edited")}, {QStringLiteral("kind"), QStringLiteral("kafka")},
                            {QStringLiteral("options"), QJsonObject{{QStringLiteral("bootstrap"), m_bootstrap},
                                                                    {QStringLiteral("topics"), QJsonArray{topic}},
                                                                    {QStringLiteral("config"), kafkaConfig}}}};
    const auto file = config::StreamConfigFile::parse(QJsonDocument(QJsonObject{{QStringLiteral("streams"), QJsonArray{entry}}}).toJson());
    return file.streams.value(0);
}

void TestReconfigure::produce(const QString &topic, int first, int count)
{
    QString error;
    auto producer = kafka::MessageProducer::create({{QStringLiteral("bootstrap.servers"), m_bootstrap}}, &error);
    QVERIFY2(producer, qPrintable(error));
    for (int i = first; i < first + count; ++i) {
        const QByteArray payload = QStringLiteral(R"({"id": "reconf-%1", "ra": %1, "dec": 1.5})").arg(i).toUtf8();
        QVERIFY2(producer->produce(topic, payload, {}, {}, &error), qPrintable(error));
    }
    QVERIFY2(producer->flush(10000, &error), qPrintable(error));
}

void TestReconfigure::changedStreamRestartsWithoutLossOrDuplicates()
{
    const QString topic = TestBroker::uniqueTopic(QStringLiteral("reconfigure"));
    QString error;
    QVERIFY2(TestBroker(m_bootstrap).createTopic(topic, 3, &error), qPrintable(error));
    engine::AlertEngine::Options options;
    options.storePath = m_dir.filePath(QStringLiteral("reconfigure.db"));
    options.fromBeginning = true;
    engine::AlertEngine engine(options);
    QVERIFY2(engine.open(&error), qPrintable(error));
    QStringList ids;
    connect(&engine, &engine::AlertEngine::alertsStored, this, [&ids](const engine::StreamBatch &batch) {
        for (const auto &alert : batch.alerts)
            ids << alert.alert.id;
    });
    QSignalSpy finished(&engine, &engine::AlertEngine::streamFinished);

    produce(topic, 0, 50);
    const config::StreamConfig original = stream(topic, {});
    engine.reconfigure({original}, {});
    QTRY_COMPARE_WITH_TIMEOUT(ids.size(), 50, 30000);

    // Unchanged: nothing restarts.
    engine.reconfigure({original}, {});
    QTest::qWait(500);
    QCOMPARE(finished.size(), 0);

    // A changed Kafka property restarts the stream; messages published meanwhile arrive once.
    produce(topic, 50, 25);
    engine.reconfigure({stream(topic, {{QStringLiteral("fetch.wait.max.ms"), QStringLiteral("50")}})}, {});
    produce(topic, 75, 25);
    QTRY_COMPARE_WITH_TIMEOUT(ids.size(), 100, 30000);
    QVERIFY(finished.size() >= 1);
    QVERIFY(engine.isRunning(QStringLiteral("edited")));
    QTest::qWait(1000);
    QCOMPARE(ids.size(), 100);
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), 100);

    // Gone from the configuration: it stops.
    engine.reconfigure({}, {});
    QTRY_VERIFY_WITH_TIMEOUT(!engine.isRunning(QStringLiteral("edited")), 15000);
    QSignalSpy stopped(&engine, &engine::AlertEngine::stopped);
    engine.shutdown();
    QVERIFY(stopped.wait(15000));
}

QTEST_GUILESS_MAIN(TestReconfigure)
#include "tst_reconfigure.moc"
