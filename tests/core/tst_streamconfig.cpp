#include "core/config/StreamConfigFile.h"

#include <QTest>

using alertdeck::config::ConfigProblem;
using alertdeck::config::StreamConfigFile;
using alertdeck::config::StreamKind;

namespace {

bool hasProblem(const StreamConfigFile &file, const QString &stream, const QString &key)
{
    return std::any_of(file.problems.cbegin(), file.problems.cend(),
                       [&](const ConfigProblem &p) { return p.stream == stream && p.key == key; });
}

} // namespace

class TestStreamConfig : public QObject
{
    Q_OBJECT
private slots:
    void contractExampleIsValid();
    void namesEveryProblem();
    void literalSecretIsRefused();
    void brokenJsonIsReported();
    void topicsShorthandBecomesTableHandlers();
    void storeRetentionSettings();
};

void TestStreamConfig::contractExampleIsValid()
{
    const auto file = StreamConfigFile::parse(R"({"streams": [
      {"name": "GCN", "kind": "gcn", "active": true,
       "options": {"domain": "gcn.nasa.gov", "client_id": "abc123",
                   "config": {"auto.offset.reset": "earliest"},
                   "topic_handlers": {"gcn.classic.voevent.LVC_INITIAL": ["table"], "igwn.gwalert": ["table"]}}},
      {"name": "SCiMMA", "kind": "hopskotch", "active": true,
       "options": {"url": "kafka://kafka.scimma.org/", "username": "me-1a2b", "group_id": "me-1a2b-deck",
                   "topic_handlers": {"hermes.*": ["table"], "*": ["store"]}}},
      {"name": "local", "kind": "kafka", "active": true,
       "options": {"bootstrap": "127.0.0.1:9092", "topics": ["rubin.alerts"]}}
    ]})");
    for (const ConfigProblem &problem : file.problems)
        qWarning() << problem.toString();
    QVERIFY(file.problems.isEmpty());
    QCOMPARE(file.streams.size(), 3);
    QCOMPARE(file.streams.at(0).kind, StreamKind::Gcn);
    QCOMPARE(file.streams.at(0).bootstrap(), QStringLiteral("kafka.gcn.nasa.gov:9092"));
    QCOMPARE(file.streams.at(0).kafkaProperties.value(QStringLiteral("auto.offset.reset")), QStringLiteral("earliest"));
    QCOMPARE(file.streams.at(1).bootstrap(), QStringLiteral("kafka.scimma.org:9092"));
    QCOMPARE(file.streams.at(1).groupId(), QStringLiteral("me-1a2b-deck"));
    QCOMPARE(file.streams.at(2).handlers.size(), 1);
}

void TestStreamConfig::namesEveryProblem()
{
    const auto file = StreamConfigFile::parse(R"({"streams": [
      {"name": "a", "kind": "hopskotch", "options": {"url": "http://x/", "username": "me", "group_id": "other-g",
                                                     "colour": "red", "topic_handlers": {"t": ["table", "explode"]}}},
      {"name": "b", "kind": "kafka", "options": {"bootstrap": "localhost", "topics": "x"}},
      {"name": "c", "kind": "pigeon", "options": {}},
      {"name": "a", "kind": "gcn", "options": {"topics": ["x"]}}
    ]})");
    QVERIFY(file.streams.isEmpty());
    QVERIFY(hasProblem(file, QStringLiteral("a"), QStringLiteral("url")));
    QVERIFY(hasProblem(file, QStringLiteral("a"), QStringLiteral("group_id")));
    QVERIFY(hasProblem(file, QStringLiteral("a"), QStringLiteral("colour")));
    QVERIFY(hasProblem(file, QStringLiteral("a"), QStringLiteral("topic_handlers.t[1]")));
    QVERIFY(hasProblem(file, QStringLiteral("b"), QStringLiteral("bootstrap")));
    QVERIFY(hasProblem(file, QStringLiteral("b"), QStringLiteral("topics")));
    QVERIFY(hasProblem(file, QStringLiteral("c"), QStringLiteral("kind")));
    QVERIFY(hasProblem(file, QStringLiteral("a"), QStringLiteral("name")));
    QVERIFY(hasProblem(file, QStringLiteral("a"), QStringLiteral("client_id")));
    for (const ConfigProblem &problem : file.problems)
        QVERIFY2(problem.toString().startsWith(QStringLiteral("stream \"")), qPrintable(problem.toString()));
}

void TestStreamConfig::literalSecretIsRefused()
{
    const auto file = StreamConfigFile::parse(R"({"streams": [
      {"name": "s", "kind": "hopskotch", "options": {"url": "kafka://h/", "username": "u", "password": "hunter2", "topics": ["t"]}},
      {"name": "e", "kind": "hopskotch", "options": {"url": "kafka://h:9093/", "username": "u", "password": {"env": "HOP_PW"}, "topics": ["t"]}}
    ]})");
    QVERIFY(hasProblem(file, QStringLiteral("s"), QStringLiteral("password")));
    QVERIFY(!file.problems.first().toString().contains(QStringLiteral("hunter2")));
    QCOMPARE(file.streams.size(), 1);
    QCOMPARE(file.streams.first().secretEnvVar(), QStringLiteral("HOP_PW"));
    QCOMPARE(file.streams.first().bootstrap(), QStringLiteral("h:9093"));
}

void TestStreamConfig::brokenJsonIsReported()
{
    const auto file = StreamConfigFile::parse("{\"streams\": [");
    QCOMPARE(file.problems.size(), 1);
    QVERIFY(file.problems.first().toString().contains(QStringLiteral("not valid JSON")));
    const auto missing = StreamConfigFile::load(QStringLiteral("/nonexistent/streams.json"));
    QVERIFY(missing.problems.first().toString().contains(QStringLiteral("/nonexistent/streams.json")));
}

void TestStreamConfig::topicsShorthandBecomesTableHandlers()
{
    const auto file = StreamConfigFile::parse(R"({"streams": [
      {"name": "k", "kind": "kafka", "options": {"bootstrap": "h:1", "topics": ["a", "b"], "topic_handlers": {"a": ["log"]}}}]})");
    QVERIFY(file.problems.isEmpty());
    const auto &handlers = file.streams.first().handlers;
    QCOMPARE(handlers.size(), 2);
    QCOMPARE(handlers.at(0).actions.first().name, QStringLiteral("log"));
    QCOMPARE(handlers.at(1).key, QStringLiteral("b"));
    QCOMPARE(handlers.at(1).actions.first().name, QStringLiteral("table"));
}

void TestStreamConfig::storeRetentionSettings()
{
    const auto file = StreamConfigFile::parse(R"({"store": {"retention_days": 30, "max_size_mb": 2048},
      "streams": [{"name": "k", "kind": "kafka", "options": {"bootstrap": "h:1", "topics": ["a"]}}]})");
    QVERIFY(file.problems.isEmpty());
    QCOMPARE(file.store.retentionDays, 30);
    QCOMPARE(file.store.maxSizeMb, 2048);
    const auto bad = StreamConfigFile::parse(R"({"store": {"retention_days": -1, "max_size_mb": 1.5, "keep": true}, "streams": []})");
    QCOMPARE(bad.problems.size(), 3);
    QCOMPARE(bad.store.retentionDays, 0);
    QVERIFY(bad.problems.first().toString().contains(QStringLiteral("retention_days")) || bad.problems.first().toString().contains(QStringLiteral("keep")));
}

QTEST_GUILESS_MAIN(TestStreamConfig)
#include "tst_streamconfig.moc"
