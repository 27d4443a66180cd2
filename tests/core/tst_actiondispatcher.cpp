// The action dispatcher fed with batches as the store writer hands them on: outside actions leave
// in one signal per batch, once_per_event and retraction_of_acted remember events across batches,
// matches are counted per handler action, heartbeats raise an alarm when they stop; and the
// configuration refuses action keys it does not know, naming the action's place.
#include "core/actions/ActionDispatcher.h"
#include "core/config/StreamConfigFile.h"
#include "core/route/HandlerRoute.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QtTest>

using namespace alertdeck;

namespace {

const QByteArray configJson = R"({"streams": [{"name": "s", "kind": "kafka", "options": {"bootstrap": "127.0.0.1:9",
  "topic_handlers": {
    "gw": [{"action": "notify", "once_per_event": true},
           {"action": "tom", "retraction_of_acted": true},
           {"action": "sound", "when": "far < 1e-8"},
           "store"],
    "sys.heartbeat": [{"action": "heartbeat", "alarm_after": 0.3}]}}}]})";

decode::ReceivedAlert received(const QString &topic, const QString &event, const QString &type, double far)
{
    decode::ReceivedAlert alert;
    alert.stream = QStringLiteral("s");
    alert.topic = topic;
    alert.alert.id = event + QLatin1Char('-') + type;
    alert.alert.event = event;
    alert.alert.alertType = type;
    alert.alert.far = far;
    alert.receivedMs = QDateTime::currentMSecsSinceEpoch();
    return alert;
}

// What the stream worker would hand on: each alert with the actions its handler's conditions fire.
engine::StreamBatch batchOf(const config::StreamConfig &stream, const decode::AlertBatch &alerts)
{
    const route::TopicRouter router(stream.handlers);
    engine::StreamBatch batch;
    batch.stream = stream.name;
    for (const decode::ReceivedAlert &alert : alerts) {
        batch.alerts.append(alert);
        batch.actions.append(route::HandlerRoute::fromHandler(router.handlerFor(alert.topic)).evaluate(alert.alert));
    }
    return batch;
}

QStringList describe(const actions::ActionRequests &requests)
{
    QStringList lines;
    for (const actions::ActionRequest &request : requests)
        lines << request.action.name + QLatin1Char(' ') + request.alert.alert.id;
    return lines;
}

} // namespace

class TestActionDispatcher : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void outsideActionsLeaveInOneSignalPerBatch();
    void heartbeatAlarmsWhenSilent();
    void actionKeysAreChecked();

private:
    config::StreamConfig m_stream;
};

void TestActionDispatcher::initTestCase()
{
    qRegisterMetaType<actions::ActionRequests>();
    qRegisterMetaType<actions::MatchCounts>();
    qRegisterMetaType<actions::HeartbeatStatus>();
    const auto file = config::StreamConfigFile::parse(configJson);
    for (const config::ConfigProblem &problem : file.problems)
        qWarning() << problem.toString();
    QVERIFY(file.problems.isEmpty());
    m_stream = file.streams.value(0);
}

void TestActionDispatcher::outsideActionsLeaveInOneSignalPerBatch()
{
    actions::ActionDispatcher dispatcher;
    dispatcher.addStream(m_stream, {});
    QSignalSpy requested(&dispatcher, &actions::ActionDispatcher::actionsRequested);
    QSignalSpy counted(&dispatcher, &actions::ActionDispatcher::matchCountsChanged);
    const QString gw = QStringLiteral("gw");
    dispatcher.dispatch(batchOf(m_stream, {received(gw, QStringLiteral("S1"), QStringLiteral("Initial"), 1e-9),
                                           received(gw, QStringLiteral("S1"), QStringLiteral("Update"), 1e-7),
                                           received(gw, QStringLiteral("S2"), QStringLiteral("Initial"), 1e-7)}));
    QCOMPARE(requested.size(), 1);
    QCOMPARE(describe(requested.at(0).at(0).value<actions::ActionRequests>()),
             (QStringList{QStringLiteral("notify S1-Initial"), QStringLiteral("sound S1-Initial"), QStringLiteral("notify S2-Initial")}));
    // A later batch: S1 was acted on (notify), S3 never was.
    dispatcher.dispatch(batchOf(m_stream, {received(gw, QStringLiteral("S1"), QStringLiteral("Retraction"), 1e-7),
                                           received(gw, QStringLiteral("S3"), QStringLiteral("Retraction"), 1e-7)}));
    QCOMPARE(requested.size(), 2);
    const actions::ActionRequests second = requested.at(1).at(0).value<actions::ActionRequests>();
    QCOMPARE(describe(second), (QStringList{QStringLiteral("tom S1-Retraction"), QStringLiteral("notify S3-Retraction")}));
    QCOMPARE(second.at(0).handlerKey, gw);
    QCOMPARE(second.at(0).stream, QStringLiteral("s"));

    QCOMPARE(counted.size(), 2);
    QHash<QString, qint64> latest;
    for (const QList<QVariant> &signal : counted) {
        for (const actions::MatchCount &count : signal.at(0).value<actions::MatchCounts>())
            latest.insert(count.action, count.matches);
    }
    QCOMPARE(latest.value(QStringLiteral("notify")), 3);
    QCOMPARE(latest.value(QStringLiteral("tom")), 1);
    QCOMPARE(latest.value(QStringLiteral("sound")), 1);
    QCOMPARE(latest.value(QStringLiteral("store")), 5);
}

