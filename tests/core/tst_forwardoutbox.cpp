// The store's forward outbox: the messages a batch's forward actions owe are written in the
// transaction that stores the batch (both or neither, also when the writer is killed), settled by
// target, and read back for a replay; the stream worker's side (ForwardRoute) owes each message once;
// the store thread's replayer re-sends in chunks what is not with the dispatcher already; the
// dispatcher settles delivered rows and keeps those of a failed target.
#include "core/actions/ActionDispatcher.h"
#include "core/config/StreamConfigFile.h"
#include "core/engine/OutboxReplayer.h"
#include "core/kafka/MockCluster.h"
#include "core/route/ForwardRoute.h"
#include "core/store/AlertStore.h"
#include "core/store/ForwardOutbox.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

#include <sqlite3.h>

#include <csignal>
#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace alertdeck;
using store::AlertStore;
using store::OutboxMessage;
using store::OutboxRows;
using store::OutboxSettlement;
using store::PartitionOffsets;

namespace {

const QString kStream = QStringLiteral("GCN");
const QString kTopic = QStringLiteral("t");

decode::ReceivedAlert makeAlert(qint64 offset, int payloadBytes = 0)
{
    decode::ReceivedAlert received;
    received.stream = kStream;
    received.topic = kTopic;
    received.partition = 0;
    received.offset = offset;
    received.receivedMs = 1735689600000 + offset;
    received.alert.id = QStringLiteral("alert-%1").arg(offset);
    received.alert.format = QStringLiteral("gcn.json");
    received.alert.source = QStringLiteral("Swift-BAT");
    received.alert.title = QStringLiteral("alert %1").arg(offset);
    received.payload = QByteArray("{\"n\":") + QByteArray::number(offset) + ",\"pad\":\"" + QByteArray(payloadBytes, 'x') + "\"}";
    received.headers = {{"origin", QByteArray::number(offset)}};
    return received;
}

std::pair<decode::AlertBatch, PartitionOffsets> makeBatch(qint64 offset, int count, int payloadBytes = 0)
{
    decode::AlertBatch batch;
    for (int i = 0; i < count; ++i)
        batch.append(makeAlert(offset + i, payloadBytes));
    return {batch, PartitionOffsets{{{kTopic, 0}, offset + count}}};
}

// Every third alert is forwarded raw to stream "out".
QVector<OutboxMessage> forwardsOf(const decode::AlertBatch &batch)
{
    QVector<OutboxMessage> forwards;
    for (const decode::ReceivedAlert &alert : batch) {
        if (alert.offset % 3 == 0)
            forwards.append({QStringLiteral("out"), QStringLiteral("copies"), alert.payload, alert.headers});
    }
    return forwards;
}

std::unique_ptr<AlertStore> openStore(const QString &path)
{
    AlertStore::Options options;
    options.backgroundIndexing = false;
    QString error;
    auto store = AlertStore::open(path, options, &error);
    if (!store)
        qWarning("%s", qPrintable(error));
    return store;
}

// `count` alerts from `offset` on, appended with forwardsOf() them; the outbox ids they got.
struct OutboxIds
{
    qint64 first = 0;
    qint64 last = -1;
    qint64 count() const { return last - first + 1; }
};
std::optional<OutboxIds> appendForwarding(AlertStore &store, const QString &stream, qint64 offset, int count)
{
    const auto [batch, offsets] = makeBatch(offset, count);
    OutboxIds ids;
    QString error;
    if (!store.append(stream, batch, offsets, forwardsOf(batch), &ids.first, &ids.last, &error)) {
        qWarning("%s", qPrintable(error));
        return std::nullopt;
    }
    return ids;
}

OutboxRows allPending(AlertStore &store, const QString &stream = kStream)
{
    QString error;
    const auto rows = store.outbox().pending(stream, 0, std::numeric_limits<qint64>::max(), 1000000,
                                            std::numeric_limits<qint64>::max(), &error);
    if (!rows)
        qWarning("%s", qPrintable(error));
    return rows.value_or(OutboxRows());
}

void execSql(const QString &path, const char *text)
{
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
    char *message = nullptr;
    const int rc = sqlite3_exec(db, text, nullptr, nullptr, &message);
    const QByteArray reason = message ? message : "";
    sqlite3_free(message);
    sqlite3_close(db);
    QVERIFY2(rc == SQLITE_OK, reason.constData());
}

void writeLine(int fd, const QByteArray &line)
{
    const QByteArray text = line + '\n';
    if (::write(fd, text.constData(), size_t(text.size())) < 0)
        _exit(4);
}

// The child of a fork: appends batches with their forwards until it is killed.
[[noreturn]] void appendUntilKilled(const QString &path, int batchSize, int fd)
{
    auto store = openStore(path);
    if (!store)
        _exit(2);
    qint64 next = store->committedOffsets(kStream).value({kTopic, 0}, 0);
    for (;;) {
        const auto [batch, offsets] = makeBatch(next, batchSize, 2000);
        QString error;
        qint64 firstId = 0;
        qint64 lastId = -1;
        writeLine(fd, "appending");
        if (!store->append(kStream, batch, offsets, forwardsOf(batch), &firstId, &lastId, &error))
            _exit(3);
        writeLine(fd, "committed");
        next += batchSize;
    }
}

// Reads the child's lines until it has committed `commits` batches and started one more.
bool waitUntilAppending(int fd, int commits)
{
    QByteArray seen;
    while (true) {
        pollfd polled{fd, POLLIN, 0};
        if (poll(&polled, 1, 30000) <= 0)
            return false;
        char buffer[256];
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n <= 0)
            return false;
        seen.append(buffer, n);
        if (seen.count("committed") >= commits && seen.endsWith("committed\nappending\n"))
            return true;
    }
}

} // namespace

