// Locating a notified alert by its Kafka coordinates (AlertHistory::locate): the first alert of the
// message, its distance from the newest end of the filtered, sorted table, and its neighbours, on a
// 12,000-alert store the test writes itself (three interleaved partitions, some messages holding two
// alerts as an Avro container does, half of the rows indexed and half in the unindexed tail).
#include "core/store/AlertHistory.h"
#include "core/store/AlertStore.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace alertdeck;
using store::AlertFilter;
using store::HistoryLocation;
using store::SortOrder;

namespace {

constexpr int kMessages = 10000;
constexpr int kPartitions = 3;
constexpr qint64 kBaseMs = 1735689600000;
const QStringList kSources = {QStringLiteral("IGWN"), QStringLiteral("Swift-BAT"), QStringLiteral("IceCube")};

// What the test knows of each stored row (row key = index + 1: keys are dense from 1).
struct Row
{
    qint64 key = 0;
    int message = 0;
    int partition = 0;
    qint64 offset = 0;
    QString source;
    qint64 timeMs = 0;
    double mag = 0;
};

// Message m: partition m % 3 at offset (m / 3) * 2, so odd offsets are never used; every fifth
// message holds two alerts. Event times are a permutation of the arrival order, so sorting by them
// differs from arrival.
QVector<Row> plannedRows()
{
    QVector<Row> rows;
    for (int m = 0; m < kMessages; ++m) {
        for (int sub = 0; sub < (m % 5 == 0 ? 2 : 1); ++sub) {
            const qint64 n = rows.size();
            rows.append({n + 1, m, m % kPartitions, qint64(m / kPartitions) * 2, kSources.at(n % 3),
                         kBaseMs + (n * 7919) % 12000 * 1000, 10.0 + double(n % 100) / 10.0});
        }
    }
    return rows;
}

decode::ReceivedAlert toAlert(const Row &row)
{
    decode::ReceivedAlert received;
    received.stream = QStringLiteral("s");
    received.topic = QStringLiteral("t");
    received.partition = row.partition;
    received.offset = row.offset;
    received.receivedMs = kBaseMs + row.key * 1000;
    received.alert.id = QStringLiteral("id-%1").arg(row.key);
    received.alert.format = QStringLiteral("json");
    received.alert.source = row.source;
    received.alert.time = QDateTime::fromMSecsSinceEpoch(row.timeMs, Qt::UTC).toString(Qt::ISODateWithMs);
    received.alert.mag = row.mag;
    received.alert.title = QStringLiteral("notice %1").arg(row.key);
    received.payload = "{}";
    return received;
}

store::KafkaCoordinates coordinates(const Row &row)
{
    return {QStringLiteral("s"), QStringLiteral("t"), row.partition, row.offset};
}

bool passes(const Row &row, const AlertFilter &filter)
{
    if (!filter.source.isEmpty() && row.source != filter.source)
        return false;
    for (const AlertFilter::Number &number : filter.numbers) {
        if (number.field == QLatin1String("mag") && !(row.mag < number.value))
            return false;
    }
    return true;
}

// The filtered rows up to `upToKey` in `order`, oldest first: what the table shows.
QVector<Row> expectedResult(const QVector<Row> &rows, const AlertFilter &filter, SortOrder order, qint64 upToKey)
{
    QVector<Row> result;
    for (const Row &row : rows) {
        if (row.key <= upToKey && passes(row, filter))
            result.append(row);
    }
    if (order == SortOrder::Time) {
        std::sort(result.begin(), result.end(), [](const Row &a, const Row &b) {
            return std::make_pair(a.timeMs, a.key) < std::make_pair(b.timeMs, b.key);
        });
    }
    return result;
}

} // namespace

class TestAlertLocate : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void newestAlertIsAtTheNewestEnd();
    void deepAlertKeepsItsPlace_data();
    void deepAlertKeepsItsPlace();
    void firstAlertOfAContainer();
    void alertHiddenByTheFilter();
    void unknownCoordinatesAreMissing_data();
    void unknownCoordinatesAreMissing();
    void alertNotReadByTheTableYet();
    void farIntoABigResultThePlaceIsAProportion();

private:
    HistoryLocation locate(const store::KafkaCoordinates &message, const AlertFilter &filter = {},
                           SortOrder order = SortOrder::Received, qint64 upToKey = -1);
    const Row &firstRowOf(int message) const;

    QTemporaryDir m_dir;
    QVector<Row> m_rows;
    std::unique_ptr<store::AlertStore> m_store;
    std::unique_ptr<store::AlertHistory> m_history;
};

void TestAlertLocate::initTestCase()
{
    m_rows = plannedRows();
    QVERIFY(m_rows.size() > 10000);
    const QString path = m_dir.filePath(QStringLiteral("a.db"));
    store::AlertStore::Options options;
    options.backgroundIndexing = false; // the test decides which rows are indexed
    QString error;
    m_store = store::AlertStore::open(path, options, &error);
    QVERIFY2(m_store, qPrintable(error));
    for (int from = 0; from < m_rows.size(); from += 1000) {
        decode::AlertBatch batch;
        for (int i = from; i < std::min<int>(from + 1000, m_rows.size()); ++i)
            batch.append(toAlert(m_rows.at(i)));
        QVERIFY2(m_store->append(QStringLiteral("s"), batch, {}, &error), qPrintable(error));
        if (from == 5000)
            QVERIFY2(m_store->indexAll(&error), qPrintable(error));
    }
    QVERIFY(m_store->unindexedCount() > 5000 && m_store->unindexedCount() < 7000);
    m_history = std::make_unique<store::AlertHistory>(path);
}

