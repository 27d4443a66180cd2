// Rows the writer stages in chunks (StagedChunk) and the indexer expands later: readers see them
// like stored rows; chunks in the payload files or (older stores) in their rows; damage set aside.
#include "StoreTestDir.h"
#include "core/store/PayloadSegments.h"
#include "core/store/SqliteHandle.h"
#include "core/store/StagedAlertsTable.h"
#include "core/store/StagedChunk.h"

#include <QDateTime>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include <sqlite3.h>

using namespace alertdeck;
using store::AlertFilter;
using store::AlertStore;
using store::PayloadSegments;
using store::SortOrder;
using store::StagedChunkLocation;
using store::StoredAlert;
using test::everything;
using test::execSql;
using test::makeBatch;
using test::readerColumn;

class TestStagedRows : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void stagedRowsAreReadLikeStoredOnes();
    void chunkBytesCountUntilExpanded();
    void stagedChunksKeptInTheirRowsAreRead();
    void unreadableChunksAreSetAside();
    void stagedRowsAnswerKeyConditions();
    void retentionReachesStagedRows();
    void readsStoreWithoutStagedTable();

private:
    std::unique_ptr<test::StoreTestDir> m_dir;
    QString m_path;
    std::unique_ptr<AlertStore> openStore() { return m_dir->openStore(); }
    std::unique_ptr<AlertStore> openStagingStore() { return m_dir->openStagingStore(); }
    std::unique_ptr<AlertStore> stagingStoreHolding(int alerts) { return m_dir->stagingStoreHolding(alerts); }
    std::unique_ptr<store::AlertQuery> openQuery() { return m_dir->openQuery(); }
    void moveChunksIntoRows();
};

void TestStagedRows::init()
{
    m_dir = std::make_unique<test::StoreTestDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->path();
}

// Rows not expanded yet (the indexer held back) answer every reader: pages both ways, payloads,
// counts and the lookup by Kafka coordinates; a damaged chunk gives an error, not garbage.
void TestStagedRows::stagedRowsAreReadLikeStoredOnes()
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
void TestStagedRows::chunkBytesCountUntilExpanded()
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
void TestStagedRows::stagedChunksKeptInTheirRowsAreRead()
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
void TestStagedRows::unreadableChunksAreSetAside()
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
void TestStagedRows::moveChunksIntoRows()
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
void TestStagedRows::stagedRowsAnswerKeyConditions()
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
void TestStagedRows::retentionReachesStagedRows()
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
void TestStagedRows::readsStoreWithoutStagedTable()
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

QTEST_GUILESS_MAIN(TestStagedRows)
#include "tst_stagedrows.moc"
