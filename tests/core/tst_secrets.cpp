// The secret stores and the resolver without a keychain daemon (tests/keychain has the real one):
// env references, the messages for a missing variable or an unreachable keychain, key names,
// wiping, and which streams get OAUTHBEARER tokens from where.
#include "core/kafka/KafkaConfigBuilder.h"
#include "core/kafka/OidcTokenSource.h"
#include "core/secrets/EnvSecretStore.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/secrets/SecretWipe.h"
#include "core/secrets/StreamSecretResolver.h"
#include "SecretLeakCheck.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace alertdeck;

namespace {

config::StreamConfig scramStream(const QString &name, const QJsonValue &password = QJsonValue(QJsonValue::Undefined))
{
    config::StreamConfig stream;
    stream.name = name;
    stream.kind = config::StreamKind::Kafka;
    stream.options = {{QStringLiteral("bootstrap"), QStringLiteral("127.0.0.1:9092")}, {QStringLiteral("username"), QStringLiteral("alice")}};
    if (!password.isUndefined())
        stream.options.insert(QStringLiteral("password"), password);
    return stream;
}

config::StreamConfig gcnStream(const QJsonObject &extra)
{
    config::StreamConfig stream;
    stream.name = QStringLiteral("GCN");
    stream.kind = config::StreamKind::Gcn;
    stream.options = extra;
    stream.options.insert(QStringLiteral("client_id"), QStringLiteral("abc123"));
    return stream;
}

QJsonObject envReference(const QString &variable)
{
    return {{QStringLiteral("env"), variable}};
}

} // namespace

class TestSecrets : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void keysNameStreamsAndToms();
    void environmentStoreReadsAndRefusesWrites();
    void resolverTakesTheEnvironmentReference();
    void resolverNamesStreamAndUnsetVariable();
    void resolverWithoutKeychainAdvisesEnvReference();
    void streamWithoutSecretResolvesEmpty();
    void wipeLeavesSharedCopiesAlone();
    void gcnTokenEndpoint();
    void tokensOnlyForOauthbearer();
    void leakCheckFindsUtf8AndUtf16Copies();
};

// No session bus: the keychain here must be the unreachable one, whatever the machine has.
void TestSecrets::init()
{
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    qunsetenv("XDG_RUNTIME_DIR");
    qunsetenv("ALERTDECK_TST_SECRET");
}

void TestSecrets::keysNameStreamsAndToms()
{
    QCOMPARE(secrets::SecretStore::streamKey(QStringLiteral("SCiMMA")), QStringLiteral("stream/SCiMMA"));
    QCOMPARE(secrets::SecretStore::tomKey(QStringLiteral("https://tom.example.org/")), QStringLiteral("tom/https://tom.example.org/"));
}

void TestSecrets::environmentStoreReadsAndRefusesWrites()
{
    secrets::EnvSecretStore store;
    QVERIFY(store.isAvailable());
    QSignalSpy read(&store, &secrets::SecretStore::readFinished);
    QSignalSpy written(&store, &secrets::SecretStore::writeFinished);
    qputenv("ALERTDECK_TST_SECRET", "s3cret");
    store.read(QStringLiteral("ALERTDECK_TST_SECRET"));
    QCOMPARE(read.size(), 0); // answered later, like a keychain
    QVERIFY(read.wait(1000));
    QCOMPARE(read.at(0), (QVariantList{QStringLiteral("ALERTDECK_TST_SECRET"), QStringLiteral("s3cret"), QString()}));
    qunsetenv("ALERTDECK_TST_SECRET");
    store.read(QStringLiteral("ALERTDECK_TST_SECRET"));
    QVERIFY(read.wait(1000));
    QCOMPARE(read.at(1), (QVariantList{QStringLiteral("ALERTDECK_TST_SECRET"), QString(), QString()}));
    store.write(QStringLiteral("ALERTDECK_TST_SECRET"), QStringLiteral("x"));
    QVERIFY(written.wait(1000));
    QVERIFY(written.at(0).at(1).toString().contains(QStringLiteral("ALERTDECK_TST_SECRET")));
}

void TestSecrets::resolverTakesTheEnvironmentReference()
{
    secrets::KeychainSecretStore keychain;
    secrets::StreamSecretResolver resolver(&keychain);
    QSignalSpy resolved(&resolver, &secrets::StreamSecretResolver::resolved);
    qputenv("ALERTDECK_TST_SECRET", "alice-pass");
    resolver.resolve(scramStream(QStringLiteral("one"), envReference(QStringLiteral("ALERTDECK_TST_SECRET"))));
    resolver.resolve(scramStream(QStringLiteral("two"), envReference(QStringLiteral("ALERTDECK_TST_SECRET"))));
    QTRY_COMPARE(resolved.size(), 2);
    QCOMPARE(resolved.at(0), (QVariantList{QStringLiteral("one"), QStringLiteral("alice-pass"), QString()}));
    QCOMPARE(resolved.at(1), (QVariantList{QStringLiteral("two"), QStringLiteral("alice-pass"), QString()}));
}

void TestSecrets::resolverNamesStreamAndUnsetVariable()
{
    secrets::KeychainSecretStore keychain;
    secrets::StreamSecretResolver resolver(&keychain);
    QSignalSpy resolved(&resolver, &secrets::StreamSecretResolver::resolved);
    resolver.resolve(scramStream(QStringLiteral("SCiMMA"), envReference(QStringLiteral("ALERTDECK_TST_SECRET"))));
    QVERIFY(resolved.wait(1000));
    QCOMPARE(resolved.at(0).at(1).toString(), QString());
    QCOMPARE(resolved.at(0).at(2).toString(),
             QStringLiteral("stream \"SCiMMA\": the environment variable ALERTDECK_TST_SECRET for its password is not set"));
}

