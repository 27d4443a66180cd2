// The store-backed alert table driven offscreen: history from a store the test fills itself, the
// filter bar, follow-newest with its unseen count, and retractions leading to their event.
#include "core/store/AlertStore.h"
#include "ui/models/AlertTableModel.h"
#include "ui/panels/AlertTablePanel.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QScrollBar>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace alertdeck;

namespace {

const QStringList kSources = {QStringLiteral("IGWN"), QStringLiteral("Swift-BAT"), QStringLiteral("Fermi-GBM"),
                              QStringLiteral("IceCube")};

// Alert n of the test history: sources in turn, every 10th a test alert, GW events of four notices
// whose last one retracts the event, magnitudes 10.0-29.9.
decode::ReceivedAlert makeAlert(int n)
{
    decode::ReceivedAlert received;
    received.stream = QStringLiteral("local");
    received.topic = QStringLiteral("alerts");
    received.partition = 0;
    received.offset = n;
    received.receivedMs = 1735689600000 + qint64(n) * 1000;
    decode::Alert &a = received.alert;
    a.id = QStringLiteral("alert-%1").arg(n);
    a.format = QStringLiteral("json");
    a.source = kSources.at(n % kSources.size());
    a.event = QStringLiteral("S25%1").arg(n / 4, 4, 10, QLatin1Char('0'));
    static const char *const types[] = {"Preliminary", "Initial", "Update", "Retraction"};
    a.alertType = QLatin1String(types[n % 4]);
    a.time = QDateTime::fromMSecsSinceEpoch(received.receivedMs - 5000, Qt::UTC).toString(Qt::ISODateWithMs);
    a.mag = 10.0 + (n % 200) / 10.0;
    a.far = n % 2 ? 1e-10 : 1e-6;
    a.test = n % 10 == 0;
    a.title = QStringLiteral("notice %1 of %2").arg(n).arg(a.event);
    received.payload = "{}";
    return received;
}

} // namespace

class TestAlertTable : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void historyRowsAppear();
    void scrollingReadsPagesByKey();
    void filterShowsOnlyMatchingRows();
    void badExpressionShowsMessage();
    void scrollingUpStopsFollowing();
    void followingKeepsToNewRows();
    void retractionLeadsToItsEvent();
    void sortsByEventTimeNewestFirst();
    void savedFilters();

private:
    void append(int from, int count);
    void openPanel();
    QTableView *table() const { return m_panel->table(); }
    void waitUntilPainted();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<store::AlertStore> m_store;
    std::unique_ptr<ui::AlertTablePanel> m_panel;
};

void TestAlertTable::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("AlertDeckTest"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
}

void TestAlertTable::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir->path());
    QString error;
    m_store = store::AlertStore::open(m_dir->filePath(QStringLiteral("alerts.db")), &error);
    QVERIFY2(m_store, qPrintable(error));
    append(0, 2000);
}

void TestAlertTable::cleanup()
{
    m_panel.reset();
    m_store.reset();
    m_dir.reset();
}

void TestAlertTable::append(int from, int count)
{
    decode::AlertBatch batch;
    for (int n = from; n < from + count; ++n)
        batch.append(makeAlert(n));
    QString error;
    QVERIFY2(m_store->append(QStringLiteral("local"), batch, {{{QStringLiteral("alerts"), 0}, from + count}}, &error),
             qPrintable(error));
}

