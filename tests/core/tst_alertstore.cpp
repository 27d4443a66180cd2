#include "StoreTestDir.h"
#include "core/store/AlertQuery.h"
#include "core/store/AlertStore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTest>

using namespace alertdeck;
using store::AlertFilter;
using store::AlertQuery;
using store::AlertStore;
using store::PartitionOffsets;
using store::StoredAlert;
using test::everything;
using test::execSql;
using test::makeAlert;
using test::makeBatch;

class TestAlertStore : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void roundTripsEveryField();
    void roundTripsNulls();
    void storesOffsetsWithAlerts();
    void offsetsOnlyBatch();
    void failedBatchLeavesNothing();
    void failedPayloadWriteLeavesNothing();
    void repeatedBatchIsIgnored();
    void resumesFromCommittedOffsets();
    void sharesPayloadOfOneMessage();
    void retentionByDays();
    void retentionBySize();
    void retentionRemovesUnreferencedSegments();
    void indexesInBackgroundOncePaused();

private:
    std::unique_ptr<test::StoreTestDir> m_dir;
    QString m_path;
    std::unique_ptr<AlertStore> openStore() { return m_dir->openStore(); }
    std::unique_ptr<AlertQuery> openQuery() { return m_dir->openQuery(); }
};

void TestAlertStore::init()
{
    m_dir = std::make_unique<test::StoreTestDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->path();
}

void TestAlertStore::roundTripsEveryField()
{
    auto store = openStore();
    QVERIFY(store);
    decode::ReceivedAlert in = makeAlert(QStringLiteral("igwn.gwalert"), 3, 41, 1735689600123);
    decode::Alert &a = in.alert;
    a.id = QStringLiteral("S250101a-2-Initial");
    a.format = QStringLiteral("hop.json");
    a.source = QStringLiteral("IGWN");
    a.event = QStringLiteral("S250101a");
    a.alertType = QStringLiteral("Initial");
    a.time = QStringLiteral("2025-01-01T00:00:01.5Z");
    a.ra = 123.456;
    a.dec = -45.5;
    a.errorRadius = 12.25;
    a.mag = 18.5;
    a.score = 0.99;
    a.far = 3.17e-10;
    a.test = true;
    a.title = QStringLiteral("IGWN Initial S250101a — ünïcode");
    a.decodeError = QStringLiteral("partly decoded");
    in.payload = QByteArray("{\"superevent_id\":\"S250101a\"}\0tail", 34);
    in.headers = {{"_format", "json"}, {"empty", ""}, {"null", QByteArray()}};
    QString error;
    QVERIFY2(store->append(QStringLiteral("SCiMMA"), {in}, {}, &error), qPrintable(error));
    store.reset(); // a reader opens a store no writer has open, too

    auto query = openQuery();
    const QVector<StoredAlert> rows = everything(*query);
    QCOMPARE(rows.size(), 1);
    const decode::ReceivedAlert &out = rows.first().record;
    QCOMPARE(out.stream, QStringLiteral("SCiMMA"));
    QCOMPARE(out.topic, in.topic);
    QCOMPARE(out.partition, 3);
    QCOMPARE(out.offset, 41);
    QCOMPARE(out.receivedMs, in.receivedMs);
    QCOMPARE(out.alert.toJson(), a.toJson());
    QCOMPARE(out.alert.decodeError, a.decodeError);
    QCOMPARE(query->payload(rows.first().key, &error).value_or(QByteArray()), in.payload);
    const auto headers = query->headers(rows.first().key, &error);
    QVERIFY2(headers, qPrintable(error));
    QCOMPARE(*headers, in.headers);
    QVERIFY(headers->at(2).second.isNull());
    QVERIFY(!headers->at(1).second.isNull());
}

void TestAlertStore::roundTripsNulls()
{
    auto store = openStore();
    decode::ReceivedAlert in;
    in.stream = QStringLiteral("files");
    in.topic = QStringLiteral("");
    in.alert.format = QStringLiteral("text");
    in.alert.source = QStringLiteral("unknown");
    QString error;
    QVERIFY2(store->append(QStringLiteral("files"), {in, in}, {}, &error), qPrintable(error));
    auto query = openQuery();
    const QVector<StoredAlert> rows = everything(*query);
    // Without a Kafka position nothing can tell two alerts apart as duplicates: both are kept.
    QCOMPARE(rows.size(), 2);
    const decode::Alert &out = rows.first().record.alert;
    QVERIFY(out.event.isNull());
    QVERIFY(out.alertType.isNull());
    QVERIFY(out.time.isNull());
    QVERIFY(!out.ra && !out.dec && !out.errorRadius && !out.mag && !out.score && !out.far);
    QVERIFY(!out.test);
    QVERIFY(out.decodeError.isEmpty());
    QCOMPARE(out.toJson(), in.alert.toJson());
    QCOMPARE(query->payload(rows.first().key, &error).value_or(QByteArray("x")), QByteArray());
    QVERIFY(query->headers(rows.first().key, &error).value_or(decode::MessageHeaders{{"x", "y"}}).isEmpty());
}

