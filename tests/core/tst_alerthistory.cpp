// AlertHistory, the table's query service, and the filter members it added to AlertFilter: alert
// type and exclusions, answered from a store the test fills itself.
#include "core/store/AlertHistory.h"
#include "core/store/AlertStore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace alertdeck;
using store::AlertFilter;

namespace {

// Alert n: sources in turn, events of three notices (the last a retraction), a title with its number.
decode::ReceivedAlert makeAlert(int n)
{
    static const QStringList sources = {QStringLiteral("IGWN"), QStringLiteral("Swift-BAT"), QStringLiteral("IceCube")};
    static const char *const types[] = {"Preliminary", "Update", "Retraction"};
    decode::ReceivedAlert received;
    received.stream = QStringLiteral("s");
    received.topic = QStringLiteral("t");
    received.partition = 0;
    received.offset = n;
    received.receivedMs = 1735689600000 + n;
    received.alert.id = QStringLiteral("id-%1").arg(n);
    received.alert.format = QStringLiteral("json");
    received.alert.source = sources.at(n % 3);
    received.alert.alertType = QLatin1String(types[n % 3]);
    if (n % 7 != 0) // every 7th alert has no event
        received.alert.event = QStringLiteral("E%1").arg(n / 3);
    received.alert.title = n % 2 ? QStringLiteral("odd %1").arg(n) : QStringLiteral("even %1").arg(n);
    received.payload = "{}";
    return received;
}

} // namespace

class TestAlertHistory : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void alertTypeIgnoresCase();
    void exclusions();
    void measureCountsAndGivesNewestRows();
    void tailCountsWhatArrivedAfterAKey();
    void supersededRequestsAreDropped();

private:
    void append(int from, int count);
    int matching(const AlertFilter &filter);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<store::AlertStore> m_store;
    std::unique_ptr<store::AlertHistory> m_history;
};

void TestAlertHistory::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    const QString path = m_dir->filePath(QStringLiteral("a.db"));
    m_store = store::AlertStore::open(path, &error);
    QVERIFY2(m_store, qPrintable(error));
    append(0, 300);
    // Called directly here: the service is a plain QObject, its thread is the caller's choice.
    m_history = std::make_unique<store::AlertHistory>(path);
}

void TestAlertHistory::append(int from, int count)
{
    decode::AlertBatch batch;
    for (int n = from; n < from + count; ++n)
        batch.append(makeAlert(n));
    QString error;
    QVERIFY2(m_store->append(QStringLiteral("s"), batch, {{{QStringLiteral("t"), 0}, from + count}}, &error), qPrintable(error));
}

// How many stored alerts pass `filter` (exact: the page asked for is bigger than the result).
int TestAlertHistory::matching(const AlertFilter &filter)
{
    QSignalSpy measured(m_history.get(), &store::AlertHistory::measured);
    m_history->measure(store::AlertHistory::ticket(0, 1), filter, store::SortOrder::Received, 1000);
    return measured.size() == 1 ? int(measured.at(0).at(1).value<store::HistoryExtent>().count) : -1;
}

void TestAlertHistory::alertTypeIgnoresCase()
{
    AlertFilter filter;
    filter.alertType = QStringLiteral("retraction");
    QCOMPARE(matching(filter), 100);
    filter.alertType = QStringLiteral("Withdrawn");
    QCOMPARE(matching(filter), 0);
}