void TestAlertTable::openPanel()
{
    m_panel = std::make_unique<ui::AlertTablePanel>(m_dir->filePath(QStringLiteral("alerts.db")));
    new QAbstractItemModelTester(m_panel->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_panel.get());
    m_panel->resize(1000, 500);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

// Rows shown are read: the bottom visible row has its text.
void TestAlertTable::waitUntilPainted()
{
    QTRY_VERIFY_WITH_TIMEOUT(table()->rowAt(table()->viewport()->height() - 2) >= 0
                                 || table()->model()->rowCount() < 20,
                             10000);
    QTRY_VERIFY_WITH_TIMEOUT(!table()->indexAt(QPoint(5, 5)).data().toString().isEmpty(), 10000);
}

void TestAlertTable::historyRowsAppear()
{
    openPanel();
    QTRY_COMPARE_WITH_TIMEOUT(m_panel->model()->rowCount(), 2000, 10000);
    waitUntilPainted();
    // Following newest: the last row is the newest alert, and it is in view.
    QTRY_COMPARE(table()->verticalScrollBar()->value(), table()->verticalScrollBar()->maximum());
    QTRY_COMPARE(m_panel->model()->index(1999, ui::AlertTableModel::Title).data().toString(), makeAlert(1999).alert.title);
    QVERIFY(m_panel->isFollowing());
}

void TestAlertTable::scrollingReadsPagesByKey()
{
    openPanel();
    QTRY_COMPARE_WITH_TIMEOUT(m_panel->model()->rowCount(), 2000, 10000);
    table()->scrollTo(m_panel->model()->index(700, 0), QAbstractItemView::PositionAtTop);
    QTRY_COMPARE(m_panel->model()->index(700, ui::AlertTableModel::Title).data().toString(), makeAlert(700).alert.title);
    QTRY_COMPARE(m_panel->model()->index(0, ui::AlertTableModel::Title).data().toString(), makeAlert(0).alert.title);
}

void TestAlertTable::filterShowsOnlyMatchingRows()
{
    openPanel();
    QTRY_COMPARE_WITH_TIMEOUT(m_panel->model()->rowCount(), 2000, 10000);
    QLineEdit *edit = m_panel->findChild<QLineEdit *>(QStringLiteral("filterEdit"));
    QVERIFY(edit);
    QTest::keyClicks(edit, QStringLiteral("source:IGWN mag<15 -test"));
    QTest::keyClick(edit, Qt::Key_Return);
    // IGWN: n % 4 == 0; mag < 15: n % 200 < 50; not a test alert: n % 10 != 0.
    int expected = 0;
    for (int n = 0; n < 2000; ++n)
        expected += n % 4 == 0 && n % 200 < 50 && n % 10 != 0;
    QTRY_COMPARE_WITH_TIMEOUT(m_panel->model()->rowCount(), expected, 10000);
    for (int row = 0; row < expected; ++row) {
        QTRY_VERIFY(m_panel->model()->alertAt(row));
        const decode::Alert &alert = m_panel->model()->alertAt(row)->record.alert;
        QCOMPARE(alert.source, QStringLiteral("IGWN"));
        QVERIFY(*alert.mag < 15 && !alert.test);
    }
    QVERIFY(!m_panel->findChild<QLabel *>(QStringLiteral("filterMessage"))->isVisible());

    // Free text and a negated type: the notices of one event but its retraction.
    edit->clear();
    QTest::keyClicks(edit, QStringLiteral("\"of S250012\" -type:retraction"));
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(m_panel->model()->rowCount(), 3, 10000);
}

void TestAlertTable::badExpressionShowsMessage()
{
    openPanel();
    QTRY_COMPARE_WITH_TIMEOUT(m_panel->model()->rowCount(), 2000, 10000);
    QLineEdit *edit = m_panel->findChild<QLineEdit *>(QStringLiteral("filterEdit"));
    QTest::keyClicks(edit, QStringLiteral("source:IGWN mag<bright"));
    QTest::keyClick(edit, Qt::Key_Return);
    auto *message = m_panel->findChild<QLabel *>(QStringLiteral("filterMessage"));
    QTRY_VERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("Column 17")), qPrintable(message->text()));
    QVERIFY(message->text().contains(QStringLiteral("bright")));
    // The table keeps what it showed.
    QCOMPARE(m_panel->model()->rowCount(), 2000);
    edit->clear();
    QTest::keyClicks(edit, QStringLiteral("source:IGWN"));
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_VERIFY(!message->isVisible());
    QTRY_COMPARE(m_panel->model()->rowCount(), 500);
}

void TestAlertTable::scrollingUpStopsFollowing()
{
    openPanel();
    QTRY_COMPARE_WITH_TIMEOUT(m_panel->model()->rowCount(), 2000, 10000);
    waitUntilPainted();
    QVERIFY(m_panel->isFollowing());
    table()->verticalScrollBar()->triggerAction(QAbstractSlider::SliderPageStepSub);
    QVERIFY(!m_panel->isFollowing());
    const int position = table()->verticalScrollBar()->value();

    append(2000, 150);
    m_panel->alertsStored();
    QTRY_COMPARE(m_panel->unseenCount(), 150);
    append(2150, 50);
    m_panel->alertsStored();
    QTRY_COMPARE(m_panel->unseenCount(), 200);
    auto *unseen = m_panel->findChild<QToolButton *>(QStringLiteral("unseenButton"));
    QVERIFY(unseen->isVisible());
    QVERIFY2(unseen->text().contains(QStringLiteral("200")), qPrintable(unseen->text()));
    QCOMPARE(table()->verticalScrollBar()->value(), position); // the view stayed where the user put it
    QCOMPARE(m_panel->model()->rowCount(), 2200);

    QTest::mouseClick(unseen, Qt::LeftButton);
    QVERIFY(m_panel->isFollowing());
    QCOMPARE(m_panel->unseenCount(), 0);
    QTRY_COMPARE(table()->verticalScrollBar()->value(), table()->verticalScrollBar()->maximum());
    QTRY_COMPARE(m_panel->model()->index(2199, ui::AlertTableModel::Title).data().toString(), makeAlert(2199).alert.title);
}

