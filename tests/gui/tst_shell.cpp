// Everything around the alert table, driven offscreen against the demo's in-process mock cluster:
// the detail pane (fields, content tree, raw text/hex, coordinates), the stream sidebar (pause and
// resume one stream), next/previous alert keys, the layout remembered across windows, the welcome
// page of a first run and the tray badge.
#include "core/demo/DemoFeed.h"
#include "HistoryWindow.h"
#include "core/engine/AlertEngine.h"
#include "ui/MainWindow.h"
#include "ui/TrayIcon.h"
#include "ui/models/AlertTableModel.h"
#include "ui/models/StreamStatusModel.h"

#include <QCheckBox>
#include <QClipboard>
#include <QCommandLinkButton>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>

using namespace alertdeck;
using StreamState = kafka::StreamStatus::State;

class TestShell : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void detailPaneShowsFieldsTreeAndRaw();
    void detailPaneCopiesCoordinates();
    void avroAlertShowsItsRecordTree();
    void sidebarPausesAndResumesAStream();
    void nextAndPreviousKeysMoveTheSelection();
    void layoutIsRestoredInASecondWindow();
    void welcomePageWithoutStreams();
    void trayBadgeCountsUnseenAlerts();

private:
    void startWindow(bool withDemo = true);
    void stopWindow();
    QTableView *table() const { return m_window->findChild<QTableView *>(QStringLiteral("alertTable")); }
    int rowOf(const QString &source) const;
    void selectRow(int row);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<engine::AlertEngine> m_engine;
    std::unique_ptr<demo::DemoFeed> m_feed;
    std::unique_ptr<ui::MainWindow> m_window;
};

void TestShell::initTestCase()
{
    // The layout a test saves must not land in (or come from) the user's own settings.
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("AlertDeckTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_shell"));
}

void TestShell::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QSettings().clear();
}

void TestShell::startWindow(bool withDemo)
{
    test::openWindow(m_dir->filePath(QStringLiteral("alerts.db")), m_engine, m_window);
    if (QTest::currentTestFailed())
        return;
    if (!withDemo)
        return;
    if (!m_feed) {
        m_feed = std::make_unique<demo::DemoFeed>();
        QString error;
        QVERIFY2(m_feed->start(&error), qPrintable(error));
    }
    m_window->startStream(m_feed->streamConfig());
}

void TestShell::stopWindow()
{
    if (!m_window)
        return;
    QSignalSpy stopped(m_engine.get(), &engine::AlertEngine::stopped);
    m_window->close();
    QVERIFY(stopped.wait(15000));
    QTRY_VERIFY(!m_window->isVisible());
    m_window.reset();
    m_engine.reset();
}

void TestShell::cleanup()
{
    m_window.reset();
    m_engine.reset();
    m_feed.reset();
    m_dir.reset();
}

int TestShell::rowOf(const QString &source) const
{
    const QAbstractItemModel *model = table()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, ui::AlertTableModel::Source).data().toString() == source)
            return row;
    }
    return -1;
}

void TestShell::selectRow(int row)
{
    QTableView *view = table();
    view->scrollTo(view->model()->index(row, ui::AlertTableModel::Source));
    const QRect cell = view->visualRect(view->model()->index(row, ui::AlertTableModel::Source));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
}

