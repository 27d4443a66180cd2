// Authentication against the real broker of scripts/kafka-up: SCRAM-SHA-512 over SASL_PLAINTEXT and
// SASL_SSL (test CA), and OAUTHBEARER with tokens from the loopback OAuth2 token server, validated by
// Kafka's JWKS validator. Right credentials consume; wrong ones end the stream within seconds with
// "authentication failed for stream X", in alertdeck-cli and in the engine's stream status.
// Afterwards every file the app wrote is searched for the secrets used.
#include "BrokerFiles.h"
#include "CliProcess.h"
#include "CliRunner.h"
#include "SecretLeakCheck.h"
#include "TestBroker.h"
#include "TestEnvironment.h"

#include "core/config/StreamConfigFile.h"
#include "core/actions/AlertForwarder.h"
#include "core/engine/AlertEngine.h"
#include "core/kafka/MessageProducer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace alertdeck;
using namespace alertdeck::test;

namespace {

const char *const SecretVariable = "ALERTDECK_TEST_STREAM_SECRET";
const int NoticeCount = 50;
// The bound for "within seconds"; measured times are printed.
const qint64 AuthFailureBoundMs = 10000;

int grantsFor(const QString &clientId)
{
    int count = 0;
    for (const QString &line : brokerFile(QStringLiteral("token-requests.log")).split(QLatin1Char('\n')))
        count += line == clientId + QStringLiteral(" 200") ? 1 : 0;
    return count;
}

} // namespace

class TestAuth : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void scramRightPasswordConsumes_data();
    void scramRightPasswordConsumes();
    void scramWrongPasswordFailsWithinSeconds_data();
    void scramWrongPasswordFailsWithinSeconds();
    void engineStatusReportsAuthenticationFailure();
    void producerStopsWaitingWhenTheLoginIsRefused();
    void forwardToATargetThatRefusesTheLoginIsTriedOnce();
    void oauthRightSecretConsumes();
    void oauthWrongSecretFails();
    void oauthExpiredTokenFails();
    void oauthTokenIsRefreshedBeforeExpiry();
    void missingEnvironmentVariableNamesStreamAndVariable();
    void cleanupTestCase();

private:
    QJsonObject scramStream(const QString &name, const QString &listener) const;
    QJsonObject oauthStream(const QString &name, const QString &clientId) const;
    QString writeConfig(const QJsonObject &stream);
    CliResult listen(const QString &config, const QString &secret, const QString &logName);
    void expectAuthenticationFailure(const QJsonObject &stream, const QString &secret, const QString &reasonPart);
    void keepLog(const QString &name, const QByteArray &output);

    QTemporaryDir m_dir;
    QString m_topic;
    QStringList m_secrets;
    int m_runs = 0;
};

void TestAuth::initTestCase()
{
    QVERIFY2(!brokerBootstrap().isEmpty(), "no test broker: scripts/kafka-up must run first (CTest fixture 'kafka')");
    for (const char *listener : {"scram", "sasl_ssl", "oauth"})
        QVERIFY2(!brokerBootstrap(QString::fromLatin1(listener)).isEmpty(), listener);
    QVERIFY(m_dir.isValid());
    m_secrets = {brokerSecret(QStringLiteral("scram-users"), QStringLiteral("alice")),
                 brokerSecret(QStringLiteral("oauth-clients"), QStringLiteral("alertdeck-gcn")),
                 brokerSecret(QStringLiteral("oauth-clients"), QStringLiteral("alertdeck-short")),
                 brokerSecret(QStringLiteral("oauth-clients"), QStringLiteral("alertdeck-expired")),
                 QStringLiteral("not-alices-password"), QStringLiteral("not-the-client-secret")};
    QVERIFY(!m_secrets.contains(QString()));

    m_topic = TestBroker::uniqueTopic(QStringLiteral("it.auth"));
    QString error;
    QVERIFY2(TestBroker(brokerBootstrap()).createTopic(m_topic, 2, &error), qPrintable(error));
    QFile notices(m_dir.filePath(QStringLiteral("notices.jsonl")));
    QVERIFY(notices.open(QIODevice::WriteOnly));
    for (int i = 0; i < NoticeCount; ++i)
        notices.write(QStringLiteral("{\"title\": \"auth test %1\", \"id\": \"auth-%1\"}\n").arg(i).toUtf8());
    notices.close();
    const CliResult replay = runCli({QStringLiteral("replay"), QStringLiteral("--bootstrap"), brokerBootstrap(),
                                     QStringLiteral("--topic"), m_topic, notices.fileName()});
    QVERIFY2(replay.finished && replay.exitCode == 0, replay.err.constData());
}