void TestAlertStore::storesOffsetsWithAlerts()
{
    auto store = openStore();
    auto [batch, offsets] = makeBatch(0, 10, 1000);
    offsets.insert({QStringLiteral("other"), 2}, 77);
    QString error;
    QVERIFY2(store->append(QStringLiteral("GCN"), batch, offsets, &error), qPrintable(error));
    QCOMPARE(store->committedOffsets(QStringLiteral("GCN")), offsets);
    QVERIFY(store->committedOffsets(QStringLiteral("SCiMMA")).isEmpty());
    QCOMPARE(store->alertCount(), 10);
}

void TestAlertStore::offsetsOnlyBatch()
{
    auto store = openStore();
    QString error;
    const PartitionOffsets offsets{{{QStringLiteral("quiet"), 0}, 5}};
    QVERIFY2(store->append(QStringLiteral("GCN"), {}, offsets, &error), qPrintable(error));
    QCOMPARE(store->committedOffsets(QStringLiteral("GCN")), offsets);
    QCOMPARE(store->alertCount(), 0);
}

void TestAlertStore::failedBatchLeavesNothing()
{
    auto store = openStore();
    QString error;
    const auto [first, firstOffsets] = makeBatch(0, 5, 1000);
    QVERIFY(store->append(QStringLiteral("GCN"), first, firstOffsets, &error));
    // Fails the batch's staged rows, after its names and partitions were written.
    execSql(m_path, "CREATE TRIGGER poison BEFORE INSERT ON staged WHEN NEW.first_key > 5 "
                    "BEGIN SELECT RAISE(ABORT, 'poisoned row'); END;");
    auto [second, secondOffsets] = makeBatch(5, 10, 2000);
    for (decode::ReceivedAlert &alert : second)
        alert.alert.source = QStringLiteral("Brand-New-Source");
    QVERIFY(!store->append(QStringLiteral("GCN"), second, secondOffsets, &error));
    QVERIFY2(error.contains(QStringLiteral("poisoned row")), qPrintable(error));
    QCOMPARE(store->alertCount(), 5);
    QCOMPARE(store->committedOffsets(QStringLiteral("GCN")), firstOffsets);
    auto query = openQuery();
    QCOMPARE(everything(*query).size(), 5);

    // Once the cause is gone the same batch goes in whole (names rolled back are created again).
    execSql(m_path, "DROP TRIGGER poison");
    QVERIFY2(store->append(QStringLiteral("GCN"), second, secondOffsets, &error), qPrintable(error));
    QCOMPARE(store->committedOffsets(QStringLiteral("GCN")), secondOffsets);
    const QVector<StoredAlert> rows = everything(*query);
    QCOMPARE(rows.size(), 15);
    QCOMPARE(rows.last().record.alert.source, QStringLiteral("Brand-New-Source"));
}

void TestAlertStore::failedPayloadWriteLeavesNothing()
{
    // The payload directory cannot be created (a file is in its place): the rows were inserted
    // while the payload write failed, and the transaction must not commit.
    QFile blocker(m_path + QStringLiteral("-payloads"));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    auto store = openStore();
    QString error;
    const auto [batch, offsets] = makeBatch(0, 20, 1000);
    QVERIFY(!store->append(QStringLiteral("GCN"), batch, offsets, &error));
    QVERIFY(error.contains(QStringLiteral("payload")));
    QCOMPARE(store->alertCount(), 0);
    QVERIFY(store->committedOffsets(QStringLiteral("GCN")).isEmpty());

    QVERIFY(QFile::remove(blocker.fileName()));
    QVERIFY2(store->append(QStringLiteral("GCN"), batch, offsets, &error), qPrintable(error));
    auto query = openQuery();
    const QVector<StoredAlert> rows = everything(*query);
    QCOMPARE(rows.size(), 20);
    QCOMPARE(query->payload(rows.at(7).key, &error).value_or(QByteArray()), batch.at(7).payload);
}