void TestShell::detailPaneShowsFieldsTreeAndRaw()
{
    startWindow();
    // The demo's third message: an IGWN alert (JSON) with its GraceDB page.
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(QStringLiteral("IGWN")) >= 0, 30000);
    selectRow(rowOf(QStringLiteral("IGWN")));

    auto *fields = m_window->findChild<QTreeWidget *>(QStringLiteral("detailFields"));
    QTRY_VERIFY(fields->topLevelItemCount() > 10);
    QVERIFY(!fields->findItems(QStringLiteral("IGWN"), Qt::MatchExactly, 1).isEmpty());

    auto *content = m_window->findChild<QTreeView *>(QStringLiteral("detailContent"));
    // The payload follows the fields: the history reads and decodes it on its own thread.
    QTRY_VERIFY(content->model() && content->model()->rowCount() > 0);
    const QModelIndex message = content->model()->index(0, 0);
    QVERIFY(content->model()->rowCount(message) > 3);
    const QModelIndexList superevent = content->model()->match(content->model()->index(0, 0, message), Qt::DisplayRole,
                                                               QStringLiteral("superevent_id"), 1, Qt::MatchExactly);
    QCOMPARE(superevent.size(), 1);
    QVERIFY(superevent.first().siblingAtColumn(1).data().toString().startsWith(QLatin1Char('S')));

    auto *openButton = m_window->findChild<QToolButton *>(QStringLiteral("openUrlButton"));
    QVERIFY(openButton->isEnabled());
    QVERIFY2(openButton->toolTip().contains(QStringLiteral("gracedb.ligo.org")), qPrintable(openButton->toolTip()));

    auto *raw = m_window->findChild<QPlainTextEdit *>(QStringLiteral("detailRaw"));
    m_window->findChild<QTabWidget *>(QStringLiteral("detailTabs"))->setCurrentWidget(raw->parentWidget()); // made when shown
    // Pretty-printed JSON (its sky map makes it long; the text view shows the first 256 KB).
    QVERIFY2(raw->toPlainText().startsWith(QStringLiteral("{\n    \"alert_type\": \"PRELIMINARY\"")), qPrintable(raw->toPlainText().left(200)));
    auto *hex = m_window->findChild<QCheckBox *>(QStringLiteral("detailHexToggle"));
    QVERIFY(!hex->isChecked());
    hex->click();
    QVERIFY2(raw->toPlainText().startsWith(QStringLiteral("00000000  7b ")), qPrintable(raw->toPlainText().left(80)));
    hex->click();
    QVERIFY(raw->toPlainText().startsWith(QStringLiteral("{\n    \"alert_type\"")));

    auto *kafka = m_window->findChild<QTreeWidget *>(QStringLiteral("detailKafka"));
    QVERIFY(!kafka->findItems(QStringLiteral("igwn.gwalert"), Qt::MatchExactly, 1).isEmpty());
}

void TestShell::detailPaneCopiesCoordinates()
{
    startWindow();
    // The first demo message: a Swift-BAT GUANO notice with a position.
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(QStringLiteral("Swift-BAT")) >= 0, 30000);
    const int row = rowOf(QStringLiteral("Swift-BAT"));
    const double ra = table()->model()->index(row, ui::AlertTableModel::Ra).data().toString().toDouble();
    QVERIFY(ra > 0);
    selectRow(row);
    auto *copy = m_window->findChild<QToolButton *>(QStringLiteral("copyCoordinatesButton"));
    QTRY_VERIFY(copy->isEnabled());
    QGuiApplication::clipboard()->clear();
    copy->click();
    const QString sexagesimal = QGuiApplication::clipboard()->text();
    QVERIFY2(QRegularExpression(QStringLiteral("^\\d\\d:\\d\\d:\\d\\d\\.\\d\\d [+-]\\d\\d:\\d\\d:\\d\\d\\.\\d$")).match(sexagesimal).hasMatch(), qPrintable(sexagesimal));
    const int hours = sexagesimal.left(2).toInt();
    QCOMPARE(hours, int(ra / 15));
    m_window->findChild<QAction *>(QStringLiteral("copyDecimalAction"))->trigger();
    QVERIFY2(QGuiApplication::clipboard()->text().startsWith(QString::number(ra, 'f', 2).left(5)), qPrintable(QGuiApplication::clipboard()->text()));

    // Ctrl+C on the table: the alert as the normalized JSON line `tom push` reads.
    table()->setFocus();
    QTest::keyClick(table(), Qt::Key_C, Qt::ControlModifier);
    QVERIFY2(QGuiApplication::clipboard()->text().contains(QStringLiteral("\"source\":\"Swift-BAT\"")), qPrintable(QGuiApplication::clipboard()->text()));
}

void TestShell::avroAlertShowsItsRecordTree()
{
    startWindow();
    // The demo's ZTF packet: an Avro container read by the core's ZTF decoder.
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(QStringLiteral("ZTF")) >= 0, 30000);
    selectRow(rowOf(QStringLiteral("ZTF")));
    auto *fields = m_window->findChild<QTreeWidget *>(QStringLiteral("detailFields"));
    QTRY_VERIFY(fields->topLevelItemCount() > 10);
    const QString id = fields->findItems(QStringLiteral("Id"), Qt::MatchExactly, 0).value(0)->text(1);
    QVERIFY(id.size() > 16); // a candid above 2^53

    auto *content = m_window->findChild<QTreeView *>(QStringLiteral("detailContent"));
    QTRY_VERIFY(content->model() && content->model()->rowCount() > 0);
    const QModelIndexList candid = content->model()->match(content->model()->index(0, 0), Qt::DisplayRole, QStringLiteral("candid"), 1,
                                                           Qt::MatchExactly | Qt::MatchRecursive);
    QCOMPARE(candid.size(), 1);
    QCOMPARE(candid.first().siblingAtColumn(1).data().toString(), id); // exact, not 2.46e+18
    auto *hex = m_window->findChild<QCheckBox *>(QStringLiteral("detailHexToggle"));
    QVERIFY(hex->isChecked()); // binary payloads open as hex
    auto *raw = m_window->findChild<QPlainTextEdit *>(QStringLiteral("detailRaw"));
    m_window->findChild<QTabWidget *>(QStringLiteral("detailTabs"))->setCurrentWidget(raw->parentWidget());
    QVERIFY2(raw->toPlainText().startsWith(QStringLiteral("00000000  4f 62 6a 01")), qPrintable(raw->toPlainText().left(80))); // "Obj\x01"
}