void TestAlertHistory::exclusions()
{
    AlertFilter filter;
    filter.exclude.sources = {QStringLiteral("IGWN"), QStringLiteral("IceCube")};
    QCOMPARE(matching(filter), 100);
    filter = {};
    filter.exclude.alertTypes = {QStringLiteral("UPDATE")};
    QCOMPARE(matching(filter), 200);
    filter = {};
    filter.exclude.texts = {QStringLiteral("odd")};
    QCOMPARE(matching(filter), 150);
    // An alert without an event is not one of the excluded events.
    filter = {};
    filter.exclude.events = {QStringLiteral("E1"), QStringLiteral("E2")};
    int expected = 0;
    for (int n = 0; n < 300; ++n)
        expected += n % 7 == 0 || (n / 3 != 1 && n / 3 != 2);
    QCOMPARE(matching(filter), expected);
    filter.source = QStringLiteral("Swift-BAT"); // with an index driving the query
    expected = 0;
    for (int n = 1; n < 300; n += 3)
        expected += n % 7 == 0 || (n / 3 != 1 && n / 3 != 2);
    QCOMPARE(matching(filter), expected);
}

void TestAlertHistory::measureCountsAndGivesNewestRows()
{
    QSignalSpy measured(m_history.get(), &store::AlertHistory::measured);
    m_history->measure(store::AlertHistory::ticket(0, 7), {}, store::SortOrder::Received, 10);
    QCOMPARE(measured.size(), 1);
    QCOMPARE(measured.at(0).at(0).toULongLong(), store::AlertHistory::ticket(0, 7));
    const auto extent = measured.at(0).at(1).value<store::HistoryExtent>();
    QCOMPARE(extent.count, 300);
    QCOMPARE(extent.lastKey - extent.firstKey + 1, 300);
    QCOMPARE(extent.newest.size(), 10);
    QCOMPARE(extent.newest.constFirst().record.alert.id, QStringLiteral("id-299"));
    QCOMPARE(extent.newest.constFirst().key, extent.lastKey);
}

void TestAlertHistory::tailCountsWhatArrivedAfterAKey()
{
    QSignalSpy measured(m_history.get(), &store::AlertHistory::measured);
    m_history->measure(1, {}, store::SortOrder::Received, 1);
    const qint64 lastKey = measured.at(0).at(1).value<store::HistoryExtent>().lastKey;
    append(300, 30);

    QSignalSpy tailed(m_history.get(), &store::AlertHistory::tailed);
    m_history->tail(2, {}, lastKey, 5);
    auto tail = tailed.at(0).at(1).value<store::HistoryTail>();
    QCOMPARE(tail.added, 30);
    QCOMPARE(tail.lastKey, lastKey + 30);
    QCOMPARE(tail.newest.size(), 5);
    QCOMPARE(tail.newest.constLast().record.alert.id, QStringLiteral("id-329")); // oldest first

    AlertFilter igwn;
    igwn.source = QStringLiteral("IGWN");
    m_history->tail(3, igwn, lastKey, 100);
    tail = tailed.at(1).at(1).value<store::HistoryTail>();
    QCOMPARE(tail.added, 10);
    QCOMPARE(tail.newest.size(), 10);
    QCOMPARE(tail.newest.constFirst().record.alert.id, QStringLiteral("id-300"));
    m_history->tail(4, igwn, tail.lastKey, 100);
    QCOMPARE(tailed.at(2).at(1).value<store::HistoryTail>().added, 0);
}

void TestAlertHistory::supersededRequestsAreDropped()
{
    QSignalSpy measured(m_history.get(), &store::AlertHistory::measured);
    QSignalSpy fetched(m_history.get(), &store::AlertHistory::fetched);
    m_history->supersede(3);
    m_history->measure(store::AlertHistory::ticket(2, 1), {}, store::SortOrder::Received, 10);
    m_history->fetch(store::AlertHistory::ticket(2, 2), {});
    QCOMPARE(measured.size(), 0);
    QCOMPARE(fetched.size(), 0);
    store::HistoryPageRequest request;
    request.seekFraction = 0.5;
    request.limit = 3;
    m_history->fetch(store::AlertHistory::ticket(3, 3), request);
    QCOMPARE(fetched.size(), 1);
    const auto rows = fetched.at(0).at(1).value<QVector<store::StoredAlert>>();
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.constFirst().record.alert.id, QStringLiteral("id-150"));
}

QTEST_GUILESS_MAIN(TestAlertHistory)
#include "tst_alerthistory.moc"