QJsonObject TestAuth::scramStream(const QString &name, const QString &listener) const
{
    QJsonObject options{{QStringLiteral("bootstrap"), brokerBootstrap(listener)},
                        {QStringLiteral("security_protocol"), listener == QLatin1String("sasl_ssl") ? QStringLiteral("SASL_SSL") : QStringLiteral("SASL_PLAINTEXT")},
                        {QStringLiteral("sasl_mechanism"), QStringLiteral("SCRAM-SHA-512")},
                        {QStringLiteral("username"), QStringLiteral("alice")},
                        {QStringLiteral("password"), QJsonObject{{QStringLiteral("env"), QString::fromLatin1(SecretVariable)}}},
                        {QStringLiteral("group_id"), TestBroker::uniqueTopic(QStringLiteral("auth-group"))},
                        {QStringLiteral("topics"), QJsonArray{m_topic}}};
    if (listener == QLatin1String("sasl_ssl"))
        options.insert(QStringLiteral("ssl_ca_location"), QString(qEnvironmentVariable("ALERTDECK_KAFKA_DIR") + QStringLiteral("/ca.pem")));
    return {{QStringLiteral("name"), name}, {QStringLiteral("kind"), QStringLiteral("kafka")}, {QStringLiteral("options"), options}};
}

// A GCN stream pointed at the loopback broker and token server; GCN's own SASL_SSL becomes
// SASL_PLAINTEXT through the librdkafka passthrough, as the test listener has no TLS.
QJsonObject TestAuth::oauthStream(const QString &name, const QString &clientId) const
{
    const QJsonObject options{
        {QStringLiteral("client_id"), clientId},
        {QStringLiteral("client_secret"), QJsonObject{{QStringLiteral("env"), QString::fromLatin1(SecretVariable)}}},
        {QStringLiteral("token_endpoint"), brokerFile(QStringLiteral("token-endpoint"))},
        {QStringLiteral("group_id"), TestBroker::uniqueTopic(QStringLiteral("gcn-group"))},
        {QStringLiteral("config"), QJsonObject{{QStringLiteral("bootstrap.servers"), brokerBootstrap(QStringLiteral("oauth"))},
                                               {QStringLiteral("security.protocol"), QStringLiteral("SASL_PLAINTEXT")}}},
        {QStringLiteral("topics"), QJsonArray{m_topic}}};
    return {{QStringLiteral("name"), name}, {QStringLiteral("kind"), QStringLiteral("gcn")}, {QStringLiteral("options"), options}};
}

QString TestAuth::writeConfig(const QJsonObject &stream)
{
    return writeStreamConfig(m_dir.filePath(QStringLiteral("config-%1.json").arg(++m_runs)), stream);
}

void TestAuth::keepLog(const QString &name, const QByteArray &output)
{
    QDir(m_dir.path()).mkpath(QStringLiteral("logs"));
    QFile file(m_dir.filePath(QStringLiteral("logs/%1.log").arg(name)));
    if (file.open(QIODevice::WriteOnly | QIODevice::Append))
        file.write(output);
}

// The secret reaches alertdeck-cli the way a user's shell gives it: in the variable the config names.
CliResult TestAuth::listen(const QString &config, const QString &secret, const QString &logName)
{
    qputenv(SecretVariable, secret.toUtf8());
    const CliResult result = runCli({QStringLiteral("listen"), QStringLiteral("--config"), config, QStringLiteral("--store"),
                                     m_dir.filePath(QStringLiteral("store/%1.db").arg(logName)), QStringLiteral("--from-beginning"),
                                     QStringLiteral("--until-eof"), QStringLiteral("--json")},
                                    60000);
    qunsetenv(SecretVariable);
    keepLog(logName, result.out + result.err);
    return result;
}