void TestShell::sidebarPausesAndResumesAStream()
{
    startWindow();
    QTRY_VERIFY_WITH_TIMEOUT(table()->model()->rowCount() >= 2, 30000);
    ui::StreamStatusModel *streams = m_window->streamModel();
    const QString name = m_feed->streamConfig().name;
    QTRY_COMPARE_WITH_TIMEOUT(streams->stateOf(name), StreamState::Live, 10000);
    auto *view = m_window->findChild<QTreeView *>(QStringLiteral("streamView"));
    QVERIFY(view->isVisible());
    const QRect cell = view->visualRect(streams->index(streams->rowOf(name), 0));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());

    auto *pause = m_window->findChild<QToolButton *>(QStringLiteral("pauseStreamButton"));
    QVERIFY(pause->isEnabled());
    pause->click();
    QTRY_COMPARE_WITH_TIMEOUT(streams->stateOf(name), StreamState::Paused, 10000);
    QCOMPARE(streams->index(streams->rowOf(name), ui::StreamStatusModel::State).data().toString(), QStringLiteral("paused"));
    auto *status = m_window->findChild<QLabel *>(QStringLiteral("streamStatusLabel"));
    QTRY_VERIFY(status->text().contains(QStringLiteral("paused")));
    QCOMPARE(pause->text(), QStringLiteral("Resume"));
    const int rows = table()->model()->rowCount();
    QTest::qWait(3000); // the demo publishes every few hundred milliseconds; nothing may arrive while paused
    QCOMPARE(table()->model()->rowCount(), rows);

    pause->click();
    QTRY_COMPARE_WITH_TIMEOUT(streams->stateOf(name), StreamState::Live, 10000);
    QTRY_VERIFY(status->text().contains(QStringLiteral("live")));

    // Stop, then start again from the sidebar: the window restarts the stream it started.
    m_window->findChild<QToolButton *>(QStringLiteral("stopStreamButton"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(streams->stateOf(name), StreamState::Stopped, 15000);
    QVERIFY(!m_engine->isRunning(name));
    auto *start = m_window->findChild<QToolButton *>(QStringLiteral("startStreamButton"));
    QTRY_VERIFY(start->isEnabled());
    start->click();
    // The new consumer joins the group the stopped one left; the mock cluster may take its time.
    QTRY_COMPARE_WITH_TIMEOUT(streams->stateOf(name), StreamState::Live, 60000);
}

void TestShell::nextAndPreviousKeysMoveTheSelection()
{
    startWindow();
    QTRY_VERIFY_WITH_TIMEOUT(table()->model()->rowCount() >= 3, 30000);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    table()->setFocus();
    QTest::keyClick(m_window.get(), Qt::Key_J);
    QTRY_COMPARE(table()->currentIndex().row(), 0);
    QTest::keyClick(m_window.get(), Qt::Key_J);
    QCOMPARE(table()->currentIndex().row(), 1);
    QTest::keyClick(m_window.get(), Qt::Key_Down, Qt::ControlModifier);
    QCOMPARE(table()->currentIndex().row(), 2);
    QTest::keyClick(m_window.get(), Qt::Key_K);
    QCOMPARE(table()->currentIndex().row(), 1);
    QTest::keyClick(m_window.get(), Qt::Key_Up, Qt::ControlModifier);
    QCOMPARE(table()->currentIndex().row(), 0);
    QTest::keyClick(m_window.get(), Qt::Key_K); // stays on the first row
    QCOMPARE(table()->currentIndex().row(), 0);
    // The selection drives the detail pane.
    auto *fields = m_window->findChild<QTreeWidget *>(QStringLiteral("detailFields"));
    QTRY_VERIFY(fields->topLevelItemCount() > 10);

    // While the filter has focus, letters are typed, not taken as shortcuts.
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    auto *filter = m_window->findChild<QLineEdit *>(QStringLiteral("filterEdit"));
    QTRY_VERIFY(filter->hasFocus());
    QTest::keyClick(filter, Qt::Key_J);
    QCOMPARE(filter->text(), QStringLiteral("j"));
    QCOMPARE(table()->currentIndex().row(), 0);
}

void TestShell::layoutIsRestoredInASecondWindow()
{
    startWindow(false);
    m_window->resize(1111, 666);
    auto *header = table()->horizontalHeader();
    header->resizeSection(ui::AlertTableModel::Topic, 321);
    header->moveSection(header->visualIndex(ui::AlertTableModel::Title), 0);
    auto *splitter = m_window->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
    splitter->setSizes({200, 300});
    const QList<int> sizes = splitter->sizes();
    stopWindow();

    startWindow(false);
    QCOMPARE(m_window->size(), QSize(1111, 666));
    header = table()->horizontalHeader();
    QCOMPARE(header->sectionSize(ui::AlertTableModel::Topic), 321);
    QCOMPARE(header->visualIndex(ui::AlertTableModel::Title), 0);
    QCOMPARE(m_window->findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes(), sizes);
}

void TestShell::welcomePageWithoutStreams()
{
    startWindow(false);
    auto *welcome = m_window->findChild<QWidget *>(QStringLiteral("welcomePanel"));
    QVERIFY(!welcome->isVisible());
    QTemporaryDir configDir;
    m_window->applyConfiguration(config::StreamConfigFile::parse(R"({"streams": []})"));
    QVERIFY(m_window->isShowingWelcome());
    QTRY_VERIFY(welcome->isVisible());
    auto *streamsDock = m_window->findChild<QWidget *>(QStringLiteral("streamsDock"));
    QVERIFY(!streamsDock->isVisible());

    QSignalSpy demo(m_window.get(), &ui::MainWindow::demoRequested);
    QSignalSpy add(m_window.get(), &ui::MainWindow::addStreamRequested);
    QSignalSpy import(m_window.get(), &ui::MainWindow::importConfigurationRequested);
    QTest::mouseClick(m_window->findChild<QCommandLinkButton *>(QStringLiteral("welcomeDemoButton")), Qt::LeftButton);
    QTest::mouseClick(m_window->findChild<QCommandLinkButton *>(QStringLiteral("welcomeAddStreamButton")), Qt::LeftButton);
    QTest::mouseClick(m_window->findChild<QCommandLinkButton *>(QStringLiteral("welcomeImportButton")), Qt::LeftButton);
    QCOMPARE(demo.size(), 1);
    QCOMPARE(add.size(), 1);
    QCOMPARE(import.size(), 1);

    // Once a stream starts, the table replaces the welcome page.
    m_feed = std::make_unique<demo::DemoFeed>();
    QString error;
    QVERIFY2(m_feed->start(&error), qPrintable(error));
    m_window->startStream(m_feed->streamConfig());
    QVERIFY(!m_window->isShowingWelcome());
    QTRY_VERIFY(table()->isVisible());
    QVERIFY(streamsDock->isVisible());
}

void TestShell::trayBadgeCountsUnseenAlerts()
{
    startWindow(false);
    ui::TrayIcon tray(m_window.get());
    QVERIFY(tray.toolTip().contains(QStringLiteral("no unseen")));
    const QImage plain = ui::TrayIcon::badged(QIcon(QStringLiteral(":/icons/alertdeck-32.png")), 0).pixmap(32, 32).toImage();
    QVERIFY(!plain.isNull());
    const QImage badged = ui::TrayIcon::badged(QIcon(QStringLiteral(":/icons/alertdeck-32.png")), 7).pixmap(32, 32).toImage();
    QCOMPARE(badged.size(), plain.size());
    QVERIFY(badged != plain);
    // The badge sits in the top right corner, red.
    const QColor corner = badged.pixelColor(badged.width() - 3, 9);
    QVERIFY2(corner.red() > 150 && corner.red() - corner.green() > 80, qPrintable(corner.name()));

    // The window counts what arrives while it is not active; the tray shows it.
    m_feed = std::make_unique<demo::DemoFeed>();
    QString error;
    QVERIFY2(m_feed->start(&error), qPrintable(error));
    QWidget other;
    other.show();
    other.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&other));
    m_window->startStream(m_feed->streamConfig());
    QTRY_VERIFY_WITH_TIMEOUT(m_window->unseenAlerts() >= 2, 30000);
    QVERIFY2(tray.toolTip().contains(QString::number(m_window->unseenAlerts())), qPrintable(tray.toolTip()));
    m_window->activateWindow();
    QTRY_COMPARE(m_window->unseenAlerts(), 0);
    QVERIFY(tray.toolTip().contains(QStringLiteral("no unseen")));
}

QTEST_MAIN(TestShell)
#include "tst_shell.moc"