class TestForwardOutbox : public QObject
{
    Q_OBJECT
private slots:
    // The replayer's rows travel in queued signals; QSignalSpy needs their type registered.
    void initTestCase() { qRegisterMetaType<OutboxRows>(); }
    void rowsAreWrittenWithTheirBatchAndSettledByTarget();
    void failedAppendLeavesNeitherAlertsNorRows();
    void killedWriterLeavesAlertsAndRowsTogether();
    void routeOwesEachForwardOnce();
    void replayerSendsOnlyRowsNotWithTheDispatcher();
    void dispatcherKeepsRowsOfFailedTargets();
    void failedDeliveryIsRetriedLaterWithGrowingDelay();
    void aFailedTargetDoesNotHoldBackTheOthers();
    void discardDropsOneStreamsRows();
};

void TestForwardOutbox::rowsAreWrittenWithTheirBatchAndSettledByTarget()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("outbox.db"));
    auto store = openStore(path);
    QVERIFY(store);
    const auto [batch, offsets] = makeBatch(0, 10);
    QVector<OutboxMessage> forwards = forwardsOf(batch); // offsets 0, 3, 6, 9
    forwards[1].targetStream = QStringLiteral("elsewhere");
    qint64 firstId = 0;
    qint64 lastId = -1;
    QString error;
    QVERIFY2(store->append(kStream, batch, offsets, forwards, &firstId, &lastId, &error), qPrintable(error));
    QCOMPARE(lastId - firstId + 1, qint64(forwards.size()));
    QCOMPARE(store->alertCount(), 10);
    // Another stream's rows share the id sequence but are neither read nor settled with GCN's.
    const auto [other, otherOffsets] = makeBatch(100, 3);
    qint64 otherFirst = 0;
    qint64 otherLast = -1;
    QVERIFY(store->append(QStringLiteral("other"), other, otherOffsets, forwardsOf(other), &otherFirst, &otherLast, &error));
    QCOMPARE(otherFirst, lastId + 1);

    const OutboxRows rows = allPending(*store);
    QCOMPARE(rows.size(), forwards.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        QCOMPARE(rows.at(i).id, firstId + i);
        QCOMPARE(rows.at(i).sourceStream, kStream);
        QCOMPARE(rows.at(i).message.targetStream, forwards.at(i).targetStream);
        QCOMPARE(rows.at(i).message.topic, forwards.at(i).topic);
        QCOMPARE(rows.at(i).message.payload, forwards.at(i).payload);
        QCOMPARE(rows.at(i).message.headers, forwards.at(i).headers);
    }
    const auto chunk = store->outbox().pending(kStream, firstId, lastId, 2, 1000, &error);
    QVERIFY(chunk);
    QCOMPARE(chunk->size(), 2);
    QCOMPARE(chunk->constFirst().id, firstId + 1);
    // A byte budget ends a chunk after the row that reaches it (but never before the first).
    const qint64 payload = forwards.at(0).payload.size();
    const auto bounded = store->outbox().pending(kStream, 0, lastId, 100, payload + 1, &error);
    QVERIFY(bounded);
    QCOMPARE(bounded->size(), 2);
    QCOMPARE(store->outbox().pending(kStream, 0, lastId, 100, 1, &error)->size(), 1);

    // Delivered to "out", failed to "elsewhere": only the failed target's row stays.
    QVERIFY(store->outbox().settle({kStream, firstId, lastId, {QStringLiteral("elsewhere")}, false, false}, &error));
    const OutboxRows left = allPending(*store);
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.constFirst().message.targetStream, QStringLiteral("elsewhere"));
    QVERIFY(store->outbox().settle({kStream, firstId, lastId, {}, true, false}, &error)); // keepAll deletes nothing
    QCOMPARE(allPending(*store).size(), 1);
    QVERIFY(store->outbox().settle({kStream, firstId, lastId, {}, false, true}, &error));
    QCOMPARE(allPending(*store).size(), 0);
    QCOMPARE(allPending(*store, QStringLiteral("other")).size(), 1);
    QCOMPARE(store->outbox().count(), 1);
}