void TestAuth::expectAuthenticationFailure(const QJsonObject &stream, const QString &secret, const QString &reasonPart)
{
    const QString name = stream.value(QStringLiteral("name")).toString();
    QElapsedTimer clock;
    clock.start();
    const CliResult result = listen(writeConfig(stream), secret, name);
    const qint64 elapsed = clock.elapsed();
    QVERIFY2(result.finished, "listen kept retrying a refused login");
    QCOMPARE(result.exitCode, 1);
    const QString expected = QStringLiteral("authentication failed for stream \"%1\": ").arg(name);
    QVERIFY2(QString::fromUtf8(result.err).contains(expected), result.err.constData());
    QVERIFY2(QString::fromUtf8(result.err).contains(reasonPart), result.err.constData());
    QVERIFY2(result.out.isEmpty(), result.out.constData());
    qInfo("%s: listen ended with the authentication failure after %lld ms", qPrintable(name), elapsed);
    QVERIFY(elapsed < AuthFailureBoundMs);
}

void TestAuth::scramRightPasswordConsumes_data()
{
    QTest::addColumn<QString>("listener");
    QTest::newRow("SASL_PLAINTEXT") << QStringLiteral("scram");
    QTest::newRow("SASL_SSL") << QStringLiteral("sasl_ssl");
}

void TestAuth::scramRightPasswordConsumes()
{
    QFETCH(QString, listener);
    const QString name = QStringLiteral("scram-ok-") + listener;
    const CliResult result = listen(writeConfig(scramStream(name, listener)), m_secrets.at(0), name);
    QVERIFY2(result.finished && result.exitCode == 0, result.err.constData());
    QCOMPARE(result.outLines().size(), NoticeCount);
}

void TestAuth::scramWrongPasswordFailsWithinSeconds_data()
{
    scramRightPasswordConsumes_data();
}

void TestAuth::scramWrongPasswordFailsWithinSeconds()
{
    QFETCH(QString, listener);
    expectAuthenticationFailure(scramStream(QStringLiteral("scram-wrong-") + listener, listener), QStringLiteral("not-alices-password"),
                                QStringLiteral("SCRAM-SHA-512"));
}

// The GUI shows the engine's stream status; the failure must arrive there, and the stream end.
void TestAuth::engineStatusReportsAuthenticationFailure()
{
    const auto file = config::StreamConfigFile::parse(QJsonDocument(QJsonObject{{QStringLiteral("streams"),
                                                                                  QJsonArray{scramStream(QStringLiteral("engine-wrong"), QStringLiteral("scram"))}}}).toJson());
    QVERIFY2(file.problems.isEmpty(), qPrintable(file.problems.value(0).toString()));
    engine::AlertEngine::Options options;
    options.storePath = m_dir.filePath(QStringLiteral("store/engine.db"));
    options.fromBeginning = true;
    engine::AlertEngine engine(options);
    QString error;
    QVERIFY2(engine.open(&error), qPrintable(error));
    QSignalSpy finished(&engine, &engine::AlertEngine::streamFinished);
    QString reason;
    connect(&engine, &engine::AlertEngine::streamStatusChanged, this, [&reason](const kafka::StreamStatus &status) {
        if (status.state == kafka::StreamStatus::State::Error)
            reason = status.reason;
    });
    QElapsedTimer clock;
    clock.start();
    engine.startStream(file.streams.value(0), QStringLiteral("not-alices-password"));
    QTRY_VERIFY_WITH_TIMEOUT(finished.size() == 1, int(AuthFailureBoundMs));
    qInfo("engine: stream ended with its authentication failure after %lld ms", clock.elapsed());
    QVERIFY2(reason.startsWith(QStringLiteral("authentication failed for stream \"engine-wrong\": ")), qPrintable(reason));
    keepLog(QStringLiteral("engine"), reason.toUtf8());
    QSignalSpy stopped(&engine, &engine::AlertEngine::stopped);
    engine.shutdown();
    QVERIFY(stopped.wait(15000));
}

