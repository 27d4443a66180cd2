// The desktop app's forward targets: inactive streams that forward actions publish to get their
// secrets and reach the engine, so a forward to a publish-only stream is delivered, as in `listen`.
#include "MemorySecretStore.h"
#include "core/config/StreamConfigFile.h"
#include "core/engine/AlertEngine.h"
#include "core/engine/ForwardTargets.h"
#include "core/kafka/MessageProducer.h"
#include "core/kafka/MockCluster.h"
#include "core/kafka/TopicReader.h"
#include "core/secrets/SecretStore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace alertdeck;

namespace {

QVector<config::StreamConfig> parse(const QByteArray &json)
{
    const config::StreamConfigFile file = config::StreamConfigFile::parse(json);
    if (!file.problems.isEmpty())
        qFatal("%s", qPrintable(file.problems.first().toString()));
    return file.streams;
}

QStringList names(const QVector<config::StreamConfig> &streams)
{
    QStringList list;
    for (const config::StreamConfig &stream : streams)
        list << stream.name;
    return list;
}

} // namespace

class TestForwardTargets : public QObject
{
    Q_OBJECT
private slots:
    void inactiveStreamsThatActiveOnesForwardToAreTargets();
    void targetsGetTheirSecrets();
    void aMissingSecretIsReportedAndTheTargetStillRegistered();
    void forwardsReachAnInactiveTarget();
};

void TestForwardTargets::inactiveStreamsThatActiveOnesForwardToAreTargets()
{
    const auto streams = parse(R"({"streams": [
      {"name": "src", "kind": "kafka", "active": true, "options": {"bootstrap": "127.0.0.1:9", "topic_handlers": {
         "a": ["store", {"action": "forward", "stream": "out", "topic": "x"}, {"action": "forward", "topic": "self"}],
         "*": [{"action": "forward", "stream": "live", "topic": "y"}, {"action": "forward", "stream": "out", "topic": "z"}]}}},
      {"name": "live", "kind": "kafka", "active": true, "options": {"bootstrap": "127.0.0.1:9", "topics": ["t"]}},
      {"name": "idle", "kind": "kafka", "active": false, "options": {"bootstrap": "127.0.0.1:9", "topic_handlers": {
         "b": [{"action": "forward", "stream": "other", "topic": "x"}]}}},
      {"name": "out", "kind": "kafka", "active": false, "options": {"bootstrap": "127.0.0.1:9", "topics": ["t"]}},
      {"name": "other", "kind": "kafka", "active": false, "options": {"bootstrap": "127.0.0.1:9", "topics": ["t"]}},
      {"name": "unused", "kind": "kafka", "active": false, "options": {"bootstrap": "127.0.0.1:9", "topics": ["t"]}}]})");
    // Not "live" (it starts by itself), not "src" (its own topic), not "other" (only an inactive
    // stream forwards to it), not "unused"; "out" once although two actions name it.
    QCOMPARE(names(engine::ForwardTargets::inactiveTargets(streams)), QStringList{QStringLiteral("out")});
}

void TestForwardTargets::targetsGetTheirSecrets()
{
    const auto streams = parse(R"({"streams": [
      {"name": "src", "kind": "kafka", "active": true, "options": {"bootstrap": "127.0.0.1:9", "topic_handlers": {
         "a": [{"action": "forward", "stream": "scram", "topic": "x"}, {"action": "forward", "stream": "plain", "topic": "x"}]}}},
      {"name": "scram", "kind": "kafka", "active": false, "options": {"bootstrap": "127.0.0.1:9", "username": "alice", "topics": ["t"]}},
      {"name": "plain", "kind": "kafka", "active": false, "options": {"bootstrap": "127.0.0.1:9", "topics": ["t"]}}]})");
    test::MemorySecretStore keychain;
    keychain.entries.insert(secrets::SecretStore::streamKey(QStringLiteral("scram")), QStringLiteral("pw-of-scram"));
    engine::ForwardTargets targets(&keychain);
    QSignalSpy registered(&targets, &engine::ForwardTargets::registered);
    QSignalSpy problems(&targets, &engine::ForwardTargets::problem);
    targets.update(streams);
    targets.update(streams); // applied again before the keychain answered: still one answer each
    QTRY_COMPARE(registered.size(), 2);
    QTest::qWait(50);
    QCOMPARE(registered.size(), 2);
    QHash<QString, QString> secrets;
    for (const QList<QVariant> &signal : registered)
        secrets.insert(signal.at(0).value<config::StreamConfig>().name, signal.at(1).toString());
    const QHash<QString, QString> expected{{QStringLiteral("scram"), QStringLiteral("pw-of-scram")}, {QStringLiteral("plain"), QString()}};
    QCOMPARE(secrets, expected);
    QVERIFY(problems.isEmpty());
}

