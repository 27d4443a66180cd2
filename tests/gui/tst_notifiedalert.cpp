// A clicked desktop notification selects its alert in the main window: MainWindow::selectAlertAt
// (what the GUI's notification click calls) on a store the test fills itself, deep in the history,
// behind a filter, behind "Hide test alerts", and for an alert the store does not hold.
#include "HistoryWindow.h"
#include "core/engine/AlertEngine.h"
#include "core/store/AlertStore.h"
#include "ui/MainWindow.h"
#include "ui/models/AlertTableModel.h"
#include "ui/panels/AlertTablePanel.h"

#include <QAction>
#include <QDateTime>
#include <QLineEdit>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace alertdeck;

namespace {

constexpr int kAlerts = 3000;
const QStringList kSources = {QStringLiteral("IGWN"), QStringLiteral("Swift-BAT"), QStringLiteral("IceCube")};

// Event time of alert n: a permutation of the arrival order (seconds after the first).
int timeRank(int n)
{
    return n * 7 % kAlerts;
}

// Alert n: two partitions in turn (offset n / 2 in partition n % 2), sources in turn, every 10th a test.
decode::ReceivedAlert makeAlert(int n)
{
    decode::ReceivedAlert received;
    received.stream = QStringLiteral("deck");
    received.topic = QStringLiteral("gcn.notices");
    received.partition = n % 2;
    received.offset = n / 2;
    received.receivedMs = 1735689600000 + qint64(n) * 1000;
    received.alert.id = QStringLiteral("alert-%1").arg(n);
    received.alert.format = QStringLiteral("json");
    received.alert.source = kSources.at(n % 3);
    received.alert.test = n % 10 == 0;
    received.alert.time = QDateTime::fromMSecsSinceEpoch(1735689600000 + qint64(timeRank(n)) * 1000, Qt::UTC)
                              .toString(Qt::ISODateWithMs);
    received.alert.title = QStringLiteral("notice number %1").arg(n);
    received.payload = "{}";
    return received;
}

} // namespace

class TestNotifiedAlert : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void selectsAnAlertDeepInTheHistory();
    void aFilterThatHidesItIsCleared();
    void hiddenTestAlertsAreShownAgain();
    void anAlertNotStoredIsReported();
    void selectsInEventTimeOrderNewestFirst();

private:
    QTableView *table() const { return m_history.window->findChild<QTableView *>(QStringLiteral("alertTable")); }
    void select(int n);
    void verifySelected(int n);
    QString statusMessage() const { return m_history.window->statusBar()->currentMessage(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    test::HistoryWindow m_history;
};

void TestNotifiedAlert::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("AlertDeckTest"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
}

void TestNotifiedAlert::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    decode::AlertBatch batch;
    for (int n = 0; n < kAlerts; ++n)
        batch.append(makeAlert(n));
    m_history.open(*m_dir, QStringLiteral("deck"), batch);
    if (QTest::currentTestFailed())
        return;
}

void TestNotifiedAlert::cleanup()
{
    m_history.close();
    m_dir.reset();
}

void TestNotifiedAlert::select(int n)
{
    const decode::ReceivedAlert alert = makeAlert(n);
    m_history.window->selectAlertAt(alert.stream, alert.topic, alert.partition, alert.offset);
}

// The alert's row is selected and in view, and the detail pane shows it as after a click.
void TestNotifiedAlert::verifySelected(int n)
{
    const decode::ReceivedAlert alert = makeAlert(n);
    QTRY_VERIFY_WITH_TIMEOUT(table()->selectionModel()->selectedRows().size() == 1
                                 && m_history.window->alertModel()->alertAt(table()->selectionModel()->selectedRows().first().row())
                                 && m_history.window->alertModel()->alertAt(table()->selectionModel()->selectedRows().first().row())->record.alert.id
                                        == alert.alert.id,
                             10000);
    const QModelIndex selected = table()->selectionModel()->selectedRows().first();
    QVERIFY(table()->viewport()->rect().intersects(table()->visualRect(selected)));
    auto *fields = m_history.window->findChild<QTreeWidget *>(QStringLiteral("detailFields"));
    QTRY_VERIFY(!fields->findItems(alert.alert.title, Qt::MatchExactly, 1).isEmpty());
    QVERIFY(!fields->findItems(alert.alert.source, Qt::MatchExactly, 1).isEmpty());
    auto *kafka = m_history.window->findChild<QTreeWidget *>(QStringLiteral("detailKafka"));
    QVERIFY(!kafka->findItems(QString::number(alert.offset), Qt::MatchExactly, 1).isEmpty());
}

