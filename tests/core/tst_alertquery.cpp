#include "core/store/AlertQuery.h"
#include "core/store/AlertStore.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <functional>

using namespace alertdeck;
using store::AlertFilter;
using store::AlertQuery;
using store::AlertStore;
using store::QueryCursor;
using store::SortOrder;
using store::StoredAlert;

namespace {

constexpr qint64 kFirstReceived = 1735689600000;
constexpr int kIndexed = 2000; // alerts indexed before the rest arrive: queries see both parts
constexpr int kTotal = 3100;

// What the test knows about each alert it stored, to compute expected answers independently.
struct Expected
{
    decode::ReceivedAlert received;
    std::optional<qint64> timeMs;
};

double separation(double ra1, double dec1, double ra2, double dec2)
{
    const double rad = M_PI / 180;
    const double c = std::sin(dec1 * rad) * std::sin(dec2 * rad)
        + std::cos(dec1 * rad) * std::cos(dec2 * rad) * std::cos((ra1 - ra2) * rad);
    return std::acos(std::clamp(c, -1.0, 1.0)) / rad;
}

Expected makeAlert(int i, QRandomGenerator &random)
{
    static const char *const sources[] = {"IGWN", "Swift-BAT", "Fermi-GBM", "EP-WXT", "IceCube"};
    static const char *const types[] = {"Initial", "Update", "Retraction"};
    Expected e;
    decode::ReceivedAlert &r = e.received;
    r.stream = i % 3 == 0 ? QStringLiteral("B") : QStringLiteral("A");
    r.topic = QStringLiteral("t%1").arg(i % 4);
    r.partition = i % 2;
    r.offset = i;
    r.receivedMs = kFirstReceived + i * 1000;
    decode::Alert &a = r.alert;
    a.id = QStringLiteral("id_%1%%").arg(i);
    a.format = QStringLiteral("gcn.json");
    a.source = QString::fromLatin1(sources[random.bounded(5)]);
    if (random.bounded(10) > 0)
        a.event = QStringLiteral("EV%1").arg(random.bounded(300));
    a.alertType = QString::fromLatin1(types[random.bounded(3)]);
    if (random.bounded(8) > 0) {
        e.timeMs = kFirstReceived - qint64(random.bounded(86400000));
        a.time = QDateTime::fromMSecsSinceEpoch(*e.timeMs, Qt::UTC).toString(Qt::ISODateWithMs);
    }
    if (random.bounded(10) > 0) {
        a.ra = random.bounded(360.0);
        a.dec = std::asin(2 * random.generateDouble() - 1) * 180 / M_PI;
        if (i % 50 == 0)
            a.dec = 88 + random.bounded(2.0); // some near the pole
    }
    if (random.bounded(2))
        a.mag = 14 + random.bounded(8.0);
    a.score = random.bounded(10.0);
    if (a.source == QLatin1String("IGWN"))
        a.far = std::pow(10.0, -12 + random.bounded(8.0));
    a.test = random.bounded(20) == 0;
    a.title = QStringLiteral("%1 %2 notice").arg(a.source, a.alertType);
    r.payload = a.id.toUtf8();
    return e;
}

using Predicate = std::function<bool(const Expected &)>;

struct Case
{
    QString name;
    AlertFilter filter;
    Predicate matches;
};

QVector<Case> cases(const QVector<Expected> &alerts)
{
    QVector<Case> list;
    auto add = [&list](const char *name, const AlertFilter &filter, Predicate matches) {
        list.append({QString::fromLatin1(name), filter, std::move(matches)});
    };
    const auto &a = [](const Expected &e) -> const decode::Alert & { return e.received.alert; };
    add("everything", {}, [](const Expected &) { return true; });
    AlertFilter f;
    f.source = QStringLiteral("IGWN");
    add("source", f, [&](const Expected &e) { return a(e).source == QLatin1String("IGWN"); });
    f.numbers = {{QStringLiteral("far"), AlertFilter::Op::Less, 1e-8}};
    add("source and far", f, [&](const Expected &e) {
        return a(e).source == QLatin1String("IGWN") && a(e).far && *a(e).far < 1e-8;
    });
    f = {};
    f.event = alerts.at(7).received.alert.event.isNull() ? QStringLiteral("EV1") : alerts.at(7).received.alert.event;
    const QString event = f.event;
    add("event", f, [&a, event](const Expected &e) { return a(e).event == event; });
    f = {};
    f.text = QStringLiteral("rEtRaCtIoN");
    add("text", f, [&](const Expected &e) { return a(e).title.contains(QLatin1String("Retraction")); });
    f.text = QStringLiteral("_12%");
    add("text with LIKE characters", f, [&](const Expected &e) { return a(e).id.contains(QLatin1String("_12%")); });
    for (const auto &[ra, dec, radius] : {std::tuple{100.0, 30.0, 10.0}, std::tuple{359.5, 0.0, 5.0},
                                           std::tuple{10.0, 89.5, 3.0}, std::tuple{200.0, -60.0, 6.0},
                                           std::tuple{0.5, -30.0, 4.0}, std::tuple{300.0, 80.0, 5.0}}) {
        f = {};
        f.cone = AlertFilter::Cone{ra, dec, radius};
        add("cone", f, [=, &a](const Expected &e) {
            return a(e).ra && a(e).dec && separation(ra, dec, *a(e).ra, *a(e).dec) <= radius;
        });
    }
    f = {};
    f.excludeTest = true;
    add("no tests", f, [&](const Expected &e) { return !a(e).test; });
    f.numbers = {{QStringLiteral("mag"), AlertFilter::Op::Less, 19}, {QStringLiteral("score"), AlertFilter::Op::GreaterEqual, 5}};
    add("no tests, mag and score", f, [&](const Expected &e) {
        return !a(e).test && a(e).mag && *a(e).mag < 19 && *a(e).score >= 5;
    });
    f = {};
    f.timeFromMs = kFirstReceived - 50000000;
    f.timeToMs = kFirstReceived - 20000000;
    add("event time range", f, [&](const Expected &e) {
        return e.timeMs && *e.timeMs >= kFirstReceived - 50000000 && *e.timeMs <= kFirstReceived - 20000000;
    });
    f = {};
    f.receivedFromMs = kFirstReceived + 1500 * 1000;
    f.receivedToMs = kFirstReceived + 2500 * 1000 - 1;
    add("received range", f, [&](const Expected &e) {
        return e.received.receivedMs >= kFirstReceived + 1500 * 1000 && e.received.receivedMs < kFirstReceived + 2500 * 1000;
    });
    f = {};
    f.stream = QStringLiteral("B");
    f.topic = QStringLiteral("t2");
    add("stream and topic", f, [](const Expected &e) {
        return e.received.stream == QLatin1String("B") && e.received.topic == QLatin1String("t2");
    });
    f = {};
    f.cone = AlertFilter::Cone{180.0, 0.0, 40.0};
    f.source = QStringLiteral("Swift-BAT");
    f.excludeTest = true;
    add("cone, source, no tests", f, [&](const Expected &e) {
        return a(e).source == QLatin1String("Swift-BAT") && !a(e).test && a(e).ra && a(e).dec
            && separation(180, 0, *a(e).ra, *a(e).dec) <= 40;
    });
    f = {};
    f.source = QStringLiteral("x' OR 1=1 --");
    add("unknown source", f, [](const Expected &) { return false; });
    return list;
}

bool comesBefore(const Expected &x, int ix, const Expected &y, int iy, SortOrder order)
{
    if (order == SortOrder::Time) {
        const qint64 tx = x.timeMs.value_or(std::numeric_limits<qint64>::min());
        const qint64 ty = y.timeMs.value_or(std::numeric_limits<qint64>::min());
        if (tx != ty)
            return tx < ty;
    }
    return ix < iy;
}

} // namespace

