// The detail pane of the main window on a store the test fills itself with a GCN JSON notice, a
// VOEvent and a Rubin-sized Avro alert in turn: the payload of the row selected is shown once the
// history has read it (never read on the GUI thread), quick J/K navigation shows the last row
// selected and reads at most the first and the last, and an unreadable payload says why.
#include "DetailSamples.h"
#include "HistoryWindow.h"
#include "core/engine/AlertEngine.h"
#include "core/store/AlertHistory.h"
#include "core/store/AlertStore.h"
#include "core/store/PayloadSegments.h"
#include "core/store/SqliteHandle.h"
#include "core/store/StoreSchema.h"
#include "ui/MainWindow.h"
#include "ui/models/AlertTableModel.h"
#include "ui/panels/DetailPanel.h"

#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>

#include <atomic>

using namespace alertdeck;

namespace {

constexpr int kAlerts = 12;
const QStringList kKinds = {QStringLiteral("gcn"), QStringLiteral("voevent"), QStringLiteral("avro")};

// Alert n: the kinds in turn, each made from n; its topic names its kind.
QByteArray payloadOf(int n)
{
    switch (n % 3) {
    case 0:
        return test::gcnJsonNotice(n);
    case 1:
        return test::voEventNotice(n);
    default:
        return test::rubinAvroAlert(n);
    }
}

} // namespace

class TestDetailPanel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void showsEachKindOfPayload();
    void quickNavigationShowsTheLastRowOnly();
    void anUnreadablePayloadSaysWhy();
    void rawTextIsMadeWhenItsTabShows();

private:
    QTableView *table() const { return m_history.window->findChild<QTableView *>(QStringLiteral("alertTable")); }
    ui::DetailPanel *panel() const { return m_history.window->findChild<ui::DetailPanel *>(QStringLiteral("detailPanel")); }
    QPlainTextEdit *raw() const { return m_history.window->findChild<QPlainTextEdit *>(QStringLiteral("detailRaw")); }
    QTreeView *content() const { return m_history.window->findChild<QTreeView *>(QStringLiteral("detailContent")); }
    QLabel *contentNote() const { return m_history.window->findChild<QLabel *>(QStringLiteral("detailContentNote")); }
    QString kafkaValue(const QString &field) const;
    QString contentValue(const QString &key) const;
    void selectRow(int row);
    void showRawTab() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    test::HistoryWindow m_history;
};

void TestDetailPanel::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("AlertDeckTest"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
}

void TestDetailPanel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    decode::AlertBatch batch;
    for (int n = 0; n < kAlerts; ++n)
        batch.append(test::sampleAlert(payloadOf(n), kKinds.at(n % 3), n));
    m_history.open(*m_dir, QStringLiteral("samples"), batch);
    if (QTest::currentTestFailed())
        return;
    QTRY_VERIFY(m_history.window->alertModel()->alertAt(kAlerts - 1));
}

void TestDetailPanel::cleanup()
{
    m_history.close();
    m_dir.reset();
}

QString TestDetailPanel::kafkaValue(const QString &field) const
{
    auto *kafka = m_history.window->findChild<QTreeWidget *>(QStringLiteral("detailKafka"));
    const QList<QTreeWidgetItem *> items = kafka->findItems(field, Qt::MatchExactly, 0);
    return items.isEmpty() ? QString() : items.first()->text(1);
}

// The value of the first row named `key` anywhere in the content tree.
QString TestDetailPanel::contentValue(const QString &key) const
{
    const QAbstractItemModel *model = content()->model();
    if (!model || model->rowCount() == 0)
        return {};
    const QModelIndexList found = model->match(model->index(0, 0), Qt::DisplayRole, key, 1, Qt::MatchExactly | Qt::MatchRecursive);
    return found.isEmpty() ? QString() : found.first().siblingAtColumn(1).data().toString();
}