void TestAlertTable::followingKeepsToNewRows()
{
    openPanel();
    QTRY_COMPARE_WITH_TIMEOUT(m_panel->model()->rowCount(), 2000, 10000);
    waitUntilPainted();
    append(2000, 100);
    m_panel->alertsStored();
    QTRY_COMPARE(m_panel->model()->rowCount(), 2100);
    QTRY_COMPARE(table()->verticalScrollBar()->value(), table()->verticalScrollBar()->maximum());
    QCOMPARE(m_panel->unseenCount(), 0);
    // New rows are highlighted for a moment, then not.
    QVERIFY(m_panel->model()->index(2099, 0).data(ui::AlertTableModel::FreshRole).toBool());
    QVERIFY(!m_panel->model()->index(1500, 0).data(ui::AlertTableModel::FreshRole).toBool());
    QTRY_VERIFY_WITH_TIMEOUT(!m_panel->model()->index(2099, 0).data(ui::AlertTableModel::FreshRole).toBool(), 5000);

    // Selecting a row pauses following.
    table()->selectRow(2090);
    QVERIFY(!m_panel->isFollowing());
    append(2100, 10);
    m_panel->alertsStored();
    QTRY_COMPARE(m_panel->unseenCount(), 10);
}

void TestAlertTable::retractionLeadsToItsEvent()
{
    openPanel();
    QTRY_COMPARE_WITH_TIMEOUT(m_panel->model()->rowCount(), 2000, 10000);
    const QModelIndex retraction = m_panel->model()->index(1999, ui::AlertTableModel::Type);
    QTRY_VERIFY(retraction.data(ui::AlertTableModel::RetractionRole).toBool());
    QCOMPARE(retraction.data().toString(), QStringLiteral("Retraction of S250499"));
    emit table()->activated(retraction);
    QCOMPARE(m_panel->filterEdit()->text(), QStringLiteral("event:\"S250499\""));
    QTRY_COMPARE_WITH_TIMEOUT(m_panel->model()->rowCount(), 4, 10000);
    QStringList types;
    for (int row = 0; row < 4; ++row) {
        QTRY_VERIFY(m_panel->model()->alertAt(row));
        types << m_panel->model()->alertAt(row)->record.alert.alertType;
    }
    QCOMPARE(types, (QStringList{QStringLiteral("Preliminary"), QStringLiteral("Initial"), QStringLiteral("Update"),
                                 QStringLiteral("Retraction")}));
}

void TestAlertTable::sortsByEventTimeNewestFirst()
{
    openPanel();
    QTRY_COMPARE_WITH_TIMEOUT(m_panel->model()->rowCount(), 2000, 10000);
    QTest::mouseClick(table()->horizontalHeader()->viewport(), Qt::LeftButton, {},
                      QPoint(table()->horizontalHeader()->sectionViewportPosition(ui::AlertTableModel::Time) + 10, 5));
    QTRY_VERIFY(m_panel->model()->sortColumn() == ui::AlertTableModel::Time);
    if (!m_panel->model()->isNewestFirst()) {
        QTest::mouseClick(table()->horizontalHeader()->viewport(), Qt::LeftButton, {},
                          QPoint(table()->horizontalHeader()->sectionViewportPosition(ui::AlertTableModel::Time) + 10, 5));
    }
    QTRY_VERIFY(m_panel->model()->isNewestFirst());
    QTRY_COMPARE_WITH_TIMEOUT(m_panel->model()->index(0, ui::AlertTableModel::Title).data().toString(),
                              makeAlert(1999).alert.title, 10000);
    QTRY_COMPARE(m_panel->model()->index(1, ui::AlertTableModel::Title).data().toString(), makeAlert(1998).alert.title);
    // A column the store cannot order by leaves the order as it was.
    QTest::mouseClick(table()->horizontalHeader()->viewport(), Qt::LeftButton, {},
                      QPoint(table()->horizontalHeader()->sectionViewportPosition(ui::AlertTableModel::Source) + 10, 5));
    QCOMPARE(m_panel->model()->sortColumn(), int(ui::AlertTableModel::Time));
    QCOMPARE(table()->horizontalHeader()->sortIndicatorSection(), int(ui::AlertTableModel::Time));
}

void TestAlertTable::savedFilters()
{
    openPanel();
    m_panel->setFilterText(QStringLiteral("source:IceCube"));
    auto *button = m_panel->findChild<QToolButton *>(QStringLiteral("savedFiltersButton"));
    QMenu *menu = button->menu();
    emit menu->aboutToShow();
    menu->findChild<QAction *>(QStringLiteral("saveFilterAction"))->trigger();
    m_panel->setFilterText({});
    QTRY_COMPARE_WITH_TIMEOUT(m_panel->model()->rowCount(), 2000, 10000);
    emit menu->aboutToShow();
    QAction *saved = nullptr;
    for (QAction *action : menu->actions()) {
        if (action->text() == QStringLiteral("source:IceCube"))
            saved = action;
    }
    QVERIFY(saved);
    saved->trigger();
    QCOMPARE(m_panel->filterEdit()->text(), QStringLiteral("source:IceCube"));
    QTRY_COMPARE_WITH_TIMEOUT(m_panel->model()->rowCount(), 500, 10000);
    auto *remove = menu->findChild<QMenu *>(QStringLiteral("deleteSavedFilterMenu"));
    QVERIFY(remove);
    remove->actions().constFirst()->trigger();
    QVERIFY(QSettings().value(QStringLiteral("filters/saved")).toStringList().isEmpty());
}

QTEST_MAIN(TestAlertTable)
#include "tst_alerttable.moc"
