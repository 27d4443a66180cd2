// Secrets in a real Secret Service: gnome-keyring-daemon on a private D-Bus session, unlocked for
// the test by tests/support/with-keyring (CTest runs this test through it). The keychain store's
// round trip, a stream's entry moved to its new name by StreamSecretMover, `alertdeck-cli secret`, a SCRAM stream of the real broker that takes its password
// from the keychain, the message where no keychain is reachable, and a search of every file written
// (the test's files and the whole keyring home) for the secrets.
#include "BrokerFiles.h"
#include "CliRunner.h"
#include "SecretLeakCheck.h"
#include "TestBroker.h"
#include "TestEnvironment.h"

#include "core/secrets/KeychainSecretStore.h"
#include "core/secrets/StreamSecretMover.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace alertdeck;
using namespace alertdeck::test;

class TestKeychain : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void writeReadRemoveRoundTrip();
    void renameMovesTheEntry();
    void streamTakesItsPasswordFromTheKeychain();
    void missingEntryTellsWhatToDo();
    void noKeychainGivesClearMessage();
    void cleanupTestCase();

private:
    QString writeConfig(const QString &name);
    CliResult listen(const QString &name);

    QTemporaryDir m_dir;
    QString m_topic;
    QString m_password;
    QString m_roundTripSecret;
    QString m_movedSecret;
};

void TestKeychain::initTestCase()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("ALERTDECK_KEYRING_HOME"), "run through tests/support/with-keyring");
    QVERIFY2(!brokerBootstrap(QStringLiteral("scram")).isEmpty(), "no test broker: scripts/kafka-up must run first");
    QVERIFY(m_dir.isValid());
    m_password = brokerSecret(QStringLiteral("scram-users"), QStringLiteral("bob"));
    QVERIFY(!m_password.isEmpty());
    m_roundTripSecret = QStringLiteral("round-trip-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_movedSecret = QStringLiteral("moved-") + QUuid::createUuid().toString(QUuid::WithoutBraces);

    m_topic = TestBroker::uniqueTopic(QStringLiteral("it.keychain"));
    QString error;
    QVERIFY2(TestBroker(brokerBootstrap()).createTopic(m_topic, 1, &error), qPrintable(error));
    QFile notices(m_dir.filePath(QStringLiteral("notices.jsonl")));
    QVERIFY(notices.open(QIODevice::WriteOnly));
    for (int i = 0; i < 10; ++i)
        notices.write(QStringLiteral("{\"title\": \"keychain test %1\", \"id\": \"kc-%1\"}\n").arg(i).toUtf8());
    notices.close();
    const CliResult replay = runCli({QStringLiteral("replay"), QStringLiteral("--bootstrap"), brokerBootstrap(),
                                     QStringLiteral("--topic"), m_topic, notices.fileName()});
    QVERIFY2(replay.finished && replay.exitCode == 0, replay.err.constData());
}

void TestKeychain::writeReadRemoveRoundTrip()
{
    secrets::KeychainSecretStore keychain;
    QVERIFY2(keychain.isAvailable(), qPrintable(keychain.unavailableReason()));
    QSignalSpy probed(&keychain, &secrets::KeychainSecretStore::probed);
    keychain.probe();
    QVERIFY(probed.wait(10000));
    QCOMPARE(probed.at(0).at(0).toBool(), true);

    const QString key = secrets::SecretStore::streamKey(QStringLiteral("round trip"));
    QSignalSpy written(&keychain, &secrets::SecretStore::writeFinished);
    QSignalSpy read(&keychain, &secrets::SecretStore::readFinished);
    QSignalSpy removed(&keychain, &secrets::SecretStore::removeFinished);
    keychain.write(key, m_roundTripSecret);
    QVERIFY(written.wait(10000));
    QCOMPARE(written.at(0), (QVariantList{key, QString()}));
    keychain.read(key);
    QVERIFY(read.wait(10000));
    QCOMPARE(read.at(0), (QVariantList{key, m_roundTripSecret, QString()}));
    keychain.remove(key);
    QVERIFY(removed.wait(10000));
    QCOMPARE(removed.at(0), (QVariantList{key, QString()}));
    keychain.read(key);
    QVERIFY(read.wait(10000));
    QCOMPARE(read.at(1), (QVariantList{key, QString(), QString()})); // no entry: neither secret nor error
}