class TestAlertQuery : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void pagesMatchIndependentComputation_data();
    void pagesMatchIndependentComputation();
    void seekLandsWhereTheScrollBarIs();
    void seesNewAppendsWithoutReopening();

private:
    QTemporaryDir m_dir;
    QString m_path;
    QVector<Expected> m_alerts;
    std::unique_ptr<AlertStore> m_store;
};

void TestAlertQuery::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("history.db"));
    QString error;
    // Indexing only where the test says, so queries meet both indexed rows and an unindexed tail.
    AlertStore::Options options;
    options.backgroundIndexing = false;
    m_store = AlertStore::open(m_path, options, &error);
    QVERIFY2(m_store, qPrintable(error));
    QRandomGenerator random(20250101);
    for (int i = 0; i < kTotal; ++i)
        m_alerts.append(makeAlert(i, random));
    for (int first = 0; first < kTotal; first += 250) {
        QHash<QString, decode::AlertBatch> byStream;
        for (int i = first; i < std::min(kTotal, first + 250); ++i)
            byStream[m_alerts.at(i).received.stream].append(m_alerts.at(i).received);
        // Streams append separately; keep arrival order by appending in index order per stream.
        decode::AlertBatch a = byStream.value(QStringLiteral("A")), b = byStream.value(QStringLiteral("B"));
        QVERIFY(m_store->append(QStringLiteral("A"), a, {}, &error));
        QVERIFY(m_store->append(QStringLiteral("B"), b, {}, &error));
        if (first + 250 == kIndexed)
            QVERIFY(m_store->indexAll(&error));
    }
    // Arrival order is the order of the appends above; reorder the expectation the same way.
    QVector<Expected> arrived;
    for (int first = 0; first < kTotal; first += 250) {
        for (const char *stream : {"A", "B"}) {
            for (int i = first; i < std::min(kTotal, first + 250); ++i) {
                if (m_alerts.at(i).received.stream == QLatin1String(stream))
                    arrived.append(m_alerts.at(i));
            }
        }
    }
    m_alerts = arrived;
}

