// The main window driven as a user would, offscreen, against the demo's in-process mock cluster.
#include "core/demo/DemoFeed.h"
#include "core/config/StreamConfigFile.h"
#include "HistoryWindow.h"
#include "core/engine/AlertEngine.h"
#include "core/secrets/SecretStore.h"
#include "core/secrets/StreamSecretResolver.h"
#include "ui/MainWindow.h"
#include "ui/models/AlertTableModel.h"
#include "ui/models/StreamStatusModel.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace alertdeck;

namespace {

// A keychain that is there but holds no entry: what a user has before storing a stream's password.
class EmptyKeychain : public secrets::SecretStore
{
public:
    bool isAvailable() const override { return true; }
    QString unavailableReason() const override { return {}; }
    void read(const QString &key) override
    {
        QMetaObject::invokeMethod(this, [this, key] { emit readFinished(key, {}, {}); }, Qt::QueuedConnection);
    }
    void write(const QString &key, const QString &) override { emit writeFinished(key, {}); }
    void remove(const QString &key) override { emit removeFinished(key, {}); }
};

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void demoFillsTheTable();
    void filterNarrowsTheRows();
    void selectingARowShowsItsDetails();
    void pauseStopsTheStream();
    void hideTestAlerts();
    void quitStopsStreamsBeforeClosing();
    void aStreamWithoutItsSecretSaysWhyInTheSidebar();
    void theSidebarCountsEachHandlersMatches();

private:
    QTableView *table() const { return m_window->findChild<QTableView *>(QStringLiteral("alertTable")); }
    void waitForRows(int rows);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<engine::AlertEngine> m_engine;
    std::unique_ptr<demo::DemoFeed> m_feed;
    std::unique_ptr<ui::MainWindow> m_window;
};

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    test::openWindow(m_dir->filePath(QStringLiteral("alerts.db")), m_engine, m_window);
    if (QTest::currentTestFailed())
        return;
    m_feed = std::make_unique<demo::DemoFeed>();
    QString error;
    QVERIFY2(m_feed->start(&error), qPrintable(error));
    m_engine->startStream(m_feed->streamConfig(), {});
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_engine.reset();
    m_feed.reset();
    m_dir.reset();
}

void TestMainWindow::waitForRows(int rows)
{
    QTRY_VERIFY_WITH_TIMEOUT(table()->model()->rowCount() >= rows, 30000);
}

void TestMainWindow::demoFillsTheTable()
{
    waitForRows(6);
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("streamStatusLabel")) != nullptr);
    const QModelIndex first = table()->model()->index(0, ui::AlertTableModel::Source);
    QVERIFY(!first.data().toString().isEmpty());
}

void TestMainWindow::filterNarrowsTheRows()
{
    waitForRows(6);
    auto *filter = m_window->findChild<QLineEdit *>(QStringLiteral("filterEdit"));
    QVERIFY(filter);
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(filter->hasFocus());
    const ui::AlertTableModel *model = m_window->alertModel();
    const int all = model->rowCount();
    QTest::keyClicks(filter, QStringLiteral("source:Swift-BAT"));
    QTest::keyClick(filter, Qt::Key_Return);
    // The store answers on its own thread: the rows change when it has.
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() >= 1 && model->rowCount() < all, 10000);
    for (int row = 0; row < model->rowCount(); ++row) {
        QTRY_VERIFY(model->alertAt(row));
        QCOMPARE(model->alertAt(row)->record.alert.source, QStringLiteral("Swift-BAT"));
    }
    filter->clear();
    QTest::keyClick(filter, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() >= all, 10000);
}

void TestMainWindow::selectingARowShowsItsDetails()
{
    waitForRows(3);
    QTableView *view = table();
    const QRect cell = view->visualRect(view->model()->index(1, ui::AlertTableModel::Source));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    auto *fields = m_window->findChild<QTreeWidget *>(QStringLiteral("detailFields"));
    QTRY_VERIFY(fields->topLevelItemCount() > 10);
    const QString source = view->model()->index(1, ui::AlertTableModel::Source).data().toString();
    const auto found = fields->findItems(source, Qt::MatchExactly, 1);
    QVERIFY2(!found.isEmpty(), qPrintable(source));
    auto *kafka = m_window->findChild<QTreeWidget *>(QStringLiteral("detailKafka"));
    QVERIFY(!kafka->findItems(QStringLiteral("Demo"), Qt::MatchExactly, 1).isEmpty());
}

