// What the core's actions report reaches the desktop user: the Action log dock lists what command,
// forward and webhook actions did, a failure also goes to the status bar, and a silent heartbeat
// topic marks its stream in the sidebar.
#include "HistoryWindow.h"
#include "core/config/StreamConfigFile.h"
#include "core/kafka/MessageProducer.h"
#include "core/kafka/MockCluster.h"
#include "ui/models/ActionLogModel.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QToolButton>
#include <QTreeView>

using namespace alertdeck;

class TestActionLog : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void actionsAreLoggedAndFailuresShownInTheStatusBar();
    void theLogKeepsTheNewestEntries();
    void aSilentHeartbeatMarksItsStream();
    void owedForwardsAreShownWithTheirStream();
    void owedForwardsCanBeDiscardedFromTheStreamsMenu();

private:
    QString statusMessage() const { return m_window->statusBar()->currentMessage(); }
    // The streams list's context menu for that row, as a right click opens it.
    QMenu *openStreamMenu(const QString &stream);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<engine::AlertEngine> m_engine;
    std::unique_ptr<ui::MainWindow> m_window;
    // A test's cluster outlives the engine, whose streams leave their groups on the way out.
    std::unique_ptr<kafka::MockCluster> m_cluster;
};

void TestActionLog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir->path());
    test::openWindow(m_dir->filePath(QStringLiteral("alerts.db")), m_engine, m_window, QSize(1200, 800));
}

void TestActionLog::cleanup()
{
    m_window.reset();
    m_engine.reset();
    m_cluster.reset();
    m_dir.reset();
}

void TestActionLog::actionsAreLoggedAndFailuresShownInTheStatusBar()
{
    QAbstractItemModelTester tester(m_window->actionLog(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("actionLogDock"));
    QVERIFY(dock);
    QVERIFY(!dock->isVisible()); // nothing to say yet
    emit m_engine->actionLogged({QStringLiteral("GCN"), QStringLiteral("forward"), QStringLiteral("forwarded 3 messages to stream \"out\""), false});
    QVERIFY(statusMessage().isEmpty()); // a success is not news
    const QString failure = QStringLiteral("command \"notify-send\" failed: exit status 2");
    emit m_engine->actionLogged({QStringLiteral("GCN"), QStringLiteral("command"), failure, true});
    QVERIFY2(statusMessage().contains(failure) && statusMessage().contains(QStringLiteral("Action log")), qPrintable(statusMessage()));

    // View › Action log opens the dock, as the status bar says.
    QMenu *view = m_window->menuBar()->findChild<QMenu *>(QStringLiteral("viewMenu"));
    QVERIFY(view);
    QAction *toggle = m_window->findChild<QAction *>(QStringLiteral("actionLogDockAction"));
    QVERIFY(toggle && view->actions().contains(toggle));
    toggle->trigger();
    QTRY_VERIFY(dock->isVisible());
    auto *table = dock->findChild<QTableView *>(QStringLiteral("actionLogView"));
    QVERIFY(table);
    const QAbstractItemModel *model = table->model();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(1, ui::ActionLogModel::Message).data().toString(), failure);
    QCOMPARE(model->index(1, ui::ActionLogModel::Stream).data().toString(), QStringLiteral("GCN"));
    QCOMPARE(model->index(1, ui::ActionLogModel::Action).data().toString(), QStringLiteral("command"));
    QVERIFY(!model->index(0, ui::ActionLogModel::Message).data(Qt::ForegroundRole).isValid());
    QCOMPARE(model->index(1, ui::ActionLogModel::Message).data(Qt::ForegroundRole).value<QColor>(), QColor(0xd0, 0x31, 0x2d));

    QTest::mouseClick(dock->findChild<QToolButton *>(QStringLiteral("clearActionLogButton")), Qt::LeftButton);
    QCOMPARE(model->rowCount(), 0);
    // Ctrl+L, as the menu says, hides and shows it again.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
    QTRY_VERIFY(!dock->isVisible());
    QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
    QTRY_VERIFY(dock->isVisible());
}

void TestActionLog::theLogKeepsTheNewestEntries()
{
    ui::ActionLogModel log; // no model tester here: it would check every row on each of 5,010 appends
    for (int i = 0; i < ui::ActionLogModel::kMaxEntries + 10; ++i)
        log.append({QStringLiteral("GCN"), QStringLiteral("webhook"), QString::number(i), false});
    QCOMPARE(log.rowCount(), ui::ActionLogModel::kMaxEntries);
    QCOMPARE(log.index(0, ui::ActionLogModel::Message).data().toString(), QStringLiteral("10"));
    QCOMPARE(log.index(log.rowCount() - 1, ui::ActionLogModel::Message).data().toString(),
             QString::number(ui::ActionLogModel::kMaxEntries + 9));
}

