// The stream configuration file as written back: version and migration, exact round trip, atomic save.
#include "core/config/StreamConfigFile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using alertdeck::config::StreamConfig;
using alertdeck::config::StreamConfigFile;

namespace {

// Every form the parser accepts: all kinds, env secret, passthrough of each JSON type, handler
// objects, topics shorthand, inactive streams and store limits. ("kafka:\/\/" is JSON for
// "kafka://": moc would take the two slashes for a comment and miss the test class.)
QByteArray fullConfig()
{
    return R"({"version": 1, "store": {"retention_days": 30, "max_size_mb": 512},
  "streams": [
  {"name": "GCN", "kind": "gcn", "active": true,
   "options": {"domain": "test.gcn.nasa.gov", "client_id": "abc123", "client_secret": {"env": "GCN_SECRET"},
               "config": {"auto.offset.reset": "earliest", "fetch.wait.max.ms": 250, "check.crcs": true},
               "topic_handlers": {"gcn.classic.voevent.LVC_INITIAL": ["table", {"action": "log"}],
                                  "igwn.gwalert": ["table"]}}},
  {"name": "SCiMMA", "kind": "hopskotch", "active": false,
   "options": {"url": "kafka:\/\/kafka.scimma.org/", "username": "me-1a2b", "group_id": "me-1a2b-deck",
               "topic_handlers": {"hermes.*": ["table"], "*": ["store"]}}},
  {"name": "local", "kind": "kafka",
   "options": {"bootstrap": "127.0.0.1:9092", "security_protocol": "SASL_SSL", "sasl_mechanism": "SCRAM-SHA-512",
               "username": "u", "password": {"env": "LOCAL_PW"}, "ssl_ca_location": "/etc/ca.pem",
               "topics": ["rubin.alerts"], "format": "avro.rubin"}}
]})";
}

QJsonObject streamJson(const StreamConfigFile &file, int index)
{
    return file.streams.at(index).toJson();
}

} // namespace

class TestConfigFile : public QObject
{
    Q_OBJECT
private slots:
    void roundTripIsExact();
    void fileWithoutVersionIsMigrated();
    void newerVersionIsRefused();
    void saveWritesAtomicallyAndReadsBack();
    void saveReportsWhereItCannotWrite();
};

void TestConfigFile::roundTripIsExact()
{
    const auto first = StreamConfigFile::parse(fullConfig());
    for (const auto &problem : first.problems)
        qWarning() << problem.toString();
    QVERIFY(first.problems.isEmpty());
    QVERIFY(first.notes.isEmpty());
    QCOMPARE(first.streams.size(), 3);

    const QByteArray written = first.toJson();
    const auto second = StreamConfigFile::parse(written);
    QVERIFY(second.problems.isEmpty());
    QCOMPARE(second.streams.size(), first.streams.size());
    for (int i = 0; i < first.streams.size(); ++i)
        QCOMPARE(streamJson(second, i), streamJson(first, i));
    QCOMPARE(second.streams.at(1).active, false);
    QCOMPARE(second.streams.at(0).kafkaProperties, first.streams.at(0).kafkaProperties);
    QCOMPARE(second.store.retentionDays, 30);
    QCOMPARE(second.store.maxSizeMb, 512);
    // Writing what was read back gives the same bytes: the output is a fixed point.
    QCOMPARE(second.toJson(), written);
    // The original document and the written one hold the same streams, key for key.
    const QJsonObject original = QJsonDocument::fromJson(fullConfig()).object();
    const QJsonObject rewritten = QJsonDocument::fromJson(written).object();
    QCOMPARE(rewritten.value(QStringLiteral("store")), original.value(QStringLiteral("store")));
    QCOMPARE(rewritten.value(QStringLiteral("version")).toInt(), StreamConfigFile::currentVersion);
    const QJsonObject originalLocal = original.value(QStringLiteral("streams")).toArray().at(2).toObject();
    QCOMPARE(streamJson(second, 2).value(QStringLiteral("options")), originalLocal.value(QStringLiteral("options")));
}

void TestConfigFile::fileWithoutVersionIsMigrated()
{
    const auto file = StreamConfigFile::parse(R"({"streams": [
      {"name": "k", "kind": "kafka", "options": {"bootstrap": "h:1", "topics": ["a"]}}]})");
    QVERIFY(file.problems.isEmpty());
    QCOMPARE(file.version, 0);
    QCOMPARE(file.notes.size(), 1);
    QVERIFY2(file.notes.first().contains(QStringLiteral("version 0")), qPrintable(file.notes.first()));
    QCOMPARE(file.streams.size(), 1);
    const auto migrated = StreamConfigFile::parse(file.toJson());
    QCOMPARE(migrated.version, StreamConfigFile::currentVersion);
    QVERIFY(migrated.notes.isEmpty());
}

void TestConfigFile::newerVersionIsRefused()
{
    const auto newer = StreamConfigFile::parse(R"({"version": 7, "streams": [
      {"name": "k", "kind": "kafka", "options": {"bootstrap": "h:1", "topics": ["a"]}}]})");
    QVERIFY(newer.streams.isEmpty());
    QCOMPARE(newer.problems.size(), 1);
    QVERIFY(newer.problems.first().toString().contains(QStringLiteral("version 7")));
    const auto bad = StreamConfigFile::parse(R"({"version": "one", "streams": []})");
    QCOMPARE(bad.problems.size(), 1);
    QVERIFY(bad.problems.first().toString().contains(QStringLiteral("\"version\"")));
}

void TestConfigFile::saveWritesAtomicallyAndReadsBack()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nested/config/streams.json"));
    auto file = StreamConfigFile::parse(fullConfig());
    QString error;
    QVERIFY2(file.save(path, &error), qPrintable(error));
    file.streams.removeLast();
    QVERIFY2(file.save(path, &error), qPrintable(error));
    const auto loaded = StreamConfigFile::load(path);
    QVERIFY(loaded.problems.isEmpty());
    QCOMPARE(loaded.streams.size(), 2);
    // Only the target remains: the temporary file was renamed over it, not left beside it.
    QCOMPARE(QDir(QFileInfo(path).absolutePath()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("streams.json")});
}

void TestConfigFile::saveReportsWhereItCannotWrite()
{
    QTemporaryDir dir;
    const QString blocker = dir.filePath(QStringLiteral("not-a-dir"));
    QFile block(blocker);
    QVERIFY(block.open(QIODevice::WriteOnly));
    block.write("x");
    block.close();
    QString error;
    const auto file = StreamConfigFile::parse(fullConfig());
    QVERIFY(!file.save(blocker + QStringLiteral("/streams.json"), &error));
    QVERIFY2(error.contains(QStringLiteral("not-a-dir/streams.json")), qPrintable(error));
    QFile unchanged(blocker);
    QVERIFY(unchanged.open(QIODevice::ReadOnly));
    QCOMPARE(unchanged.readAll(), QByteArray("x"));
}

QTEST_GUILESS_MAIN(TestConfigFile)
#include "tst_configfile.moc"