HistoryLocation TestAlertLocate::locate(const store::KafkaCoordinates &message, const AlertFilter &filter,
                                        SortOrder order, qint64 upToKey)
{
    QSignalSpy located(m_history.get(), &store::AlertHistory::located);
    QSignalSpy failed(m_history.get(), &store::AlertHistory::failed);
    store::HistoryLocateRequest request;
    request.message = message;
    request.filter = filter;
    request.order = order;
    request.upToKey = upToKey < 0 ? m_rows.constLast().key : upToKey;
    m_history->locate(store::AlertHistory::ticket(0, 1), request);
    if (!failed.isEmpty())
        qWarning() << failed.at(0).at(1).toString();
    return located.size() == 1 ? located.at(0).at(1).value<HistoryLocation>() : HistoryLocation();
}

const Row &TestAlertLocate::firstRowOf(int message) const
{
    return *std::find_if(m_rows.cbegin(), m_rows.cend(), [message](const Row &row) { return row.message == message; });
}

void TestAlertLocate::newestAlertIsAtTheNewestEnd()
{
    const Row &newest = m_rows.constLast();
    const HistoryLocation location = locate(coordinates(newest));
    QCOMPARE(location.outcome, HistoryLocation::Outcome::Shown);
    QCOMPARE(location.alert.key, newest.key);
    QCOMPARE(location.alert.record.alert.id, QStringLiteral("id-%1").arg(newest.key));
    QCOMPARE(location.newer.count, 0);
    QVERIFY(location.newer.exact);
    QVERIFY(location.newerRows.isEmpty());
    QCOMPARE(location.olderRows.size(), 256);
    QCOMPARE(location.olderRows.constFirst().key, newest.key - 1);
    QCOMPARE(location.olderRows.constLast().key, newest.key - 256);
}

void TestAlertLocate::deepAlertKeepsItsPlace_data()
{
    QTest::addColumn<int>("message");
    QTest::addColumn<QString>("source");
    QTest::addColumn<double>("magBelow");
    QTest::addColumn<SortOrder>("order");
    QTest::addColumn<qint64>("upToKey");
    // In the indexed part and in the tail; with the source index, the event-time index, or a scan.
    QTest::newRow("no filter, arrival") << 1234 << QString() << 0.0 << SortOrder::Received << qint64(-1);
    QTest::newRow("no filter, event time") << 1234 << QString() << 0.0 << SortOrder::Time << qint64(-1);
    QTest::newRow("source, arrival") << 2000 << QStringLiteral("*") << 0.0 << SortOrder::Received << qint64(-1);
    QTest::newRow("source, event time") << 2000 << QStringLiteral("*") << 0.0 << SortOrder::Time << qint64(-1);
    QTest::newRow("source, event time, tail") << 8001 << QStringLiteral("*") << 0.0 << SortOrder::Time << qint64(-1);
    QTest::newRow("magnitude, arrival, tail") << 7000 << QString() << 15.0 << SortOrder::Received << qint64(-1);
    QTest::newRow("source, table read to 11,000") << 300 << QStringLiteral("*") << 0.0 << SortOrder::Time << qint64(11000);
}

void TestAlertLocate::deepAlertKeepsItsPlace()
{
    QFETCH(int, message);
    QFETCH(QString, source);
    QFETCH(double, magBelow);
    QFETCH(SortOrder, order);
    QFETCH(qint64, upToKey);
    const Row &target = firstRowOf(message);
    AlertFilter filter;
    if (source == QLatin1String("*"))
        filter.source = target.source;
    if (magBelow > 0)
        filter.numbers.append({QStringLiteral("mag"), AlertFilter::Op::Less, magBelow});
    QVERIFY(passes(target, filter));
    const qint64 upTo = upToKey < 0 ? m_rows.constLast().key : upToKey;
    const QVector<Row> result = expectedResult(m_rows, filter, order, upTo);
    const auto at = std::find_if(result.cbegin(), result.cend(), [&](const Row &row) { return row.key == target.key; });
    const qint64 expectedNewer = result.cend() - at - 1;
    QVERIFY(expectedNewer > 300); // deep: pages away from the newest end

    const HistoryLocation location = locate(coordinates(target), filter, order, upTo);
    QCOMPARE(location.outcome, HistoryLocation::Outcome::Shown);
    QCOMPARE(location.alert.key, target.key);
    QVERIFY(location.newer.exact); // below the count's bound of rows read
    QCOMPARE(location.newer.count, expectedNewer);
    // Neighbours nearest first, on both sides, as the table will show them.
    QCOMPARE(location.olderRows.size(), 256);
    QCOMPARE(location.newerRows.size(), 256);
    for (int i = 0; i < 256; ++i) {
        QCOMPARE(location.olderRows.at(i).key, (at - 1 - i)->key);
        QCOMPARE(location.newerRows.at(i).key, (at + 1 + i)->key);
    }
}

