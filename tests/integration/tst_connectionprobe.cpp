// "Test connection" against the real broker: topics listed, wrong port and wrong SCRAM password
// reported in words within seconds.
#include "TestBroker.h"
#include "TestEnvironment.h"
#include "core/config/StreamConfigFile.h"
#include "core/kafka/ConnectionProbe.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using alertdeck::config::StreamConfig;
using alertdeck::config::StreamConfigFile;
using alertdeck::kafka::ConnectionProbe;
using alertdeck::kafka::ProbeResult;
using namespace alertdeck::test;

namespace {

StreamConfig kafkaStream(const QString &name, const QJsonObject &options)
{
    QJsonObject withTopics = options;
    withTopics.insert(QStringLiteral("topics"), QJsonArray{QStringLiteral("probe")});
    const QJsonObject entry{{QStringLiteral("name"), name}, {QStringLiteral("kind"), QStringLiteral("kafka")},
                            {QStringLiteral("options"), withTopics}};
    const auto file = StreamConfigFile::parse(QJsonDocument(QJsonObject{{QStringLiteral("version"), 1},
                                                                        {QStringLiteral("streams"), QJsonArray{entry}}}).toJson());
    return file.streams.value(0);
}

StreamConfig scramStream(const QString &bootstrap)
{
    return kafkaStream(QStringLiteral("scram"), {{QStringLiteral("bootstrap"), bootstrap},
                                                 {QStringLiteral("security_protocol"), QStringLiteral("SASL_PLAINTEXT")},
                                                 {QStringLiteral("sasl_mechanism"), QStringLiteral("SCRAM-SHA-512")},
                                                 {QStringLiteral("username"), QStringLiteral("alice")}});
}

// The password kafka-up gave a SCRAM user ("name:password" lines).
QString scramPassword(const QString &user)
{
    QFile users(qEnvironmentVariable("ALERTDECK_KAFKA_DIR") + QStringLiteral("/scram-users"));
    if (!users.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &line : users.readAll().split('\n')) {
        if (line.startsWith(QByteArray(user.toUtf8() + ':')))
            return QString::fromUtf8(line.mid(user.size() + 1)).trimmed();
    }
    return {};
}

} // namespace

class TestConnectionProbe : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void listsTheBrokersTopics();
    void wrongPortIsReportedInWords();
    void scramRightPasswordConnects();
    void scramWrongPasswordIsAnAuthenticationFailure();

private:
    QString m_bootstrap;
};

void TestConnectionProbe::initTestCase()
{
    m_bootstrap = brokerBootstrap();
    QVERIFY2(!m_bootstrap.isEmpty(), "no test broker: scripts/kafka-up must run first (CTest fixture 'kafka')");
}

void TestConnectionProbe::listsTheBrokersTopics()
{
    const QString topic = TestBroker::uniqueTopic(QStringLiteral("probe"));
    QString error;
    QVERIFY2(TestBroker(m_bootstrap).createTopic(topic, 2, &error), qPrintable(error));
    ConnectionProbe probe;
    QSignalSpy finished(&probe, &ConnectionProbe::finished);
    QVERIFY(probe.start(kafkaStream(QStringLiteral("plain"), {{QStringLiteral("bootstrap"), m_bootstrap}}), {}));
    QVERIFY(!probe.start(kafkaStream(QStringLiteral("plain"), {{QStringLiteral("bootstrap"), m_bootstrap}}), {}));
    QVERIFY(finished.wait(15000));
    const auto result = finished.first().first().value<ProbeResult>();
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY2(result.topics.contains(topic), qPrintable(result.topics.join(QLatin1Char(','))));
    QVERIFY(std::none_of(result.topics.cbegin(), result.topics.cend(), [](const QString &t) { return t.startsWith(QLatin1String("__")); }));
    qInfo("listed %lld topics in %lld ms", qint64(result.topics.size()), result.elapsedMs);
}

void TestConnectionProbe::wrongPortIsReportedInWords()
{
    // A port nothing listens on: the broker's port + 1000 on loopback.
    const QString host = m_bootstrap.section(QLatin1Char(':'), 0, 0);
    const int port = m_bootstrap.section(QLatin1Char(':'), 1).toInt() + 1000;
    const ProbeResult result = ConnectionProbe::run(kafkaStream(QStringLiteral("wrong-port"), {{QStringLiteral("bootstrap"), QStringLiteral("%1:%2").arg(host).arg(port)}}), {}, 10000);
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(QStringLiteral("stream \"wrong-port\": cannot reach the broker")), qPrintable(result.error));
    QVERIFY2(result.error.contains(QStringLiteral("refused")), qPrintable(result.error));
    QVERIFY2(result.elapsedMs < 10500, qPrintable(QString::number(result.elapsedMs)));
    qInfo("wrong port reported in %lld ms: %s", result.elapsedMs, qPrintable(result.error));
}

void TestConnectionProbe::scramRightPasswordConnects()
{
    const QString bootstrap = brokerBootstrap(QStringLiteral("scram"));
    const QString password = scramPassword(QStringLiteral("alice"));
    if (bootstrap.isEmpty() || password.isEmpty())
        QSKIP("the test broker has no SCRAM listener");
    const ProbeResult result = ConnectionProbe::run(scramStream(bootstrap), password, 10000);
    QVERIFY2(result.ok, qPrintable(result.error));
}

void TestConnectionProbe::scramWrongPasswordIsAnAuthenticationFailure()
{
    const QString bootstrap = brokerBootstrap(QStringLiteral("scram"));
    if (bootstrap.isEmpty())
        QSKIP("the test broker has no SCRAM listener");
    const QString wrong = QStringLiteral("definitely-not-alices-password");
    const ProbeResult result = ConnectionProbe::run(scramStream(bootstrap), wrong, 10000);
    QVERIFY(!result.ok);
    QVERIFY2(result.error.startsWith(QStringLiteral("authentication failed for stream \"scram\"")), qPrintable(result.error));
    QVERIFY2(result.error.contains(QStringLiteral("SASL")), qPrintable(result.error));
    QVERIFY(!result.error.contains(wrong));
    QVERIFY2(result.elapsedMs < 10000, qPrintable(QString::number(result.elapsedMs)));
    qInfo("wrong password reported in %lld ms: %s", result.elapsedMs, qPrintable(result.error));
}

QTEST_GUILESS_MAIN(TestConnectionProbe)
#include "tst_connectionprobe.moc"