void TestAlertStore::repeatedBatchIsIgnored()
{
    auto store = openStore();
    QString error;
    const auto [batch, offsets] = makeBatch(0, 50, 1000);
    QVERIFY(store->append(QStringLiteral("GCN"), batch, offsets, &error));
    QVERIFY(store->append(QStringLiteral("GCN"), batch, offsets, &error));
    // An overlapping batch (a consumer re-reading after a rebalance) adds only what is new.
    const auto [overlap, overlapOffsets] = makeBatch(40, 20, 2000);
    QVERIFY(store->append(QStringLiteral("GCN"), overlap, overlapOffsets, &error));
    QCOMPARE(store->alertCount(), 60);
    auto query = openQuery();
    const QVector<StoredAlert> rows = everything(*query);
    QCOMPARE(rows.size(), 60);
    for (int i = 0; i < rows.size(); ++i)
        QCOMPARE(rows.at(i).record.offset, qint64(i));
    // The same offsets in another stream are other alerts.
    QVERIFY(store->append(QStringLiteral("Other"), batch, offsets, &error));
    QCOMPARE(store->alertCount(), 110);
}

void TestAlertStore::resumesFromCommittedOffsets()
{
    QString error;
    PartitionOffsets offsets;
    {
        auto store = openStore();
        for (int round = 0; round < 3; ++round) {
            const auto [batch, next] = makeBatch(round * 10, 10, 1000 + round);
            QVERIFY(store->append(QStringLiteral("GCN"), batch, next, &error));
            offsets = next;
        }
    }
    auto reopened = openStore();
    QCOMPARE(reopened->committedOffsets(QStringLiteral("GCN")), offsets);
    QCOMPARE(reopened->alertCount(), 30);
    const qint64 resume = reopened->committedOffsets(QStringLiteral("GCN")).value({QStringLiteral("t"), 0});
    const auto [batch, next] = makeBatch(resume, 5, 5000);
    QVERIFY(reopened->append(QStringLiteral("GCN"), batch, next, &error));
    auto query = openQuery();
    QCOMPARE(everything(*query).constLast().record.offset, 34);
}

void TestAlertStore::sharesPayloadOfOneMessage()
{
    // An Avro container: one Kafka message, three alerts sharing its payload.
    decode::ReceivedAlert first = makeAlert(QStringLiteral("ztf"), 0, 7, 1000);
    first.payload = QByteArray(5000, 'a');
    decode::AlertBatch batch{first, first, first};
    for (int i = 0; i < 3; ++i)
        batch[i].alert.id = QStringLiteral("candid-%1").arg(i);
    auto store = openStore();
    QString error;
    QVERIFY(store->append(QStringLiteral("ZTF"), batch, {{{QStringLiteral("ztf"), 0}, 8}}, &error));
    QVERIFY(store->append(QStringLiteral("ZTF"), batch, {{{QStringLiteral("ztf"), 0}, 8}}, &error));
    QCOMPARE(store->alertCount(), 3);
    // Written once, not three times (direct I/O pads the file up to its next 4 KiB block).
    const qint64 segmentSize = QFileInfo(m_path + QStringLiteral("-payloads/00000001.seg")).size();
    QVERIFY2(segmentSize >= 5000 && segmentSize < 5000 + 4096, qPrintable(QString::number(segmentSize)));
    auto query = openQuery();
    for (const StoredAlert &row : everything(*query))
        QCOMPARE(query->payload(row.key, &error).value_or(QByteArray()), first.payload);
}

void TestAlertStore::retentionByDays()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 day = 86400000;
    auto store = openStore();
    QString error;
    qint64 offset = 0;
    for (const qint64 age : {10 * day, 8 * day, 5 * day, 0ll}) {
        const auto [batch, next] = makeBatch(offset, 300, now - age);
        QVERIFY(store->append(QStringLiteral("GCN"), batch, next, &error));
        offset += 300;
        if (age == 8 * day)
            QVERIFY(store->indexAll(&error)); // index entries of removed rows must go too
    }
    const std::optional<qint64> removed = store->applyRetention({7, 0}, &error);
    QVERIFY2(removed, qPrintable(error));
    QCOMPARE(*removed, 600);
    QCOMPARE(store->alertCount(), 600);
    auto query = openQuery();
    const QVector<StoredAlert> rows = everything(*query);
    QCOMPARE(rows.size(), 600);
    QCOMPARE(rows.first().record.offset, 600);
    AlertFilter bySource;
    bySource.source = QStringLiteral("Swift-BAT");
    QCOMPARE(everything(*query, bySource).size(), 600);
    QCOMPARE(query->countEstimate(bySource, &error).value_or(-1), 600);
    QCOMPARE(*store->applyRetention({7, 0}, &error), 0);
    // Offsets stay: the stream resumes after what retention removed, it does not re-read it.
    QCOMPARE(store->committedOffsets(QStringLiteral("GCN")).value({QStringLiteral("t"), 0}), 1200);
}