void TestForwardTargets::aMissingSecretIsReportedAndTheTargetStillRegistered()
{
    const auto streams = parse(R"({"streams": [
      {"name": "src", "kind": "kafka", "active": true, "options": {"bootstrap": "127.0.0.1:9", "topic_handlers": {
         "a": [{"action": "forward", "stream": "scram", "topic": "x"}]}}},
      {"name": "scram", "kind": "kafka", "active": false, "options": {"bootstrap": "127.0.0.1:9", "username": "alice", "topics": ["t"]}}]})");
    test::MemorySecretStore keychain;
    keychain.lockedError = QStringLiteral("the keychain is locked");
    engine::ForwardTargets targets(&keychain);
    QSignalSpy registered(&targets, &engine::ForwardTargets::registered);
    QSignalSpy problems(&targets, &engine::ForwardTargets::problem);
    targets.update(streams);
    QTRY_COMPARE(registered.size(), 1);
    QCOMPARE(registered.at(0).at(1).toString(), QString());
    QCOMPARE(problems.size(), 1);
    const QString text = problems.at(0).at(0).toString();
    QVERIFY2(text.contains(QStringLiteral("\"scram\"")) && text.contains(QStringLiteral("locked")), qPrintable(text));
}

// The desktop app's wiring: a stream forwards every alert of topic "in" to "copies" through the
// inactive stream "out"; all three messages arrive there.
void TestForwardTargets::forwardsReachAnInactiveTarget()
{
    QString error;
    const auto cluster = kafka::MockCluster::create(1, &error);
    QVERIFY2(cluster, qPrintable(error));
    for (const QString &topic : {QStringLiteral("in"), QStringLiteral("copies")})
        QVERIFY2(cluster->createTopic(topic, 1, &error), qPrintable(error));
    const QMap<QString, QString> properties{{QStringLiteral("bootstrap.servers"), cluster->bootstrap()}};
    const auto producer = kafka::MessageProducer::create(properties, &error);
    QVERIFY2(producer, qPrintable(error));
    for (int i = 0; i < 3; ++i) {
        const QByteArray notice = R"({"$schema": "https://gcn.nasa.gov/schema/main/gcn/notices/icecube/lvk_nu_track_search.schema.json", "alert_datetime": "2025-01-0)"
            + QByteArray::number(i + 1) + R"(T00:00:00Z", "id": [")" + QByteArray::number(i) + R"("]})";
        QVERIFY2(producer->produce(QStringLiteral("in"), notice, {}, {}, &error), qPrintable(error));
    }
    QVERIFY2(producer->flush(10000, &error), qPrintable(error));

    const QByteArray bootstrap = cluster->bootstrap().toUtf8();
    const auto streams = parse(R"({"streams": [
      {"name": "src", "kind": "kafka", "active": true, "options": {"bootstrap": ")" + bootstrap + R"(", "topic_handlers": {
         "in": ["store", {"action": "forward", "stream": "out", "topic": "copies"}]}}},
      {"name": "out", "kind": "kafka", "active": false, "options": {"bootstrap": ")" + bootstrap + R"(", "topics": ["copies"]}}]})");
    QTemporaryDir dir;
    engine::AlertEngine::Options options;
    options.storePath = dir.filePath(QStringLiteral("alerts.db"));
    options.fromBeginning = true;
    engine::AlertEngine engine(options);
    QVERIFY2(engine.open(&error), qPrintable(error));
    test::MemorySecretStore keychain;
    engine::ForwardTargets targets(&keychain);
    connect(&targets, &engine::ForwardTargets::registered, &engine, &engine::AlertEngine::addForwardTarget);
    QSignalSpy registered(&targets, &engine::ForwardTargets::registered);
    targets.update(streams);
    QTRY_COMPARE(registered.size(), 1);
    engine.startStream(streams.first(), {});

    const auto reader = kafka::TopicReader::create(properties, &error);
    QVERIFY2(reader, qPrintable(error));
    int forwarded = 0;
    QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                 forwarded = 0;
                                 return reader->readAll(QStringLiteral("copies"), [&](const QByteArray &, const decode::MessageHeaders &, const QByteArray &) {
                                     ++forwarded;
                                     return true;
                                 }, &error) && forwarded == 3;
                             }()),
                             20000);
    QSignalSpy stopped(&engine, &engine::AlertEngine::stopped);
    engine.shutdown();
    QVERIFY(stopped.wait(10000));
}

QTEST_GUILESS_MAIN(TestForwardTargets)
#include "tst_forwardtargets.moc"
