#include "core/store/AlertQuery.h"
#include "core/store/AlertStore.h"
#include "core/store/PayloadSegments.h"
#include "core/store/StagedAlertsTable.h"
#include "core/store/StagedChunk.h"
#include "core/store/StoreSchema.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace alertdeck;
using store::AlertFilter;
using store::AlertQuery;
using store::AlertStore;
using store::PartitionOffsets;
using store::PayloadSegments;
using store::StagedChunkLocation;
using store::SortOrder;
using store::StoredAlert;

namespace {

decode::ReceivedAlert makeAlert(const QString &topic, qint32 partition, qint64 offset, qint64 receivedMs)
{
    decode::ReceivedAlert received;
    received.stream = QStringLiteral("GCN");
    received.topic = topic;
    received.partition = partition;
    received.offset = offset;
    received.receivedMs = receivedMs;
    received.alert.id = QStringLiteral("%1/%2/%3").arg(topic).arg(partition).arg(offset);
    received.alert.format = QStringLiteral("gcn.json");
    received.alert.source = QStringLiteral("Swift-BAT");
    received.alert.title = QStringLiteral("alert %1").arg(offset);
    received.payload = QByteArray("{\"n\":") + QByteArray::number(offset) + '}';
    return received;
}

// `count` alerts of one partition starting at `offset`, and the offsets that follow them.
std::pair<decode::AlertBatch, PartitionOffsets> makeBatch(qint64 offset, int count, qint64 receivedMs,
                                                          const QString &topic = QStringLiteral("t"))
{
    decode::AlertBatch batch;
    for (int i = 0; i < count; ++i)
        batch.append(makeAlert(topic, 0, offset + i, receivedMs));
    return {batch, PartitionOffsets{{{topic, 0}, offset + count}}};
}

QVector<StoredAlert> everything(AlertQuery &query, const AlertFilter &filter = {})
{
    QString error;
    const auto rows = query.page(filter, SortOrder::Received, false, std::nullopt, 1000000, &error);
    if (!rows)
        qWarning() << error;
    return rows.value_or(QVector<StoredAlert>());
}

// Runs raw SQL on the store file, as a second connection would.
void execSql(const QString &path, const char *text)
{
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
    char *message = nullptr;
    const int rc = sqlite3_exec(db, text, nullptr, nullptr, &message);
    const QString reason = QString::fromUtf8(message ? message : "");
    sqlite3_free(message);
    sqlite3_close(db);
    QVERIFY2(rc == SQLITE_OK, qPrintable(reason));
}

// The first column of every row `text` gives on a reader's connection (the one with the staged
// rows' virtual table), joined by commas; or the error.
QString readerColumn(const QString &path, const char *text)
{
    QString error;
    const store::SqliteDatabase db = store::schema::open(path, store::schema::Mode::ReadOnly, &error);
    if (!db)
        return error;
    sqlite3_stmt *raw = nullptr;
    if (sqlite3_prepare_v2(db.get(), text, -1, &raw, nullptr) != SQLITE_OK)
        return QString::fromUtf8(sqlite3_errmsg(db.get()));
    const store::SqliteStatement statement(raw);
    QStringList values;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(raw)) == SQLITE_ROW)
        values << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(raw, 0)));
    return rc == SQLITE_DONE ? values.join(QLatin1Char(',')) : QString::fromUtf8(sqlite3_errmsg(db.get()));
}

} // namespace

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
    void stagedRowsAreReadLikeStoredOnes();
    void chunkBytesCountUntilExpanded();
    void stagedChunksKeptInTheirRowsAreRead();
    void unreadableChunksAreSetAside();
    void stagedRowsAnswerKeyConditions();
    void retentionReachesStagedRows();
    void readsStoreWithoutStagedTable();

private:
    QString m_path;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AlertStore> openStore();
    std::unique_ptr<AlertStore> openStagingStore();
    std::unique_ptr<AlertStore> stagingStoreHolding(int alerts);
    std::unique_ptr<AlertQuery> openQuery();
    void moveChunksIntoRows();
};

void TestAlertStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("alerts.db"));
}

std::unique_ptr<AlertStore> TestAlertStore::openStore()
{
    QString error;
    auto store = AlertStore::open(m_path, &error);
    if (!store)
        qWarning() << error;
    return store;
}

// A store whose background indexer waits an hour: what is appended stays staged.
std::unique_ptr<AlertStore> TestAlertStore::openStagingStore()
{
    AlertStore::Options options;
    options.indexIdleMs = 3600000;
    QString error;
    auto store = AlertStore::open(m_path, options, &error);
    if (!store)
        qWarning() << error;
    return store;
}

// A staging store with `alerts` of stream GCN appended (offsets 0.., topic "t", partition 0); null
// if that failed.
std::unique_ptr<AlertStore> TestAlertStore::stagingStoreHolding(int alerts)
{
    auto store = openStagingStore();
    QString error;
    const auto [batch, next] = makeBatch(0, alerts, 1000);
    if (store && !store->append(QStringLiteral("GCN"), batch, next, &error)) {
        qWarning() << error;
        store.reset();
    }
    return store;
}

std::unique_ptr<AlertQuery> TestAlertStore::openQuery()
{
    QString error;
    auto query = AlertQuery::open(m_path, &error);
    if (!query)
        qWarning() << error;
    return query;
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

// Rows not expanded yet (the indexer held back) answer every reader: pages both ways, payloads,
// counts and the lookup by Kafka coordinates; a damaged chunk gives an error, not garbage.
void TestAlertStore::stagedRowsAreReadLikeStoredOnes()
{
    auto store = stagingStoreHolding(3000);
    QVERIFY(store);
    QString error;
    QCOMPARE(store->unindexedCount(), 3000);

    auto query = openQuery();
    const auto newest = query->page({}, SortOrder::Received, true, std::nullopt, 10, &error);
    QVERIFY2(newest, qPrintable(error));
    QCOMPARE(newest->size(), 10);
    QCOMPARE(newest->first().record.offset, 2999);
    QCOMPARE(newest->last().record.offset, 2990);
    QCOMPARE(newest->first().record.alert.title, QStringLiteral("alert 2999"));
    const QVector<StoredAlert> all = everything(*query);
    QCOMPARE(all.size(), 3000);
    for (int i = 0; i < all.size(); ++i)
        QCOMPARE(all.at(i).record.offset, qint64(i));
    QCOMPARE(query->payload(all.at(1500).key, &error).value_or(QByteArray()), QByteArray("{\"n\":1500}"));
    QCOMPARE(query->countEstimate({}, &error).value_or(-1), 3000);
    AlertFilter byText;
    byText.text = QStringLiteral("alert 29"); // 29, 290-299 and 2900-2999
    QCOMPARE(everything(*query, byText).size(), 111);
    QCOMPARE(query->countEstimate(byText, &error).value_or(-1), 111);
    const auto found = query->firstOfMessage({QStringLiteral("GCN"), QStringLiteral("t"), 0, 2500}, &error);
    QVERIFY2(found, qPrintable(error));
    QCOMPARE(found->record.offset, 2500);

    // A damaged record of where a chunk is, and a chunk its payload file no longer holds, are errors.
    execSql(m_path, "UPDATE staged SET rows = substr(rows, 1, 2) WHERE first_key = 1");
    auto damaged = openQuery();
    QVERIFY(!damaged->page({}, SortOrder::Received, false, std::nullopt, 10, &error));
    QVERIFY2(error.contains(QStringLiteral("damaged")), qPrintable(error));
    QFile segment(m_path + QStringLiteral("-payloads/00000001.seg"));
    QVERIFY(segment.resize(100));
    error.clear();
    QVERIFY(!damaged->page({}, SortOrder::Received, true, std::nullopt, 10, &error));
    QVERIFY2(error.contains(QStringLiteral("payload file")), qPrintable(error));
}

// The bytes chunks take in the payload file count with the payloads until the chunks are expanded.
void TestAlertStore::chunkBytesCountUntilExpanded()
{
    auto store = stagingStoreHolding(3000);
    QVERIFY(store);
    QString error;
    const qint64 counted = readerColumn(m_path, "SELECT value FROM meta WHERE name = 'payload_bytes'").toLongLong();
    const qint64 chunks = readerColumn(m_path, "SELECT sum(ad_chunk_bytes(rows)) FROM staged").toLongLong();
    QVERIFY(chunks > 3000 * 20); // a row takes more than 20 bytes
    QVERIFY2(store->indexAll(&error), qPrintable(error));
    QCOMPARE(readerColumn(m_path, "SELECT value FROM meta WHERE name = 'payload_bytes'").toLongLong(), counted - chunks);
}

// Stores written before chunks went to the payload files hold each chunk in its `staged` row (and
// did not count it with the payloads): they read the same, and expand to the same count.
void TestAlertStore::stagedChunksKeptInTheirRowsAreRead()
{
    auto store = stagingStoreHolding(3000);
    QVERIFY(store);
    QString error;
    moveChunksIntoRows();
    const QString counted = readerColumn(m_path, "SELECT value FROM meta WHERE name = 'payload_bytes'");

    auto query = openQuery();
    const QVector<StoredAlert> all = everything(*query);
    QCOMPARE(all.size(), 3000);
    for (int i = 0; i < all.size(); ++i) {
        QCOMPARE(all.at(i).record.offset, qint64(i));
        QCOMPARE(all.at(i).record.alert.title, QStringLiteral("alert %1").arg(i));
    }
    QCOMPARE(query->payload(all.at(2999).key, &error).value_or(QByteArray()), QByteArray("{\"n\":2999}"));
    QVERIFY2(store->indexAll(&error), qPrintable(error));
    QCOMPARE(store->unindexedCount(), 0);
    QCOMPARE(everything(*query).size(), 3000);
    QCOMPARE(readerColumn(m_path, "SELECT value FROM meta WHERE name = 'payload_bytes'"), counted);
}

// A chunk that cannot be read is set aside with its reason, and the rest of the rows are indexed and
// kept by retention as usual, instead of indexing stopping there for good.
void TestAlertStore::unreadableChunksAreSetAside()
{
    auto store = stagingStoreHolding(3000);
    QVERIFY(store);
    QString error;
    execSql(m_path, "UPDATE staged SET rows = substr(rows, 1, 2) WHERE first_key = 1025");
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("alerts 1025 to 2048 .* set aside: .*damaged")));
    QVERIFY2(store->indexAll(&error), qPrintable(error));
    QCOMPARE(store->unindexedCount(), 0);
    QCOMPARE(store->alertCount(), 3000 - 1024);
    QCOMPARE(readerColumn(m_path, "SELECT first_key || '-' || last_key FROM staged_damaged"), QStringLiteral("1025-2048"));
    QVERIFY(readerColumn(m_path, "SELECT reason FROM staged_damaged").contains(QStringLiteral("damaged")));
    auto query = openQuery();
    const QVector<StoredAlert> rows = everything(*query);
    QCOMPARE(rows.size(), 3000 - 1024);
    QCOMPARE(rows.at(1023).record.offset, 1023);
    QCOMPARE(rows.at(1024).record.offset, 2048);
    QCOMPARE(query->payload(rows.last().key, &error).value_or(QByteArray()), QByteArray("{\"n\":2999}"));
    // The byte count holds only what the kept rows reference.
    QCOMPARE(readerColumn(m_path, "SELECT value FROM meta WHERE name = 'payload_bytes'"),
             readerColumn(m_path, "SELECT sum(payload_len + headers_len) FROM alerts"));

    // Later rows whose payload file was cut short (past the zeros that pad it to a block): their
    // last chunk is set aside too, and retention goes on past it.
    const auto [more, next] = makeBatch(3000, 1500, QDateTime::currentMSecsSinceEpoch());
    QVERIFY2(store->append(QStringLiteral("GCN"), more, next, &error), qPrintable(error));
    QFile segment(m_path + QStringLiteral("-payloads/00000001.seg"));
    QVERIFY(segment.resize(segment.size() - 8192));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("alerts 4025 to 4500 .* set aside: .*payload file")));
    const std::optional<qint64> removed = store->applyRetention({0, 1}, &error);
    QVERIFY2(removed, qPrintable(error));
    QCOMPARE(store->alertCount(), 0);
    QCOMPARE(readerColumn(m_path, "SELECT count(*) FROM staged_damaged"), QStringLiteral("2"));
}