// Forwards and replays produce; a refused login ends the delivery wait with the broker's reason
// instead of a "Message timed out" after 30 s (and the forward action no longer tries three times).
void TestAuth::producerStopsWaitingWhenTheLoginIsRefused()
{
    const auto properties = [](const QString &password) {
        return QMap<QString, QString>{{QStringLiteral("bootstrap.servers"), brokerBootstrap(QStringLiteral("scram"))},
                                      {QStringLiteral("security.protocol"), QStringLiteral("SASL_PLAINTEXT")},
                                      {QStringLiteral("sasl.mechanisms"), QStringLiteral("SCRAM-SHA-512")},
                                      {QStringLiteral("sasl.username"), QStringLiteral("alice")},
                                      {QStringLiteral("sasl.password"), password}};
    };
    QString error;
    // Not the notices' topic, which the other cases count.
    const QString topic = TestBroker::uniqueTopic(QStringLiteral("auth-produce"));
    QVERIFY2(TestBroker(brokerBootstrap()).createTopic(topic, 1, &error), qPrintable(error));
    for (const bool right : {true, false}) {
        const auto producer = kafka::MessageProducer::create(properties(right ? m_secrets.at(0) : QStringLiteral("not-alices-password")), &error);
        QVERIFY2(producer, qPrintable(error));
        QElapsedTimer timer;
        timer.start();
        QVERIFY2(producer->produce(topic, QByteArrayLiteral("{}"), {}, {}, &error), qPrintable(error));
        const bool delivered = producer->flush(30000, &error);
        qInfo("%s password: flush returned after %lld ms", right ? "right" : "wrong", timer.elapsed());
        QCOMPARE(delivered, right);
        QCOMPARE(producer->refused(), !right);
        if (!right) {
            QVERIFY2(timer.elapsed() < AuthFailureBoundMs, qPrintable(QString::number(timer.elapsed())));
            QVERIFY2(error.startsWith(QStringLiteral("the broker refused the login: ")) && error.contains(QStringLiteral("SCRAM-SHA-512")),
                     qPrintable(error));
        }
    }
}