void TestAlertLocate::firstAlertOfAContainer()
{
    const Row &first = firstRowOf(5005);
    QCOMPARE(m_rows.at(first.key).message, 5005); // the container's second alert follows it
    const HistoryLocation location = locate(coordinates(first));
    QCOMPARE(location.outcome, HistoryLocation::Outcome::Shown);
    QCOMPARE(location.alert.key, first.key);
    QCOMPARE(location.alert.record.partition, first.partition);
    QCOMPARE(location.alert.record.offset, first.offset);
}

void TestAlertLocate::alertHiddenByTheFilter()
{
    const Row &target = firstRowOf(4321);
    AlertFilter filter;
    filter.source = target.source == kSources.at(0) ? kSources.at(1) : kSources.at(0);
    const HistoryLocation location = locate(coordinates(target), filter);
    QCOMPARE(location.outcome, HistoryLocation::Outcome::Filtered);
    QCOMPARE(location.alert.key, target.key);
    QCOMPARE(location.alert.record.alert.source, target.source);
}

void TestAlertLocate::unknownCoordinatesAreMissing_data()
{
    QTest::addColumn<QString>("stream");
    QTest::addColumn<QString>("topic");
    QTest::addColumn<int>("partition");
    QTest::addColumn<qint64>("offset");
    QTest::newRow("unknown stream") << QStringLiteral("other") << QStringLiteral("t") << 0 << qint64(10);
    QTest::newRow("unknown topic") << QStringLiteral("s") << QStringLiteral("u") << 0 << qint64(10);
    QTest::newRow("unknown partition") << QStringLiteral("s") << QStringLiteral("t") << 7 << qint64(10);
    QTest::newRow("offset without an alert") << QStringLiteral("s") << QStringLiteral("t") << 1 << qint64(2001);
    QTest::newRow("offset not stored yet") << QStringLiteral("s") << QStringLiteral("t") << 2 << qint64(1000000);
    QTest::newRow("no offset") << QStringLiteral("s") << QStringLiteral("t") << 2 << qint64(-1);
}

void TestAlertLocate::unknownCoordinatesAreMissing()
{
    QFETCH(QString, stream);
    QFETCH(QString, topic);
    QFETCH(int, partition);
    QFETCH(qint64, offset);
    const HistoryLocation location = locate({stream, topic, partition, offset});
    QCOMPARE(location.outcome, HistoryLocation::Outcome::Missing);
}

// Stored, but the table has not read that far: it reads its tail first.
void TestAlertLocate::alertNotReadByTheTableYet()
{
    const Row &target = firstRowOf(9000);
    const HistoryLocation location = locate(coordinates(target), {}, SortOrder::Received, target.key - 1);
    QCOMPARE(location.outcome, HistoryLocation::Outcome::NotReadYet);
    QCOMPARE(location.alert.key, target.key);
}

// Counting stops after 50,000 rows per part (a few ms): beyond, the count seen and the share of the
// history after the alert, from which the table places it.
void TestAlertLocate::farIntoABigResultThePlaceIsAProportion()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.db"));
    QString error;
    {
        auto big = store::AlertStore::open(path, &error);
        QVERIFY2(big, qPrintable(error));
        decode::AlertBatch batch;
        for (int n = 0; n < 60000; ++n) {
            // One partition, event times in arrival order.
            Row row{n + 1, n, 0, n, kSources.at(0), kBaseMs + qint64(n) * 1000, 12.0};
            batch.append(toAlert(row));
        }
        QVERIFY2(big->append(QStringLiteral("s"), batch, {}, &error), qPrintable(error));
        QVERIFY2(big->indexAll(&error), qPrintable(error));
    }
    store::AlertHistory history(path);
    QSignalSpy located(&history, &store::AlertHistory::located);
    store::HistoryLocateRequest request;
    request.message = {QStringLiteral("s"), QStringLiteral("t"), 0, 999};
    request.order = SortOrder::Time;
    request.upToKey = 60000;
    history.locate(store::AlertHistory::ticket(0, 1), request);
    QCOMPARE(located.size(), 1);
    const HistoryLocation location = located.at(0).at(1).value<HistoryLocation>();
    QCOMPARE(location.outcome, HistoryLocation::Outcome::Shown);
    QCOMPARE(location.alert.key, 1000);
    QVERIFY(!location.newer.exact);
    QCOMPARE(location.newer.count, 50000);
    // 59,000 of the 60,000 alerts are newer; event times are evenly spread here.
    QVERIFY2(qAbs(location.newer.share - 59000.0 / 60000.0) < 0.001, qPrintable(QString::number(location.newer.share)));
    QCOMPARE(location.olderRows.size(), 256);
    QCOMPARE(location.newerRows.constFirst().key, 1001);
}

QTEST_GUILESS_MAIN(TestAlertLocate)
#include "tst_alertlocate.moc"