// Rewrites every `staged` row as the writer did before chunks went to the payload files.
void TestAlertStore::moveChunksIntoRows()
{
    sqlite3 *raw = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(m_path).constData(), &raw), SQLITE_OK);
    const store::SqliteDatabase db(raw);
    store::StagedAlertsTable::registerOn(raw); // for ad_chunk_bytes()
    const PayloadSegments segments(PayloadSegments::directoryFor(m_path), PayloadSegments::Caching::PageCache);
    sqlite3_stmt *select = nullptr;
    QCOMPARE(sqlite3_prepare_v2(raw, "SELECT first_key, rows FROM staged", -1, &select, nullptr), SQLITE_OK);
    const store::SqliteStatement selecting(select);
    std::vector<std::pair<qint64, QByteArray>> chunks;
    while (sqlite3_step(select) == SQLITE_ROW) {
        const auto location = StagedChunkLocation::decode(static_cast<const char *>(sqlite3_column_blob(select, 1)),
                                                          sqlite3_column_bytes(select, 1));
        QVERIFY(location);
        QString error;
        const std::optional<QByteArray> bytes = segments.read(location->segment, location->offset, location->length, &error);
        QVERIFY2(bytes, qPrintable(error));
        chunks.emplace_back(sqlite3_column_int64(select, 0), *bytes);
    }
    QCOMPARE(chunks.size(), size_t(3));
    QCOMPARE(sqlite3_exec(raw, "UPDATE meta SET value = value - (SELECT sum(ad_chunk_bytes(rows)) FROM staged) "
                               "WHERE name = 'payload_bytes'", nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_stmt *update = nullptr;
    QCOMPARE(sqlite3_prepare_v2(raw, "UPDATE staged SET rows = ? WHERE first_key = ?", -1, &update, nullptr), SQLITE_OK);
    const store::SqliteStatement updating(update);
    for (const auto &[first, bytes] : chunks) {
        sqlite3_bind_blob(update, 1, bytes.constData(), int(bytes.size()), SQLITE_STATIC);
        sqlite3_bind_int64(update, 2, first);
        QCOMPARE(sqlite3_step(update), SQLITE_DONE);
        sqlite3_reset(update);
    }
}

// The virtual table narrows its chunks by the key conditions SQLite hands it, in either order,
// at the extremes of a 64-bit key and across the chunks' boundaries (1,024 rows each).
void TestAlertStore::stagedRowsAnswerKeyConditions()
{
    auto store = stagingStoreHolding(3000);
    QVERIFY(store);
    QString error;
    QCOMPARE(readerColumn(m_path, "SELECT count(*) FROM main.staged"), QStringLiteral("3"));

    const auto keys = [this](const char *where) {
        const QByteArray text = QByteArray("SELECT key FROM staged_alerts WHERE ") + where;
        return readerColumn(m_path, text.constData());
    };
    QCOMPARE(keys("key = 1025"), QStringLiteral("1025"));
    QCOMPARE(keys("key IN (3000, 1, 1024, 1025, 4000)"), QStringLiteral("1,1024,1025,3000"));
    QCOMPARE(keys("key > 2997"), QStringLiteral("2998,2999,3000"));
    QCOMPARE(keys("key >= 1023 AND key < 1027"), QStringLiteral("1023,1024,1025,1026"));
    QCOMPARE(keys("key BETWEEN 2047 AND 2050 ORDER BY key DESC"), QStringLiteral("2050,2049,2048,2047"));
    QCOMPARE(keys("key <= 2 ORDER BY key DESC"), QStringLiteral("2,1"));
    QCOMPARE(keys("key > 2000 AND key < 1000"), QString());
    QCOMPARE(keys("key = 0 OR key = 3001"), QString());
    QCOMPARE(keys("key >= -9223372036854775808 AND key < 3"), QStringLiteral("1,2"));
    QCOMPARE(keys("key > 2998 AND key <= 9223372036854775807"), QStringLiteral("2999,3000"));
    QCOMPARE(keys("key < -9223372036854775807"), QString());
    QCOMPARE(readerColumn(m_path, "SELECT count(*) FROM staged_alerts"), QStringLiteral("3000"));
    QCOMPARE(readerColumn(m_path, "SELECT title FROM staged_alerts ORDER BY key DESC LIMIT 2"),
             QStringLiteral("alert 2999,alert 2998"));
    QCOMPARE(readerColumn(m_path, "SELECT group_concat(key) FROM staged_alerts WHERE title = 'alert 1500'"),
             QStringLiteral("1501"));
}

// Retention over rows still staged: they are expanded up to the cut, the older ones removed, and
// the rest stays readable, staged or not.
void TestAlertStore::retentionReachesStagedRows()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 day = 86400000;
    auto store = openStagingStore();
    QVERIFY(store);
    QString error;
    qint64 offset = 0;
    for (const qint64 age : {10 * day, 9 * day, 0ll}) {
        const auto [batch, next] = makeBatch(offset, 1500, now - age);
        QVERIFY2(store->append(QStringLiteral("GCN"), batch, next, &error), qPrintable(error));
        offset += 1500;
    }
    QCOMPARE(store->unindexedCount(), 4500);
    const std::optional<qint64> removed = store->applyRetention({7, 0}, &error);
    QVERIFY2(removed, qPrintable(error));
    QCOMPARE(*removed, 3000);
    QCOMPARE(store->alertCount(), 1500);
    auto query = openQuery();
    const QVector<StoredAlert> rows = everything(*query);
    QCOMPARE(rows.size(), 1500);
    QCOMPARE(rows.first().record.offset, 3000);
    QCOMPARE(rows.last().record.offset, 4499);
    QCOMPARE(query->payload(rows.at(700).key, &error).value_or(QByteArray()), QByteArray("{\"n\":3700}"));
    QCOMPARE(query->countEstimate({}, &error).value_or(-1), 1500);
}

// A store written before rows were staged has no `staged` table; a reader opening it first (the
// writer adds the table) still reads every row.
void TestAlertStore::readsStoreWithoutStagedTable()
{
    {
        auto store = openStore();
        QVERIFY(store);
        QString error;
        const auto [batch, next] = makeBatch(0, 20, 1000);
        QVERIFY2(store->append(QStringLiteral("GCN"), batch, next, &error), qPrintable(error));
        QVERIFY2(store->indexAll(&error), qPrintable(error));
    }
    execSql(m_path, "DROP TABLE staged");
    auto query = openQuery();
    QVERIFY(query);
    QString error;
    const QVector<StoredAlert> rows = everything(*query);
    QCOMPARE(rows.size(), 20);
    QCOMPARE(rows.last().record.alert.title, QStringLiteral("alert 19"));
    QCOMPARE(query->countEstimate({}, &error).value_or(-1), 20);
    const auto found = query->firstOfMessage({QStringLiteral("GCN"), QStringLiteral("t"), 0, 7}, &error);
    QVERIFY2(found, qPrintable(error));
    QCOMPARE(found->record.offset, 7);
}

QTEST_GUILESS_MAIN(TestAlertStore)
#include "tst_alertstore.moc"