void TestAlertStore::retentionBySize()
{
    auto store = openStore();
    QString error;
    for (int round = 0; round < 4; ++round) {
        auto [batch, next] = makeBatch(round * 500, 500, 1000 + round);
        for (decode::ReceivedAlert &alert : batch)
            alert.payload = QByteArray(4000, char('a' + round));
        QVERIFY(store->append(QStringLiteral("GCN"), batch, next, &error));
    }
    const qint64 before = store->liveBytes();
    QVERIFY(before > 4 * 500 * 4000);
    const qint64 limit = before / 2;
    const std::optional<qint64> removed = store->applyRetention({0, limit}, &error);
    QVERIFY2(removed, qPrintable(error));
    QVERIFY(*removed > 0);
    QVERIFY2(store->liveBytes() <= limit, qPrintable(QString::number(store->liveBytes())));
    // Oldest first: what is left is the newest, contiguous to the end.
    auto query = openQuery();
    const QVector<StoredAlert> rows = everything(*query);
    QCOMPARE(qint64(rows.size()), 2000 - *removed);
    QCOMPARE(rows.last().record.offset, 1999);
    QCOMPARE(rows.first().record.offset, *removed);
    QCOMPARE(query->payload(rows.first().key, &error).value_or(QByteArray()).size(), 4000);
}

void TestAlertStore::retentionRemovesUnreferencedSegments()
{
    // Payload files roll over at 64 MiB: 9 batches of 9 MB make two, the first of which retention
    // frees whole once every row pointing into it is gone.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto store = openStore();
    QString error;
    for (int round = 0; round < 9; ++round) {
        auto [batch, next] = makeBatch(round * 1000, 1000, round < 8 ? now - 30ll * 86400000 : now);
        for (decode::ReceivedAlert &alert : batch)
            alert.payload = QByteArray(9000, 'p');
        QVERIFY(store->append(QStringLiteral("GCN"), batch, next, &error));
    }
    const QDir payloads(m_path + QStringLiteral("-payloads"));
    QCOMPARE(payloads.entryList(QDir::Files).size(), 2);
    QCOMPARE(store->applyRetention({7, 0}, &error).value_or(-1), 8000);
    QCOMPARE(payloads.entryList(QDir::Files), QStringList{QStringLiteral("00000002.seg")});
    auto query = openQuery();
    const QVector<StoredAlert> rows = everything(*query);
    QCOMPARE(rows.size(), 1000);
    QCOMPARE(query->payload(rows.first().key, &error).value_or(QByteArray()).size(), 9000);
}

void TestAlertStore::indexesInBackgroundOncePaused()
{
    AlertStore::Options options;
    options.indexIdleMs = 100;
    QString error;
    auto store = AlertStore::open(m_path, options, &error);
    QVERIFY2(store, qPrintable(error));
    for (int round = 0; round < 5; ++round) {
        const auto [batch, next] = makeBatch(round * 10000, 10000, 1000 + round);
        QVERIFY(store->append(QStringLiteral("GCN"), batch, next, &error));
    }
    auto query = openQuery();
    AlertFilter bySource;
    bySource.source = QStringLiteral("Swift-BAT");
    // Before and after indexing the same rows are found: unindexed ones through the tail scan.
    QCOMPARE(everything(*query, bySource).size(), 50000);
    QTRY_COMPARE_WITH_TIMEOUT(store->unindexedCount(), 0, 30000);
    const QVector<StoredAlert> rows = everything(*query, bySource);
    QCOMPARE(rows.size(), 50000);
    QCOMPARE(rows.last().record.offset, 49999);
}

QTEST_GUILESS_MAIN(TestAlertStore)
#include "tst_alertstore.moc"