void TestAlertQuery::pagesMatchIndependentComputation_data()
{
    QTest::addColumn<int>("caseIndex");
    QTest::addColumn<int>("order");
    QTest::addColumn<bool>("newestFirst");
    const QVector<Case> all = cases(m_alerts);
    for (int i = 0; i < all.size(); ++i) {
        for (const SortOrder order : {SortOrder::Received, SortOrder::Time}) {
            for (const bool newestFirst : {true, false}) {
                QTest::addRow("%d %s by %s %s", i, qPrintable(all.at(i).name),
                              order == SortOrder::Time ? "time" : "received", newestFirst ? "desc" : "asc")
                    << i << int(order) << newestFirst;
            }
        }
    }
}

void TestAlertQuery::pagesMatchIndependentComputation()
{
    QFETCH(int, caseIndex);
    QFETCH(int, order);
    QFETCH(bool, newestFirst);
    const Case c = cases(m_alerts).at(caseIndex);
    const auto sortOrder = SortOrder(order);

    QVector<int> expected;
    for (int i = 0; i < m_alerts.size(); ++i) {
        if (c.matches(m_alerts.at(i)))
            expected.append(i);
    }
    std::stable_sort(expected.begin(), expected.end(), [&](int x, int y) {
        const bool less = comesBefore(m_alerts.at(x), x, m_alerts.at(y), y, sortOrder);
        return newestFirst ? comesBefore(m_alerts.at(y), y, m_alerts.at(x), x, sortOrder) : less;
    });
    QStringList expectedIds;
    for (const int i : expected)
        expectedIds << m_alerts.at(i).received.alert.id;

    QString error;
    auto query = AlertQuery::open(m_path, &error);
    QVERIFY2(query, qPrintable(error));
    QStringList ids;
    std::optional<QueryCursor> cursor;
    for (int pages = 0; pages < 1000; ++pages) {
        const auto page = query->page(c.filter, sortOrder, newestFirst, cursor, 37, &error);
        QVERIFY2(page, qPrintable(error));
        for (const StoredAlert &row : *page)
            ids << row.record.alert.id;
        if (page->size() < 37)
            break;
        cursor = page->constLast().cursor;
    }
    QVERIFY(!expectedIds.isEmpty() || c.name == QLatin1String("unknown source"));
    QCOMPARE(ids.size(), expectedIds.size());
    QCOMPARE(ids, expectedIds);
    // Below the sampling threshold the estimate is exact.
    QCOMPARE(query->countEstimate(c.filter, &error).value_or(-1), qint64(expectedIds.size()));
}

void TestAlertQuery::seekLandsWhereTheScrollBarIs()
{
    QString error;
    auto query = AlertQuery::open(m_path, &error);
    QVERIFY(query);
    auto firstIdAt = [&](SortOrder order, bool newestFirst, double fraction) {
        const auto cursor = query->seek(AlertFilter(), order, newestFirst, fraction, &error);
        const auto rows = cursor ? query->page(AlertFilter(), order, newestFirst, cursor, 1, &error) : std::nullopt;
        return rows && !rows->isEmpty() ? rows->first().record.alert.id : QString();
    };
    // Arrival order, unfiltered: exact.
    const int last = int(m_alerts.size()) - 1;
    QCOMPARE(firstIdAt(SortOrder::Received, true, 0.0), m_alerts.at(last).received.alert.id);
    QCOMPARE(firstIdAt(SortOrder::Received, true, 1.0), m_alerts.at(0).received.alert.id);
    QCOMPARE(firstIdAt(SortOrder::Received, false, 0.0), m_alerts.at(0).received.alert.id);
    QCOMPARE(firstIdAt(SortOrder::Received, true, 0.5), m_alerts.at(last - qRound(0.5 * last)).received.alert.id);
    // Event time: ranks among indexed rows, so positions move the right way.
    auto timeOf = [&](const QString &id) {
        for (const Expected &e : std::as_const(m_alerts)) {
            if (e.received.alert.id == id)
                return e.timeMs.value_or(std::numeric_limits<qint64>::min());
        }
        return qint64(0);
    };
    QVERIFY(timeOf(firstIdAt(SortOrder::Time, true, 0.1)) >= timeOf(firstIdAt(SortOrder::Time, true, 0.6)));
    QVERIFY(timeOf(firstIdAt(SortOrder::Time, false, 0.1)) <= timeOf(firstIdAt(SortOrder::Time, false, 0.6)));
}

void TestAlertQuery::seesNewAppendsWithoutReopening()
{
    QString error;
    auto query = AlertQuery::open(m_path, &error);
    QVERIFY(query);
    AlertFilter filter;
    filter.source = QStringLiteral("Brand-New");
    QVERIFY(query->page(filter, SortOrder::Received, true, std::nullopt, 10, &error)->isEmpty());
    decode::ReceivedAlert alert = m_alerts.first().received;
    alert.offset = -1;
    alert.alert.source = filter.source;
    QVERIFY(m_store->append(QStringLiteral("C"), {alert}, {}, &error));
    const auto rows = query->page(filter, SortOrder::Received, true, std::nullopt, 10, &error);
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->first().record.stream, QStringLiteral("C"));
    QCOMPARE(query->payload(rows->first().key, &error).value_or(QByteArray()), alert.payload);
}

QTEST_GUILESS_MAIN(TestAlertQuery)
#include "tst_alertquery.moc"