void TestActionDispatcher::heartbeatAlarmsWhenSilent()
{
    actions::ActionDispatcher dispatcher;
    dispatcher.addStream(m_stream, {});
    QSignalSpy heartbeats(&dispatcher, &actions::ActionDispatcher::heartbeatChanged);
    QSignalSpy requested(&dispatcher, &actions::ActionDispatcher::actionsRequested);
    dispatcher.dispatch(batchOf(m_stream, {received(QStringLiteral("sys.heartbeat"), {}, {}, 0)}));
    QCOMPARE(heartbeats.size(), 1);
    const auto alive = heartbeats.at(0).at(0).value<actions::HeartbeatStatus>();
    QVERIFY(!alive.alarm);
    QCOMPARE(alive.topic, QStringLiteral("sys.heartbeat"));
    QCOMPARE(alive.alarmAfterMs, 300);
    QTRY_COMPARE_WITH_TIMEOUT(heartbeats.size(), 2, 5000);
    QVERIFY(heartbeats.at(1).at(0).value<actions::HeartbeatStatus>().alarm);
    QCOMPARE(requested.size(), 0);
    dispatcher.dispatch(batchOf(m_stream, {received(QStringLiteral("sys.heartbeat"), {}, {}, 0)}));
    QVERIFY(!heartbeats.last().at(0).value<actions::HeartbeatStatus>().alarm);
}

void TestActionDispatcher::actionKeysAreChecked()
{
    const auto file = config::StreamConfigFile::parse(R"({"streams": [{"name": "s", "kind": "kafka", "options": {"bootstrap": "127.0.0.1:9",
      "topic_handlers": {"t": ["table",
          {"action": "command", "argv": "rm -rf /", "timeout": 0},
          {"action": "forward", "payload": "xml"},
          {"action": "webhook", "url": "ftp://x", "slack": "yes"},
          {"action": "sound", "quiet_hours": "late"},
          {"action": "notify", "colour": "red", "when": "mag <"},
          {"action": "table", "once_per_event": true}]}}}]})");
    QStringList keys;
    for (const config::ConfigProblem &problem : file.problems)
        keys << problem.key;
    const QStringList expected{QStringLiteral("topic_handlers.t[1].argv"), QStringLiteral("topic_handlers.t[1].timeout"),
                               QStringLiteral("topic_handlers.t[2].payload"), QStringLiteral("topic_handlers.t[2].topic"),
                               QStringLiteral("topic_handlers.t[3].url"), QStringLiteral("topic_handlers.t[3].slack"),
                               QStringLiteral("topic_handlers.t[4].quiet_hours"), QStringLiteral("topic_handlers.t[5].colour"),
                               QStringLiteral("topic_handlers.t[5].when"), QStringLiteral("topic_handlers.t[6]")};
    for (const QString &key : expected)
        QVERIFY2(keys.contains(key), qPrintable(key + QStringLiteral(" not in ") + keys.join(QStringLiteral(", "))));
    QCOMPARE(keys.size(), expected.size());
    const auto when = std::find_if(file.problems.cbegin(), file.problems.cend(),
                                   [](const config::ConfigProblem &p) { return p.key.endsWith(QLatin1String(".when")); });
    QVERIFY(when->message.contains(QStringLiteral("column 5")));
}

QTEST_GUILESS_MAIN(TestActionDispatcher)
#include "tst_actiondispatcher.moc"