void TestForwardOutbox::failedAppendLeavesNeitherAlertsNorRows()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("outbox.db"));
    QVERIFY(openStore(path));
    // The outbox insert fails after the alerts are in: the alerts roll back with it.
    execSql(path, "CREATE TRIGGER refuse_outbox BEFORE INSERT ON outbox BEGIN SELECT RAISE(ABORT, 'outbox full'); END");
    auto store = openStore(path);
    QVERIFY(store);
    const auto [batch, offsets] = makeBatch(0, 10);
    qint64 firstId = 0;
    qint64 lastId = -1;
    QString error;
    QVERIFY(!store->append(kStream, batch, offsets, forwardsOf(batch), &firstId, &lastId, &error));
    QVERIFY2(error.contains(QStringLiteral("outbox full")), qPrintable(error));
    QCOMPARE(store->alertCount(), 0);
    QVERIFY(store->committedOffsets(kStream).isEmpty());
    QCOMPARE(store->outbox().count(), 0);
    // Without forwards the same batch stores (the outbox costs a batch without forwards nothing).
    QVERIFY2(store->append(kStream, batch, offsets, &error), qPrintable(error));
    QCOMPARE(store->alertCount(), 10);
}

void TestForwardOutbox::killedWriterLeavesAlertsAndRowsTogether()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crash.db"));
    QRandomGenerator random(11);
    qint64 previous = 0;
    for (int round = 0; round < 8; ++round) {
        int fds[2];
        QCOMPARE(pipe(fds), 0);
        const int batchSize = 300 + int(random.bounded(2000));
        const pid_t child = fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            ::close(fds[0]);
            appendUntilKilled(path, batchSize, fds[1]);
        }
        ::close(fds[1]);
        // A few commits, then SIGKILL a random few milliseconds into an append (one takes ~3-20 ms).
        const bool appending = waitUntilAppending(fds[0], 2);
        QTest::qSleep(int(random.bounded(12)));
        ::kill(child, SIGKILL);
        int status = 0;
        waitpid(child, &status, 0);
        ::close(fds[0]);
        QVERIFY2(appending, "the writer stopped before it was killed");
        QVERIFY(WIFSIGNALED(status));

        auto store = openStore(path); // recovers the WAL, as a restart would
        QVERIFY(store);
        const qint64 stored = store->committedOffsets(kStream).value({kTopic, 0}, 0);
        QCOMPARE(store->alertCount(), stored);
        // Exactly the forwards of the stored alerts: offsets 0, 3, 6, ... below `stored`, each once.
        QSet<qint64> forwarded;
        for (const store::OutboxRow &row : allPending(*store)) {
            const qint64 n = QJsonDocument::fromJson(row.message.payload).object().value(QStringLiteral("n")).toInteger(-1);
            QVERIFY2(n >= 0 && n < stored && n % 3 == 0, row.message.payload.left(40).constData());
            QCOMPARE(row.message.headers.value(0).second, QByteArray::number(n));
            forwarded.insert(n);
        }
        QCOMPARE(qint64(forwarded.size()), (stored + 2) / 3);
        QCOMPARE(store->outbox().count(), qint64(forwarded.size()));
        QVERIFY2(stored > previous, "every round stores more");
        previous = stored;
    }
}