void TestActionLog::aSilentHeartbeatMarksItsStream()
{
    ui::StreamStatusModel *streams = m_window->streamModel();
    const qint64 now = 1'800'000'000'000;
    streams->setClock([now] { return now; });
    kafka::StreamStatus status;
    status.stream = QStringLiteral("SCiMMA");
    status.state = kafka::StreamStatus::State::Live;
    streams->updateStatus(status);
    const QModelIndex state = streams->index(streams->rowOf(QStringLiteral("SCiMMA")), ui::StreamStatusModel::State);
    const QString live = state.data().toString();

    emit m_engine->heartbeatChanged({QStringLiteral("SCiMMA"), QStringLiteral("sys.heartbeat"), now - 5000, 60000, false});
    QCOMPARE(state.data().toString(), live);
    QVERIFY2(state.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Heartbeat sys.heartbeat: last one 5 s ago")),
             qPrintable(state.data(Qt::ToolTipRole).toString()));
    QVERIFY(statusMessage().isEmpty());

    emit m_engine->heartbeatChanged({QStringLiteral("SCiMMA"), QStringLiteral("sys.heartbeat"), now - 90000, 60000, true});
    QCOMPARE(state.data().toString(), live + QStringLiteral(", heartbeat silent"));
    QVERIFY(state.data(Qt::ForegroundRole).isValid());
    QVERIFY2(state.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Heartbeat sys.heartbeat: silent, last one 1 min ago (alarm after 60 s)")),
             qPrintable(state.data(Qt::ToolTipRole).toString()));
    QVERIFY2(statusMessage().contains(QStringLiteral("no heartbeat on sys.heartbeat")), qPrintable(statusMessage()));

    // It beats again: the mark goes.
    emit m_engine->heartbeatChanged({QStringLiteral("SCiMMA"), QStringLiteral("sys.heartbeat"), now, 60000, false});
    QCOMPARE(state.data().toString(), live);
    QVERIFY(!state.data(Qt::ForegroundRole).isValid());
}

// Forwards a down target keeps in the outbox show under the streams list while there are any.
void TestActionLog::owedForwardsAreShownWithTheirStream()
{
    ui::StreamStatusModel *streams = m_window->streamModel();
    kafka::StreamStatus status;
    status.stream = QStringLiteral("ZTF");
    status.state = kafka::StreamStatus::State::Live;
    streams->updateStatus(status);
    const QModelIndex state = streams->index(streams->rowOf(QStringLiteral("ZTF")), ui::StreamStatusModel::State);
    QVERIFY(!state.data(Qt::ToolTipRole).toString().contains(QStringLiteral("outbox")));
    emit m_engine->forwardsOwedChanged(QStringLiteral("ZTF"), 1234);
    QVERIFY2(state.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Forwards waiting in the outbox: 1,234")),
             qPrintable(state.data(Qt::ToolTipRole).toString()));
    emit m_engine->forwardsOwedChanged(QStringLiteral("ZTF"), 0);
    QVERIFY(!state.data(Qt::ToolTipRole).toString().contains(QStringLiteral("outbox")));
}

QMenu *TestActionLog::openStreamMenu(const QString &stream)
{
    auto *view = m_window->findChild<QTreeView *>(QStringLiteral("streamView"));
    const QModelIndex row = m_window->streamModel()->index(m_window->streamModel()->rowOf(stream), 0);
    emit view->customContextMenuRequested(view->visualRect(row).center());
    return m_window->findChild<QMenu *>(QStringLiteral("streamContextMenu"));
}

// Forwards to a target that is not configured (removed for good) wait in the outbox for ever; the
// streams list's menu discards them, after asking.
void TestActionLog::owedForwardsCanBeDiscardedFromTheStreamsMenu()
{
    QString error;
    m_cluster = kafka::MockCluster::create(1, &error);
    QVERIFY2(m_cluster, qPrintable(error));
    QVERIFY2(m_cluster->createTopic(QStringLiteral("in"), 1, &error), qPrintable(error));
    const auto producer = kafka::MessageProducer::create({{QStringLiteral("bootstrap.servers"), m_cluster->bootstrap()}}, &error);
    QVERIFY2(producer, qPrintable(error));
    for (int i = 0; i < 3; ++i)
        QVERIFY2(producer->produce(QStringLiteral("in"), QByteArray::number(i), {}, {}, &error), qPrintable(error));
    QVERIFY2(producer->flush(10000, &error), qPrintable(error));
    // The window's engine starts new streams at the end of their topics; this one reads "in" whole.
    const config::StreamConfigFile file = config::StreamConfigFile::parse(
        R"({"streams": [{"name": "src", "kind": "kafka", "active": true, "options": {"bootstrap": ")" + m_cluster->bootstrap().toUtf8()
        + R"(", "config": {"auto.offset.reset": "earliest"},
             "topic_handlers": {"in": ["store", {"action": "forward", "stream": "gone", "topic": "copies"}]}}}]})");
    QVERIFY2(file.problems.isEmpty(), qPrintable(file.problems.value(0).toString()));
    m_window->applyConfiguration(file);
    ui::StreamStatusModel *streams = m_window->streamModel();
    QTRY_COMPARE_WITH_TIMEOUT(streams->forwardsOwed(QStringLiteral("src")), qint64(3), 20000);

    QMenu *menu = openStreamMenu(QStringLiteral("src"));
    QVERIFY(menu);
    auto *discard = menu->findChild<QAction *>(QStringLiteral("discardForwardsAction"));
    QVERIFY(discard && discard->isEnabled());
    discard->trigger();
    menu->close();
    auto *box = m_window->findChild<QMessageBox *>(QStringLiteral("discardForwardsBox"));
    QVERIFY(box);
    QVERIFY2(box->text().contains(QStringLiteral("3 message")), qPrintable(box->text()));
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("discardForwardsButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(streams->forwardsOwed(QStringLiteral("src")), qint64(0), 10000);
    QVERIFY(!streams->index(streams->rowOf(QStringLiteral("src")), ui::StreamStatusModel::State)
                 .data(Qt::ToolTipRole).toString().contains(QStringLiteral("outbox")));

    // Nothing left to discard: the entry is there, disabled.
    menu = openStreamMenu(QStringLiteral("src"));
    QVERIFY(menu);
    discard = menu->findChild<QAction *>(QStringLiteral("discardForwardsAction"));
    QVERIFY(discard && !discard->isEnabled());
    menu->close();
}

QTEST_MAIN(TestActionLog)
#include "tst_actionlog.moc"