void TestSecrets::resolverWithoutKeychainAdvisesEnvReference()
{
    secrets::KeychainSecretStore keychain;
    QVERIFY(!keychain.isAvailable());
    QVERIFY(keychain.unavailableReason().contains(QStringLiteral("no D-Bus session bus")));
    secrets::StreamSecretResolver resolver(&keychain);
    QSignalSpy resolved(&resolver, &secrets::StreamSecretResolver::resolved);
    resolver.resolve(gcnStream({}));
    QVERIFY(resolved.wait(1000));
    const QString error = resolved.at(0).at(2).toString();
    QVERIFY2(error.startsWith(QStringLiteral("stream \"GCN\" takes its client_secret from the keychain, but no D-Bus session bus")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("\"client_secret\": {\"env\": \"VARIABLE\"}")), qPrintable(error));

    QSignalSpy written(&keychain, &secrets::SecretStore::writeFinished);
    keychain.write(secrets::SecretStore::streamKey(QStringLiteral("GCN")), QStringLiteral("never stored"));
    QVERIFY(written.wait(1000));
    QCOMPARE(written.at(0).at(1).toString(), keychain.unavailableReason());
}

void TestSecrets::streamWithoutSecretResolvesEmpty()
{
    secrets::KeychainSecretStore keychain;
    secrets::StreamSecretResolver resolver(&keychain);
    QSignalSpy resolved(&resolver, &secrets::StreamSecretResolver::resolved);
    config::StreamConfig plain;
    plain.name = QStringLiteral("local");
    plain.options = {{QStringLiteral("bootstrap"), QStringLiteral("127.0.0.1:9092")}};
    resolver.resolve(plain);
    QVERIFY(resolved.wait(1000));
    QCOMPARE(resolved.at(0), (QVariantList{QStringLiteral("local"), QString(), QString()}));
}

void TestSecrets::wipeLeavesSharedCopiesAlone()
{
    QString original = QStringLiteral("hunter2-").repeated(2);
    QString copy = original;
    secrets::wipe(copy);
    QVERIFY(copy.isEmpty());
    QCOMPARE(original, QStringLiteral("hunter2-hunter2-"));
    QString literal = QStringLiteral("static"); // read-only data: cleared, never written
    secrets::wipe(literal);
    QVERIFY(literal.isEmpty());
    QByteArray bytes = original.toUtf8();
    secrets::wipe(bytes);
    QVERIFY(bytes.isEmpty());
}

void TestSecrets::gcnTokenEndpoint()
{
    using kafka::OidcTokenSource;
    QCOMPARE(OidcTokenSource::tokenEndpoint(gcnStream({})), QUrl(QStringLiteral("https://auth.gcn.nasa.gov/oauth2/token")));
    QCOMPARE(OidcTokenSource::tokenEndpoint(gcnStream({{QStringLiteral("domain"), QStringLiteral("test.gcn.nasa.gov")}})),
             QUrl(QStringLiteral("https://auth.test.gcn.nasa.gov/oauth2/token")));
    QCOMPARE(OidcTokenSource::tokenEndpoint(gcnStream({{QStringLiteral("token_endpoint"), QStringLiteral("http://127.0.0.1:8080/oauth2/token")}})),
             QUrl(QStringLiteral("http://127.0.0.1:8080/oauth2/token")));
}

void TestSecrets::tokensOnlyForOauthbearer()
{
    using kafka::KafkaConfigBuilder;
    using kafka::OidcTokenSource;
    QVERIFY(OidcTokenSource::isNeeded(KafkaConfigBuilder::consumerProperties(gcnStream({}), QStringLiteral("secret"))));
    QVERIFY(!OidcTokenSource::isNeeded(KafkaConfigBuilder::consumerProperties(scramStream(QStringLiteral("s")), QStringLiteral("pw"))));
    config::StreamConfig unsecured = gcnStream({});
    unsecured.kafkaProperties.insert(QStringLiteral("enable.sasl.oauthbearer.unsecure.jwt"), QStringLiteral("true"));
    QVERIFY(!OidcTokenSource::isNeeded(KafkaConfigBuilder::consumerProperties(unsecured, {})));
}

// The search the integration tests run over everything the app wrote must find what it looks for.
void TestSecrets::leakCheckFindsUtf8AndUtf16Copies()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("store/.hidden")));
    const QString secret = QStringLiteral("p4ss-w0rd");
    const auto write = [&dir](const QString &name, const QByteArray &content) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    };
    write(QStringLiteral("clean.log"), "nothing to see");
    write(QStringLiteral("store/.hidden/utf8.db"), "x" + secret.toUtf8() + "y");
    write(QStringLiteral("store/utf16.bin"), QByteArray(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2));
    QStringList hits = test::findSecrets(dir.path(), {QStringLiteral("absent"), secret});
    hits.sort();
    QCOMPARE(hits, (QStringList{dir.filePath(QStringLiteral("store/.hidden/utf8.db: secret #1")),
                                dir.filePath(QStringLiteral("store/utf16.bin: secret #1"))}));
}

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"