void TestForwardOutbox::routeOwesEachForwardOnce()
{
    config::TopicHandler handler;
    handler.key = kTopic;
    handler.actions = {{QStringLiteral("store"), {}, {}},
                       {QStringLiteral("forward"), {}, QJsonObject{{QStringLiteral("topic"), QStringLiteral("raw")}}},
                       {QStringLiteral("forward"), {}, QJsonObject{{QStringLiteral("stream"), QStringLiteral("out")},
                                                                   {QStringLiteral("topic"), QStringLiteral("json")},
                                                                   {QStringLiteral("payload"), QStringLiteral("normalized")}}}};
    const route::ForwardRoute route = route::ForwardRoute::fromHandler(&handler, kStream);
    route::ActionSet storeOnly;
    storeOnly.fired = 1;
    QVERIFY(!route.fires(storeOnly));
    route::ActionSet both;
    both.fired = 0b111;
    QVERIFY(route.fires(both));

    // Two records of one message (an Avro container share one payload): the raw payload is owed
    // once, the normalized record of each.
    const decode::ReceivedAlert first = makeAlert(5);
    decode::ReceivedAlert second = first;
    second.alert.id = QStringLiteral("second");
    QVector<OutboxMessage> owed;
    route.collect(first, both, 0, &owed);
    route.collect(second, both, 0, &owed);
    QCOMPARE(owed.size(), 3);
    QCOMPARE(owed.at(0).targetStream, kStream); // no stream named: the source stream
    QCOMPARE(owed.at(0).topic, QStringLiteral("raw"));
    QCOMPARE(owed.at(0).payload, first.payload);
    QCOMPARE(owed.at(0).headers, first.headers);
    QCOMPARE(owed.at(1).targetStream, QStringLiteral("out"));
    QCOMPARE(QJsonDocument::fromJson(owed.at(1).payload).object(), first.toJson());
    QCOMPARE(QJsonDocument::fromJson(owed.at(2).payload).object(), second.toJson());
    QVERIFY(owed.at(1).headers.isEmpty());
    // The next message's raw payload is owed again.
    const decode::ReceivedAlert next = makeAlert(6);
    route.collect(next, both, owed.size(), &owed);
    QCOMPARE(owed.size(), 5);
    QCOMPARE(owed.at(3).payload, next.payload);
}

