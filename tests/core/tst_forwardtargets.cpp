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

#include <QElapsedTimer>
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
    void forwardsWaitingForTheirTargetGoOutWhenItArrives();
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

namespace {

// A mock cluster with three notices on topic "in", a configuration in which stream "src" forwards
// every alert of "in" to topic "copies" through the inactive stream "out", and an engine with a store.
struct ForwardingFixture
{
    std::unique_ptr<kafka::MockCluster> cluster;
    QMap<QString, QString> properties;
    QVector<config::StreamConfig> streams;
    QTemporaryDir dir;
    std::unique_ptr<engine::AlertEngine> engine;

    bool create(QString *error)
    {
        cluster = kafka::MockCluster::create(1, error);
        if (!cluster)
            return false;
        for (const QString &topic : {QStringLiteral("in"), QStringLiteral("copies")}) {
            if (!cluster->createTopic(topic, 1, error))
                return false;
        }
        properties = {{QStringLiteral("bootstrap.servers"), cluster->bootstrap()}};
        const auto producer = kafka::MessageProducer::create(properties, error);
        if (!producer)
            return false;
        for (int i = 0; i < 3; ++i) {
            const QByteArray notice = R"({"$schema": "https://gcn.nasa.gov/schema/main/gcn/notices/icecube/lvk_nu_track_search.schema.json", "alert_datetime": "2025-01-0)"
                + QByteArray::number(i + 1) + R"(T00:00:00Z", "id": [")" + QByteArray::number(i) + R"("]})";
            if (!producer->produce(QStringLiteral("in"), notice, {}, {}, error))
                return false;
        }
        const QByteArray bootstrap = cluster->bootstrap().toUtf8();
        streams = parse(R"({"streams": [
          {"name": "src", "kind": "kafka", "active": true, "options": {"bootstrap": ")" + bootstrap + R"(", "topic_handlers": {
             "in": ["store", {"action": "forward", "stream": "out", "topic": "copies"}]}}},
          {"name": "out", "kind": "kafka", "active": false, "options": {"bootstrap": ")" + bootstrap + R"(", "topics": ["copies"]}}]})");
        if (!producer->flush(10000, error))
            return false;
        engine::AlertEngine::Options options;
        options.storePath = dir.filePath(QStringLiteral("alerts.db"));
        options.fromBeginning = true;
        engine = std::make_unique<engine::AlertEngine>(options);
        return engine->open(error);
    }

    // The desktop app's wiring of forward targets into the engine.
    void connectTargets(engine::ForwardTargets *targets) const
    {
        QObject::connect(targets, &engine::ForwardTargets::registered, engine.get(), &engine::AlertEngine::addForwardTarget);
    }

    // How many messages topic "copies" holds, or -1.
    int copies() const
    {
        QString error;
        const auto reader = kafka::TopicReader::create(properties, &error);
        int count = 0;
        const bool read = reader && reader->readAll(QStringLiteral("copies"), [&](const QByteArray &, const decode::MessageHeaders &, const QByteArray &) {
            ++count;
            return true;
        }, &error);
        return read ? count : -1;
    }
};

void stop(engine::AlertEngine &engine)
{
    QSignalSpy stopped(&engine, &engine::AlertEngine::stopped);
    engine.shutdown();
    QVERIFY(stopped.wait(10000));
}

} // namespace

// The desktop app's wiring: the target is registered, then the stream starts; all three messages
// arrive in "copies".
void TestForwardTargets::forwardsReachAnInactiveTarget()
{
    ForwardingFixture fixture;
    QString error;
    QVERIFY2(fixture.create(&error), qPrintable(error));
    test::MemorySecretStore keychain;
    engine::ForwardTargets targets(&keychain);
    fixture.connectTargets(&targets);
    QSignalSpy registered(&targets, &engine::ForwardTargets::registered);
    targets.update(fixture.streams);
    QTRY_COMPARE(registered.size(), 1);
    fixture.engine->startStream(fixture.streams.first(), {});
    QTRY_COMPARE_WITH_TIMEOUT(fixture.copies(), 3, 20000);
    stop(*fixture.engine);
}

// At start-up the keychain may answer for the target after the stream has started and its forwards
// have failed ("no configured stream is named"): they go out as soon as the target is known, not at
// the outbox's next retry half a minute later.
void TestForwardTargets::forwardsWaitingForTheirTargetGoOutWhenItArrives()
{
    ForwardingFixture fixture;
    QString error;
    QVERIFY2(fixture.create(&error), qPrintable(error));
    QSignalSpy logged(fixture.engine.get(), &engine::AlertEngine::actionLogged);
    fixture.engine->startStream(fixture.streams.first(), {});
    const auto failedForUnknownTarget = [&] {
        for (const QList<QVariant> &signal : logged) {
            const auto entry = signal.at(0).value<actions::ActionLogEntry>();
            if (entry.failure && entry.message.contains(QStringLiteral("no configured stream is named \"out\"")))
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(failedForUnknownTarget(), 20000);
    QCOMPARE(fixture.copies(), 0);

    test::MemorySecretStore keychain;
    engine::ForwardTargets targets(&keychain);
    fixture.connectTargets(&targets);
    QElapsedTimer sinceRegistered;
    sinceRegistered.start();
    targets.update(fixture.streams);
    // Well inside the first retry's 30 s.
    QTRY_COMPARE_WITH_TIMEOUT(fixture.copies(), 3, 10000);
    QVERIFY2(sinceRegistered.elapsed() < 10000, qPrintable(QString::number(sinceRegistered.elapsed())));
    stop(*fixture.engine);
}

QTEST_GUILESS_MAIN(TestForwardTargets)
#include "tst_forwardtargets.moc"