void TestMainWindow::pauseStopsTheStream()
{
    waitForRows(2);
    auto *pause = m_window->findChild<QAction *>(QStringLiteral("pauseAction"));
    QVERIFY(pause);
    pause->trigger();
    auto *status = m_window->findChild<QLabel *>(QStringLiteral("streamStatusLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("paused")), 10000);
    const int rows = table()->model()->rowCount();
    QTest::qWait(4000); // the demo publishes every few seconds; nothing may arrive while paused
    QCOMPARE(table()->model()->rowCount(), rows);
    pause->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("live")), 10000);
}

void TestMainWindow::hideTestAlerts()
{
    // The demo's seventh message is a mock (MS...) superevent, a test alert.
    waitForRows(7);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->alertModel()->match(m_window->alertModel()->index(0, 0), ui::AlertTableModel::TestRole, true).size() > 0, 20000);
    const int all = table()->model()->rowCount();
    m_window->findChild<QAction *>(QStringLiteral("hideTestAction"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(table()->model()->rowCount() < all, 10000);
    for (int row = 0; row < table()->model()->rowCount(); ++row) {
        QTRY_VERIFY(m_window->alertModel()->alertAt(row));
        QVERIFY(!table()->model()->index(row, 0).data(ui::AlertTableModel::TestRole).toBool());
    }
}

void TestMainWindow::quitStopsStreamsBeforeClosing()
{
    waitForRows(1);
    const QString stream = m_feed->streamConfig().name;
    QVERIFY(m_engine->isRunning(stream));
    QSignalSpy stopped(m_engine.get(), &engine::AlertEngine::stopped);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_Q, Qt::ControlModifier);
    QVERIFY(stopped.wait(15000));
    QVERIFY(!m_engine->isRunning(stream));
    QTRY_VERIFY(!m_window->isVisible());
    // A second shutdown after the store has closed (the GUI bench makes one) finds nothing to do:
    // it once reached the store writer deleted with its thread.
    m_engine->shutdown();
    QCoreApplication::processEvents();
    QVERIFY(!m_engine->isRunning(stream));
}

// Streams started from the configuration ask the keychain for their password; without one they do
// not start and the sidebar says what to do.
void TestMainWindow::aStreamWithoutItsSecretSaysWhyInTheSidebar()
{
    EmptyKeychain keychain;
    secrets::StreamSecretResolver resolver(&keychain);
    m_window->setSecretResolver(&resolver);
    const auto file = config::StreamConfigFile::parse(R"({"streams": [
      {"name": "SCiMMA", "kind": "hopskotch", "options": {"url": "kafka:\/\/127.0.0.1:1/", "username": "me",
                                                          "group_id": "me-deck", "topics": ["hermes.test"]}}]})");
    QVERIFY(file.problems.isEmpty());
    m_window->startStream(file.streams.first());
    ui::StreamStatusModel *streams = m_window->streamModel();
    QTRY_VERIFY(streams->rowOf(QStringLiteral("SCiMMA")) >= 0);
    const QModelIndex row = streams->index(streams->rowOf(QStringLiteral("SCiMMA")), 0);
    QTRY_VERIFY(streams->data(row, Qt::ToolTipRole).toString().contains(QLatin1String("no password stored in the keychain")));
    QVERIFY(!m_engine->isRunning(QStringLiteral("SCiMMA")));
}

// The demo stream's one handler ("*" → table) counts every alert it shows.
void TestMainWindow::theSidebarCountsEachHandlersMatches()
{
    waitForRows(3);
    ui::StreamStatusModel *streams = m_window->streamModel();
    const QString demo = m_feed->streamConfig().name;
    QTRY_VERIFY(streams->rowOf(demo) >= 0);
    const auto tooltip = [&] { return streams->data(streams->index(streams->rowOf(demo), 0), Qt::ToolTipRole).toString(); };
    QTRY_VERIFY2(tooltip().contains(QLatin1String("Matches: * table ")), qPrintable(tooltip()));
    const int shown = table()->model()->rowCount();
    const QString count = tooltip().section(QLatin1String("Matches: * table "), 1).section(QLatin1Char(';'), 0, 0);
    QVERIFY2(count.toInt() >= 3 && count.toInt() <= shown + 20, qPrintable(tooltip()));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