void TestForwardOutbox::replayerSendsOnlyRowsNotWithTheDispatcher()
{
    QTemporaryDir dir;
    auto store = openStore(dir.filePath(QStringLiteral("replay.db")));
    QVERIFY(store);
    // A backlog bigger than one chunk, then a batch still on its way to the dispatcher.
    const std::optional<OutboxIds> backlog = appendForwarding(*store, kStream, 0, 7500); // 2500 forwards
    const std::optional<OutboxIds> recent = appendForwarding(*store, kStream, 7500, 6);  // 2 forwards
    QVERIFY(backlog && recent);
    const qint64 firstBacklog = backlog->first, lastBacklog = backlog->last;
    const qint64 firstRecent = recent->first, lastRecent = recent->last;
    QString error;
    engine::OutboxReplayer replayer;
    replayer.setStore(store.get());
    QSignalSpy pending(&replayer, &engine::OutboxReplayer::pending);
    QSignalSpy idle(&replayer, &engine::OutboxReplayer::becameIdle);
    replayer.written(kStream, lastBacklog, lastBacklog - firstBacklog + 1);
    replayer.written(kStream, lastRecent, lastRecent - firstRecent + 1);
    // The backlog's delivery failed live: its rows stay, a retry is due.
    replayer.settle({kStream, firstBacklog, lastBacklog, {QStringLiteral("out")}, false, false});
    QCOMPARE(store->outbox().count(), 2502);
    replayer.replay(kStream);
    QCOMPARE(pending.size(), 1);
    replayer.replay(kStream); // one replay of a stream at a time
    QCOMPARE(pending.size(), 1);
    qint64 replayed = 0;
    for (int chunk = 0; chunk < 2; ++chunk) {
        QCOMPARE(pending.size(), chunk + 1);
        const OutboxRows rows = pending.at(chunk).at(0).value<OutboxRows>();
        QVERIFY(rows.constLast().id <= lastBacklog); // the recent batch's rows are the dispatcher's
        replayed += rows.size();
        QVERIFY(!replayer.idle());
        replayer.settle({kStream, rows.constFirst().id, rows.constLast().id, {}, false, true});
    }
    QCOMPARE(pending.size(), 2);
    QCOMPARE(replayed, 2500);
    QCOMPARE(store->outbox().count(), 2);
    QVERIFY(!replayer.idle());
    QCOMPARE(idle.size(), 0);
    replayer.settle({kStream, firstRecent, lastRecent, {}, false, false});
    QVERIFY(replayer.idle());
    QCOMPARE(idle.size(), 1);
    QCOMPARE(store->outbox().count(), 0);

    // A chunk whose only target failed: the rest of the replay has nothing left to send; the next
    // replay starts from the oldest row.
    const auto [more, moreOffsets] = makeBatch(7506, 7500);
    qint64 firstMore = 0, lastMore = -1;
    QVERIFY(store->append(kStream, more, moreOffsets, forwardsOf(more), &firstMore, &lastMore, &error));
    replayer.replay(kStream);
    QCOMPARE(pending.size(), 3);
    const OutboxRows failed = pending.at(2).at(0).value<OutboxRows>();
    replayer.settle({kStream, failed.constFirst().id, failed.constLast().id, {QStringLiteral("out")}, false, true});
    QCOMPARE(pending.size(), 3);
    replayer.replay(kStream);
    QCOMPARE(pending.size(), 4);
    QCOMPARE(pending.at(3).at(0).value<OutboxRows>().constFirst().id, firstMore);
}

void TestForwardOutbox::dispatcherKeepsRowsOfFailedTargets()
{
    qRegisterMetaType<OutboxSettlement>();
    qRegisterMetaType<actions::ActionLogEntry>();
    QString error;
    const auto cluster = kafka::MockCluster::create(1, &error);
    QVERIFY2(cluster, qPrintable(error));
    QVERIFY2(cluster->createTopic(QStringLiteral("copies"), 1, &error), qPrintable(error));
    const QByteArray json = R"({"streams": [{"name": "out", "kind": "kafka", "active": false, "options": {"bootstrap": ")"
        + cluster->bootstrap().toUtf8() + R"(", "topic_handlers": {"copies": ["table"]}}}]})";
    const auto file = config::StreamConfigFile::parse(json);
    QVERIFY(file.problems.isEmpty());
    actions::ActionDispatcher dispatcher;
    dispatcher.addForwardTarget(file.streams.value(0), {});
    QSignalSpy settled(&dispatcher, &actions::ActionDispatcher::forwardsSettled);
    QSignalSpy logged(&dispatcher, &actions::ActionDispatcher::logged);
    OutboxRows rows;
    for (qint64 id = 40; id < 43; ++id) {
        const decode::ReceivedAlert alert = makeAlert(id);
        rows.append({id, kStream, {id == 41 ? QStringLiteral("nowhere") : QStringLiteral("out"), QStringLiteral("copies"),
                                   alert.payload, alert.headers}});
    }
    dispatcher.replayForwards(rows);
    QCOMPARE(settled.size(), 1);
    const auto settlement = settled.at(0).at(0).value<OutboxSettlement>();
    QCOMPARE(settlement.stream, kStream);
    QCOMPARE(settlement.firstId, 40);
    QCOMPARE(settlement.lastId, 42);
    QCOMPARE(settlement.keptTargets, QStringList{QStringLiteral("nowhere")});
    QVERIFY(settlement.replay && !settlement.keepAll);
    QStringList messages;
    for (const QList<QVariant> &signal : logged)
        messages << signal.at(0).value<actions::ActionLogEntry>().message;
    QVERIFY2(messages.join(u'\n').contains(QStringLiteral("forwarded 2 message(s) to stream \"out\"")), qPrintable(messages.join(u'\n')));
    // One attempt: without a producer for the target there is nothing to try again. (No translator
    // is loaded here, so the plural reads "attempt(s)".)
    QVERIFY2(messages.join(u'\n').contains(QStringLiteral("failed (1 attempt(s)): no configured stream is named \"nowhere\"; the messages stay in the outbox")),
             qPrintable(messages.join(u'\n')));
}