// Rows are alerts in arrival order: row n is alert n.
void TestDetailPanel::selectRow(int row)
{
    table()->setFocus();
    table()->selectRow(row);
}

// The raw text is only made while its tab shows.
void TestDetailPanel::showRawTab() const
{
    m_history.window->findChild<QTabWidget *>(QStringLiteral("detailTabs"))->setCurrentWidget(raw()->parentWidget());
}

void TestDetailPanel::showsEachKindOfPayload()
{
    // Where the payloads are read and decoded: never on the GUI thread.
    std::atomic<QThread *> readOn{nullptr};
    store::AlertHistory *history = m_history.window->alertModel()->history();
    connect(history, &store::AlertHistory::detailRead, history, [&readOn] { readOn = QThread::currentThread(); },
            Qt::DirectConnection);
    showRawTab();
    auto *hex = m_history.window->findChild<QCheckBox *>(QStringLiteral("detailHexToggle"));
    // GCN JSON: the notice indented, its tree, its page, its header and size.
    selectRow(3);
    QTRY_VERIFY(raw()->toPlainText().contains(QStringLiteral("\"data_archive_page\": \"https://gcn.nasa.gov/missions/swift/guano/3\"")));
    QVERIFY(!hex->isChecked());
    QCOMPARE(contentValue(QStringLiteral("rate_snr")), QStringLiteral("7.2"));
    QVERIFY(contentNote()->isHidden());
    QCOMPARE(kafkaValue(QStringLiteral("Header sample")), QStringLiteral("gcn"));
    QVERIFY(kafkaValue(QStringLiteral("Payload size")).startsWith(QString::number(payloadOf(3).size()) + QLatin1Char(' ')));
    auto *openButton = m_history.window->findChild<QToolButton *>(QStringLiteral("openUrlButton"));
    QVERIFY2(openButton->toolTip().endsWith(QStringLiteral("guano/3")), qPrintable(openButton->toolTip()));

    // VOEvent: Params by name, the XML as it came.
    selectRow(4);
    QTRY_COMPARE(contentValue(QStringLiteral("Param GraceID")), QStringLiteral("S2503014"));
    QVERIFY(raw()->toPlainText().startsWith(QStringLiteral("<?xml")));
    QCOMPARE(kafkaValue(QStringLiteral("Header sample")), QStringLiteral("voevent"));

    // Avro: every record as a tree, the ~80 KB message as hex.
    selectRow(5);
    QTRY_VERIFY(hex->isChecked());
    QTRY_VERIFY2(raw()->toPlainText().startsWith(QStringLiteral("00000000  4f 62 6a 01")), qPrintable(raw()->toPlainText().left(80)));
    QVERIFY(!contentValue(QStringLiteral("record 1")).isEmpty());
    QVERIFY(payloadOf(5).size() > 70000);
    QVERIFY(readOn.load() != nullptr);
    QVERIFY(readOn.load() != QThread::currentThread());
    QVERIFY(kafkaValue(QStringLiteral("Payload size")).startsWith(QString::number(payloadOf(5).size()) + QLatin1Char(' ')));
}