// What the Streams dialog's save does for a renamed stream, against the real Secret Service.
void TestKeychain::renameMovesTheEntry()
{
    secrets::KeychainSecretStore keychain;
    secrets::StreamSecretMover mover(&keychain);
    const QString oldKey = secrets::SecretStore::streamKey(QStringLiteral("before rename"));
    const QString newKey = secrets::SecretStore::streamKey(QStringLiteral("after rename"));
    QSignalSpy written(&keychain, &secrets::SecretStore::writeFinished);
    keychain.write(oldKey, m_movedSecret);
    QVERIFY(written.wait(10000));
    QCOMPARE(written.at(0), (QVariantList{oldKey, QString()}));

    QSignalSpy finished(&mover, &secrets::StreamSecretMover::finished);
    mover.submit({{QStringLiteral("before rename"), QStringLiteral("after rename"), {}, true}});
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.at(0).at(0).toStringList(), QStringList());

    QSignalSpy read(&keychain, &secrets::SecretStore::readFinished);
    keychain.read(newKey);
    QVERIFY(read.wait(10000));
    keychain.read(oldKey);
    QVERIFY(read.wait(10000));
    QCOMPARE(read.at(0), (QVariantList{newKey, m_movedSecret, QString()}));
    QCOMPARE(read.at(1), (QVariantList{oldKey, QString(), QString()}));

    // The entry goes with its stream, deleted as the dialog would on save.
    mover.submit({{QStringLiteral("after rename"), {}, {}, true}});
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.at(1).at(0).toStringList(), QStringList());
    keychain.read(newKey);
    QVERIFY(read.wait(10000));
    QCOMPARE(read.at(2), (QVariantList{newKey, QString(), QString()}));
}

QString TestKeychain::writeConfig(const QString &name)
{
    const QJsonObject options{{QStringLiteral("bootstrap"), brokerBootstrap(QStringLiteral("scram"))},
                              {QStringLiteral("security_protocol"), QStringLiteral("SASL_PLAINTEXT")},
                              {QStringLiteral("sasl_mechanism"), QStringLiteral("SCRAM-SHA-512")},
                              {QStringLiteral("username"), QStringLiteral("bob")},
                              {QStringLiteral("group_id"), TestBroker::uniqueTopic(QStringLiteral("kc-group"))},
                              {QStringLiteral("topics"), QJsonArray{m_topic}}};
    const QJsonObject stream{{QStringLiteral("name"), name}, {QStringLiteral("kind"), QStringLiteral("kafka")}, {QStringLiteral("options"), options}};
    return writeStreamConfig(m_dir.filePath(name + QStringLiteral(".json")), stream);
}

CliResult TestKeychain::listen(const QString &name)
{
    const CliResult result = runCli({QStringLiteral("listen"), QStringLiteral("--config"), writeConfig(name), QStringLiteral("--store"),
                                     m_dir.filePath(name + QStringLiteral(".db")), QStringLiteral("--from-beginning"),
                                     QStringLiteral("--until-eof"), QStringLiteral("--json")},
                                    60000);
    QFile log(m_dir.filePath(name + QStringLiteral(".log")));
    if (log.open(QIODevice::WriteOnly | QIODevice::Append))
        log.write(result.out + result.err);
    return result;
}

void TestKeychain::streamTakesItsPasswordFromTheKeychain()
{
    const QString name = QStringLiteral("Keychain SCRAM");
    const CliResult set = runCli({QStringLiteral("secret"), QStringLiteral("set"), name}, 30000, m_password.toUtf8() + '\n');
    QVERIFY2(set.finished && set.exitCode == 0, set.err.constData());
    const CliResult status = runCli({QStringLiteral("secret"), QStringLiteral("status"), name});
    QCOMPARE(status.out.trimmed(), QByteArray("set"));

    const CliResult result = listen(name);
    QVERIFY2(result.finished && result.exitCode == 0, result.err.constData());
    QCOMPARE(result.outLines().size(), 10);

    const CliResult removed = runCli({QStringLiteral("secret"), QStringLiteral("remove"), name});
    QVERIFY2(removed.exitCode == 0, removed.err.constData());
    QCOMPARE(runCli({QStringLiteral("secret"), QStringLiteral("status"), name}).out.trimmed(), QByteArray("not set"));
}

void TestKeychain::missingEntryTellsWhatToDo()
{
    const CliResult result = listen(QStringLiteral("Nothing Stored"));
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("stream \"Nothing Stored\": no password stored in the keychain"), result.err.constData());
    QVERIFY2(result.err.contains("{\"env\": \"VARIABLE\"}"), result.err.constData());
}

// Without a session bus no keychain can answer: the stream does not start, and the message says
// why and points to the env reference (QtKeychain's plaintext fallback stays off).
void TestKeychain::noKeychainGivesClearMessage()
{
    const QByteArray bus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
    const QByteArray runtime = qgetenv("XDG_RUNTIME_DIR");
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    qputenv("XDG_RUNTIME_DIR", m_dir.path().toUtf8());
    const CliResult result = listen(QStringLiteral("No Keychain"));
    const CliResult set = runCli({QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("No Keychain")}, 30000, "whatever\n");
    qputenv("DBUS_SESSION_BUS_ADDRESS", bus);
    qputenv("XDG_RUNTIME_DIR", runtime);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("stream \"No Keychain\" takes its password from the keychain, but no D-Bus session bus"), result.err.constData());
    QVERIFY2(result.err.contains("{\"env\": \"VARIABLE\"}"), result.err.constData());
    QCOMPARE(set.exitCode, 1);
    QVERIFY2(set.err.contains("no keychain"), set.err.constData());
}

void TestKeychain::cleanupTestCase()
{
    const QStringList secrets{m_password, m_roundTripSecret, m_movedSecret};
    QStringList leaks = findSecrets(m_dir.path(), secrets);
    leaks += findSecrets(qEnvironmentVariable("ALERTDECK_KEYRING_HOME"), secrets);
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