void TestForwardOutbox::failedDeliveryIsRetriedLaterWithGrowingDelay()
{
    QTemporaryDir dir;
    auto store = openStore(dir.filePath(QStringLiteral("retry.db")));
    QVERIFY(store);
    const auto [batch, offsets] = makeBatch(0, 9);
    qint64 firstId = 0;
    qint64 lastId = -1;
    QString error;
    QVERIFY(store->append(kStream, batch, offsets, forwardsOf(batch), &firstId, &lastId, &error));
    engine::OutboxReplayer replayer(nullptr, 200);
    replayer.setStore(store.get());
    QSignalSpy pending(&replayer, &engine::OutboxReplayer::pending);
    replayer.written(kStream, lastId, lastId - firstId + 1);
    QElapsedTimer clock;
    clock.start();
    replayer.settle({kStream, firstId, lastId, {QStringLiteral("out")}, false, false});
    // QTimer's default coarse timers may fire up to 5% early: the bounds tell 200 ms from 400 ms
    // with room for that, not the exact delays.
    QVERIFY(pending.wait(5000)); // the first retry, after 200 ms
    const qint64 firstRetry = clock.restart();
    QVERIFY2(firstRetry >= 150, qPrintable(QString::number(firstRetry)));
    const OutboxRows rows = pending.at(0).at(0).value<OutboxRows>();
    QCOMPARE(rows.size(), 3);
    replayer.settle({kStream, rows.constFirst().id, rows.constLast().id, {QStringLiteral("out")}, false, true});
    QVERIFY(pending.wait(5000)); // failed again: the next retry waits twice as long
    const qint64 secondRetry = clock.elapsed();
    QVERIFY2(secondRetry >= 300, qPrintable(QString::number(secondRetry)));
    const OutboxRows again = pending.at(1).at(0).value<OutboxRows>();
    replayer.settle({kStream, again.constFirst().id, again.constLast().id, {}, false, true});
    QCOMPARE(store->outbox().count(), 0);
    QVERIFY(!pending.wait(1000)); // delivered: no more retries
    QVERIFY(replayer.idle());
}