void TestDetailPanel::quickNavigationShowsTheLastRowOnly()
{
    showRawTab();
    selectRow(0);
    QTRY_VERIFY(raw()->toPlainText().contains(QStringLiteral("guano/0\"")));
    QSignalSpy reads(m_history.window->alertModel()->history(), &store::AlertHistory::detailRead);
    QSignalSpy shown(panel(), &ui::DetailPanel::detailShown);
    // J eight times, faster than any read: rows 1 to 8, the last an Avro alert.
    for (int i = 0; i < 8; ++i)
        QTest::keyClick(m_history.window.get(), Qt::Key_J);
    QCOMPARE(table()->currentIndex().row(), 8);
    // Fields show at once; the content says it is loading until the read is in.
    auto *fields = m_history.window->findChild<QTreeWidget *>(QStringLiteral("detailFields"));
    QVERIFY(!fields->findItems(m_history.window->alertModel()->alertAt(8)->record.alert.id, Qt::MatchExactly, 1).isEmpty());
    QCOMPARE(contentNote()->text(), QStringLiteral("Loading…"));
    QTRY_COMPARE(shown.size(), 1);
    const qint64 key = m_history.window->alertModel()->alertAt(8)->key;
    QCOMPARE(shown.first().first().toLongLong(), key);
    QVERIFY(raw()->toPlainText().startsWith(QStringLiteral("00000000  4f 62 6a 01")));
    QCOMPARE(kafkaValue(QStringLiteral("Offset")), QStringLiteral("8"));
    QVERIFY(kafkaValue(QStringLiteral("Payload size")).startsWith(QString::number(payloadOf(8).size()) + QLatin1Char(' ')));
    // The read running when J was first pressed, and the last row's: nothing in between.
    QVERIFY2(reads.size() <= 2, qPrintable(QString::number(reads.size())));

    // Back up to a GCN notice: shown, and nothing of the Avro alert is left.
    for (int i = 0; i < 2; ++i)
        QTest::keyClick(m_history.window.get(), Qt::Key_K);
    QTRY_VERIFY(raw()->toPlainText().contains(QStringLiteral("guano/6\"")));
    QCOMPARE(kafkaValue(QStringLiteral("Offset")), QStringLiteral("6"));
    QVERIFY(!m_history.window->findChild<QCheckBox *>(QStringLiteral("detailHexToggle"))->isChecked());
}

void TestDetailPanel::anUnreadablePayloadSaysWhy()
{
    // Rows not yet indexed are kept in the payload files too; once the indexer has moved them into
    // the database, only their payloads are lost with the files.
    const QString path = m_dir->filePath(QStringLiteral("alerts.db"));
    const auto stagedRows = [&path] {
        QString error;
        const store::SqliteDatabase db = store::schema::open(path, store::schema::Mode::ReadOnly, &error);
        return db ? store::sql::scalar(db.get(), "SELECT count(*) FROM main.staged", -1) : -1;
    };
    QTRY_COMPARE_WITH_TIMEOUT(stagedRows(), 0, 20000);
    QVERIFY(QDir(store::PayloadSegments::directoryFor(path)).removeRecursively());
    QSignalSpy shown(panel(), &ui::DetailPanel::detailShown);
    selectRow(2);
    QVERIFY(!contentNote()->isHidden());
    QCOMPARE(contentNote()->text(), QStringLiteral("Loading…"));
    QTRY_COMPARE(shown.size(), 1);
    QVERIFY2(contentNote()->text().contains(QStringLiteral("cannot read payload file")), qPrintable(contentNote()->text()));
    QVERIFY(!contentNote()->isHidden());
    QVERIFY(raw()->toPlainText().isEmpty());
    QCOMPARE(content()->model()->rowCount(), 0);
    // The fields come from the table's row, so they are all there.
    auto *fields = m_history.window->findChild<QTreeWidget *>(QStringLiteral("detailFields"));
    QVERIFY(!fields->findItems(m_history.window->alertModel()->alertAt(2)->record.alert.title, Qt::MatchExactly, 1).isEmpty());
}

void TestDetailPanel::rawTextIsMadeWhenItsTabShows()
{
    QSignalSpy shown(panel(), &ui::DetailPanel::detailShown);
    selectRow(5);
    QTRY_COMPARE(shown.size(), 1);
    QVERIFY(!contentValue(QStringLiteral("record 1")).isEmpty());
    QVERIFY(raw()->toPlainText().isEmpty());
    showRawTab();
    QVERIFY(raw()->toPlainText().startsWith(QStringLiteral("00000000  4f 62 6a 01")));
}

QTEST_MAIN(TestDetailPanel)
#include "tst_detailpanel.moc"