void TestNotifiedAlert::selectsAnAlertDeepInTheHistory()
{
    // The table follows the newest row at the bottom; alert 700 is thousands of rows up.
    select(701);
    verifySelected(701);
    const int row = table()->selectionModel()->selectedRows().first().row();
    QCOMPARE(row, 701); // unfiltered arrival order: row n is alert n
    // Following the newest row paused: new alerts do not pull the view away from it.
    QVERIFY(!m_history.window->findChild<ui::AlertTablePanel *>(QStringLiteral("alertTablePanel"))->isFollowing());
    select(2999);
    verifySelected(2999);
    QCOMPARE(table()->selectionModel()->selectedRows().first().row(), 2999);
}

void TestNotifiedAlert::aFilterThatHidesItIsCleared()
{
    auto *filter = m_history.window->findChild<QLineEdit *>(QStringLiteral("filterEdit"));
    QTest::keyClicks(filter, QStringLiteral("source:IGWN"));
    QTest::keyClick(filter, Qt::Key_Return);
    QTRY_COMPARE(m_history.window->alertModel()->rowCount(), kAlerts / 3);
    select(1001); // IceCube
    verifySelected(1001);
    QVERIFY(filter->text().isEmpty());
    QVERIFY2(statusMessage().contains(QLatin1String("source:IGWN")), qPrintable(statusMessage()));
    QCOMPARE(m_history.window->alertModel()->rowCount(), kAlerts);

    // One the filter shows stays with the filter, at its place among the filtered rows.
    QTest::keyClicks(filter, QStringLiteral("source:IGWN"));
    QTest::keyClick(filter, Qt::Key_Return);
    QTRY_COMPARE(m_history.window->alertModel()->rowCount(), kAlerts / 3);
    select(1200);
    verifySelected(1200);
    QCOMPARE(table()->selectionModel()->selectedRows().first().row(), 400);
    QCOMPARE(filter->text(), QStringLiteral("source:IGWN"));
}

void TestNotifiedAlert::hiddenTestAlertsAreShownAgain()
{
    auto *hideTest = m_history.window->findChild<QAction *>(QStringLiteral("hideTestAction"));
    hideTest->trigger();
    QTRY_COMPARE(m_history.window->alertModel()->rowCount(), kAlerts - kAlerts / 10);
    select(1500); // a test alert
    verifySelected(1500);
    QVERIFY(!hideTest->isChecked());
    QCOMPARE(table()->selectionModel()->selectedRows().first().row(), 1500);
    QVERIFY2(statusMessage().contains(QLatin1String("Test alerts")), qPrintable(statusMessage()));
}

void TestNotifiedAlert::anAlertNotStoredIsReported()
{
    m_history.window->selectAlertAt(QStringLiteral("deck"), QStringLiteral("gcn.notices"), 0, 999999);
    QTRY_VERIFY(statusMessage().contains(QLatin1String("not in the store")));
    QVERIFY(statusMessage().contains(QLatin1String("999999")));
    QVERIFY(table()->selectionModel()->selectedRows().isEmpty());
}

// Newest first by event time, unfiltered and filtered: row r is the alert with r later event times.
void TestNotifiedAlert::selectsInEventTimeOrderNewestFirst()
{
    m_history.window->alertModel()->sort(ui::AlertTableModel::Time, Qt::DescendingOrder);
    QTRY_VERIFY(m_history.window->alertModel()->isNewestFirst() && !m_history.window->alertModel()->isQueryRunning());
    select(1234);
    verifySelected(1234);
    QCOMPARE(table()->selectionModel()->selectedRows().first().row(), kAlerts - 1 - timeRank(1234));

    auto *filter = m_history.window->findChild<QLineEdit *>(QStringLiteral("filterEdit"));
    QTest::keyClicks(filter, QStringLiteral("source:IGWN"));
    QTest::keyClick(filter, Qt::Key_Return);
    QTRY_COMPARE(m_history.window->alertModel()->rowCount(), kAlerts / 3);
    select(2001); // 2001 % 3 == 0: IGWN
    verifySelected(2001);
    int later = 0;
    for (int n = 0; n < kAlerts; n += 3)
        later += timeRank(n) > timeRank(2001);
    QCOMPARE(table()->selectionModel()->selectedRows().first().row(), later);
}

QTEST_MAIN(TestNotifiedAlert)
#include "tst_notifiedalert.moc"