// A forward target whose password is wrong (or missing, when the keychain is locked) would refuse
// each of the forward action's three attempts: it is tried once, and the action thread is free again
// within seconds, with the broker's reason in the action log.
void TestAuth::forwardToATargetThatRefusesTheLoginIsTriedOnce()
{
    const auto file = config::StreamConfigFile::parse(QJsonDocument(QJsonObject{{QStringLiteral("streams"),
                                                                                  QJsonArray{scramStream(QStringLiteral("refusing"), QStringLiteral("scram"))}}}).toJson());
    QVERIFY2(file.problems.isEmpty(), qPrintable(file.problems.value(0).toString()));
    actions::AlertForwarder forwarder;
    forwarder.setTarget({file.streams.value(0), QStringLiteral("not-alices-password")});
    forwarder.addOwed(QStringLiteral("source"), {QStringLiteral("refusing"), m_topic, QByteArrayLiteral("{}"), {}});
    QElapsedTimer clock;
    clock.start();
    QStringList failedTargets;
    const QVector<actions::ActionLogEntry> log = forwarder.flush(true, false, &failedTargets);
    qInfo("forward to a refusing target gave up after %lld ms", clock.elapsed());
    QVERIFY2(clock.elapsed() < AuthFailureBoundMs, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(failedTargets, QStringList{QStringLiteral("refusing")});
    QCOMPARE(log.size(), 1);
    const QString text = log.at(0).message;
    QVERIFY2(log.at(0).failure && text.contains(QStringLiteral("(1 attempt")) && text.contains(QStringLiteral("the broker refused the login")),
             qPrintable(text));
}

void TestAuth::oauthRightSecretConsumes()
{
    const int grantsBefore = grantsFor(QStringLiteral("alertdeck-gcn"));
    const CliResult result = listen(writeConfig(oauthStream(QStringLiteral("gcn-ok"), QStringLiteral("alertdeck-gcn"))), m_secrets.at(1),
                                    QStringLiteral("gcn-ok"));
    QVERIFY2(result.finished && result.exitCode == 0, result.err.constData());
    QCOMPARE(result.outLines().size(), NoticeCount);
    QVERIFY(grantsFor(QStringLiteral("alertdeck-gcn")) > grantsBefore);
}

void TestAuth::oauthWrongSecretFails()
{
    expectAuthenticationFailure(oauthStream(QStringLiteral("gcn-wrong"), QStringLiteral("alertdeck-gcn")), QStringLiteral("not-the-client-secret"),
                                QStringLiteral("token endpoint refused the client credentials (HTTP 401"));
}

void TestAuth::oauthExpiredTokenFails()
{
    expectAuthenticationFailure(oauthStream(QStringLiteral("gcn-expired"), QStringLiteral("alertdeck-expired")), m_secrets.at(3),
                                QStringLiteral("issued a token that had already expired"));
}

// alertdeck-short's tokens live 12 s: a stream running 25 s needs fresh ones in time, and still
// receives what is published after its first token expired.
void TestAuth::oauthTokenIsRefreshedBeforeExpiry()
{
    const int grantsBefore = grantsFor(QStringLiteral("alertdeck-short"));
    const QString config = writeConfig(oauthStream(QStringLiteral("gcn-refresh"), QStringLiteral("alertdeck-short")));
    qputenv(SecretVariable, m_secrets.at(2).toUtf8());
    CliProcess cli({QStringLiteral("listen"), QStringLiteral("--config"), config, QStringLiteral("--store"),
                    m_dir.filePath(QStringLiteral("store/refresh.db")), QStringLiteral("--from-beginning"), QStringLiteral("--json")});
    qunsetenv(SecretVariable);
    QVERIFY(cli.started());
    const auto lineCount = [](int n) { return [n](const QByteArray &out) { return out.count('\n') >= n; }; };
    cli.readUntil(QProcess::StandardOutput, lineCount(NoticeCount), 20000);
    QTest::qWait(15000); // past the first token's expiry
    const CliResult replay = runCli({QStringLiteral("replay"), QStringLiteral("--bootstrap"), brokerBootstrap(), QStringLiteral("--topic"),
                                     m_topic, m_dir.filePath(QStringLiteral("notices.jsonl"))});
    QVERIFY2(replay.finished && replay.exitCode == 0, replay.err.constData());
    const QByteArray out = cli.readUntil(QProcess::StandardOutput, lineCount(2 * NoticeCount), 20000);
    QVERIFY(cli.stop(SIGINT));
    keepLog(QStringLiteral("gcn-refresh"), cli.output(QProcess::StandardOutput) + cli.output(QProcess::StandardError));
    QCOMPARE(out.count('\n'), 2 * NoticeCount);
    const int grants = grantsFor(QStringLiteral("alertdeck-short")) - grantsBefore;
    qInfo("12 s tokens over the run: %d grants", grants);
    QVERIFY(grants >= 2);
    QVERIFY2(!cli.output(QProcess::StandardError).contains("authentication failed"), cli.output(QProcess::StandardError).constData());
}

void TestAuth::missingEnvironmentVariableNamesStreamAndVariable()
{
    qunsetenv(SecretVariable);
    const CliResult result = runCli({QStringLiteral("listen"), QStringLiteral("--config"),
                                     writeConfig(scramStream(QStringLiteral("no-env"), QStringLiteral("scram"))), QStringLiteral("--store"),
                                     m_dir.filePath(QStringLiteral("store/no-env.db"))});
    keepLog(QStringLiteral("no-env"), result.out + result.err);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("stream \"no-env\": the environment variable ALERTDECK_TEST_STREAM_SECRET for its password is not set"),
             result.err.constData());
}

void TestAuth::cleanupTestCase()
{
    const QStringList leaks = findSecrets(m_dir.path(), m_secrets);
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestAuth)
#include "tst_auth.moc"