// Rows owed to a target that fails (unreachable, or removed from the configuration) stay, but the
// replay goes on past them with the other targets' rows instead of ending at the first chunk.
void TestForwardOutbox::aFailedTargetDoesNotHoldBackTheOthers()
{
    QTemporaryDir dir;
    auto store = openStore(dir.filePath(QStringLiteral("mixed.db")));
    QVERIFY(store);
    const auto [batch, offsets] = makeBatch(0, 15000);
    QVector<OutboxMessage> forwards = forwardsOf(batch); // 5000 rows
    for (qsizetype i = 0; i < forwards.size(); i += 2)
        forwards[i].targetStream = QStringLiteral("gone");
    qint64 firstId = 0;
    qint64 lastId = -1;
    QString error;
    QVERIFY(store->append(kStream, batch, offsets, forwards, &firstId, &lastId, &error));
    engine::OutboxReplayer replayer(nullptr, 200);
    replayer.setStore(store.get());
    QSignalSpy pending(&replayer, &engine::OutboxReplayer::pending);
    QSignalSpy owed(&replayer, &engine::OutboxReplayer::owedChanged);
    const auto lastOwed = [&] { return owed.constLast().at(1).toLongLong(); };
    replayer.replay(kStream);
    QCOMPARE(pending.size(), 1);
    QCOMPARE(owed.size(), 1);
    QCOMPARE(owed.constLast().at(0).toString(), kStream);
    QCOMPARE(lastOwed(), 5000);
    // The dispatcher delivered the first chunk's rows for "out" and kept those for "gone".
    const OutboxRows first = pending.at(0).at(0).value<OutboxRows>();
    QCOMPARE(first.size(), 2000);
    replayer.settle({kStream, first.constFirst().id, first.constLast().id, {QStringLiteral("gone")}, false, true});
    QCOMPARE(lastOwed(), 4000);
    int sentToOut = 1000;
    for (int chunk = 1; pending.size() > chunk; ++chunk) {
        const OutboxRows rows = pending.at(chunk).at(0).value<OutboxRows>();
        for (const store::OutboxRow &row : rows)
            QCOMPARE(row.message.targetStream, QStringLiteral("out"));
        sentToOut += int(rows.size());
        replayer.settle({kStream, rows.constFirst().id, rows.constLast().id, {}, false, true});
    }
    QCOMPARE(pending.size(), 2); // 2000 rows, then the other 1500 rows for "out" in one chunk
    QCOMPARE(sentToOut, 2500);
    QCOMPARE(store->outbox().count(), 2500); // exactly the rows for "gone"
    QCOMPARE(lastOwed(), 2500);
    for (const store::OutboxRow &row : allPending(*store))
        QCOMPARE(row.message.targetStream, QStringLiteral("gone"));
    // The retry tries "gone" again, from its oldest row.
    QVERIFY(pending.wait(5000));
    const OutboxRows retried = pending.at(2).at(0).value<OutboxRows>();
    QCOMPARE(retried.constFirst().id, firstId);
    QCOMPARE(retried.size(), 2000);
    // A new batch's forwards add to what is owed.
    const auto [more, moreOffsets] = makeBatch(15000, 6);
    qint64 firstMore = 0;
    qint64 lastMore = -1;
    QVERIFY(store->append(kStream, more, moreOffsets, forwardsOf(more), &firstMore, &lastMore, &error));
    replayer.written(kStream, lastMore, lastMore - firstMore + 1);
    QCOMPARE(lastOwed(), 2502);
    QCOMPARE(store->outbox().count(kStream), 2502);
}

// A target gone for good: the user discards what the stream owes. Its rows go, another stream's stay,
// and the owed count says so.
void TestForwardOutbox::discardDropsOneStreamsRows()
{
    QTemporaryDir dir;
    auto store = openStore(dir.filePath(QStringLiteral("discard.db")));
    QVERIFY(store);
    const std::optional<OutboxIds> owed = appendForwarding(*store, kStream, 0, 30); // 10 forwards
    const std::optional<OutboxIds> others = appendForwarding(*store, QStringLiteral("other"), 100, 6);
    QVERIFY(owed && others);
    engine::OutboxReplayer replayer(nullptr, 50);
    replayer.setStore(store.get());
    QSignalSpy pending(&replayer, &engine::OutboxReplayer::pending);
    QSignalSpy owedChanged(&replayer, &engine::OutboxReplayer::owedChanged);
    replayer.replay(kStream);
    QCOMPARE(pending.size(), 1);
    // The target failed: the rows are kept and a retry is scheduled.
    replayer.settle({kStream, owed->first, owed->last, {QStringLiteral("out")}, false, true});
    QCOMPARE(store->outbox().count(kStream), owed->count());

    replayer.discard(kStream);
    QCOMPARE(store->outbox().count(kStream), qint64(0));
    QCOMPARE(store->outbox().count(QStringLiteral("other")), others->count());
    QCOMPARE(owedChanged.last().at(0).toString(), kStream);
    QCOMPARE(owedChanged.last().at(1).toLongLong(), qint64(0));
}

QTEST_GUILESS_MAIN(TestForwardOutbox)
#include "tst_forwardoutbox.moc"
