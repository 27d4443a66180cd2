// DesktopNotifier against a real session bus (the test runs inside dbus-run-session) with a
// notification-server stand-in that records every Notify call and can emit ActionInvoked.
#include "core/engine/AlertEngine.h"
#include "core/store/AlertStore.h"
#include "ui/MainWindow.h"
#include "ui/models/AlertTableModel.h"
#include "ui/notify/DesktopNotifier.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace alertdeck;

namespace {

decode::ReceivedAlert makeAlert(const QString &source, qint64 offset)
{
    decode::ReceivedAlert received;
    received.stream = QStringLiteral("GCN");
    received.topic = QStringLiteral("igwn.gwalert");
    received.partition = 2;
    received.offset = offset;
    received.alert.id = QStringLiteral("S250101a-%1").arg(offset);
    received.alert.source = source;
    received.alert.event = QStringLiteral("S250101a");
    received.alert.alertType = QStringLiteral("Initial");
    received.alert.ra = 123.4567;
    received.alert.dec = -12.5;
    received.alert.title = QStringLiteral("IGWN S250101a Initial <BBH>");
    return received;
}

} // namespace

class TestDesktopNotifier : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void singleNotificationCarriesTheAlert();
    void burstGivesOneSummary();
    void clickSelectsTheAlert();
    void clickOnSummarySelectsLatestAlert();
    void quietPeriodStartsANewBurst();
    void silentHeartbeatIsCriticalAndRaisesTheWindow();
    void clickShowsTheAlertSelectedInTheWindow();

private:
    QVector<QJsonObject> calls() const;
    void invokeAction(uint id);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_server;
};

void TestDesktopNotifier::initTestCase()
{
    if (!QDBusConnection::sessionBus().isConnected())
        QFAIL("no session bus: run this test through dbus-run-session (tests/gui/dbus/run-in-dbus-session)");
}

void TestDesktopNotifier::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_server = std::make_unique<QProcess>();
    m_server->setProcessChannelMode(QProcess::ForwardedChannels);
    m_server->start(QStringLiteral(FAKE_NOTIFICATION_SERVER), {m_dir->filePath(QStringLiteral("calls.jsonl"))});
    QVERIFY(m_server->waitForStarted());
    QTRY_VERIFY(QDBusConnection::sessionBus().interface()->isServiceRegistered(QStringLiteral("org.freedesktop.Notifications")));
}

void TestDesktopNotifier::cleanup()
{
    m_server->terminate();
    m_server->waitForFinished();
    QTRY_VERIFY(!QDBusConnection::sessionBus().interface()->isServiceRegistered(QStringLiteral("org.freedesktop.Notifications")));
}

QVector<QJsonObject> TestDesktopNotifier::calls() const
{
    QFile file(m_dir->filePath(QStringLiteral("calls.jsonl")));
    QVector<QJsonObject> result;
    if (!file.open(QIODevice::ReadOnly))
        return result;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (!line.isEmpty())
            result << QJsonDocument::fromJson(line).object();
    }
    return result;
}

void TestDesktopNotifier::invokeAction(uint id)
{
    QDBusMessage call = QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("/control"),
                                                       QStringLiteral("org.alertdeck.TestNotifications"), QStringLiteral("InvokeAction"));
    call.setArguments({id, QStringLiteral("default")});
    const QDBusMessage reply = QDBusConnection::sessionBus().call(call);
    QCOMPARE(reply.type(), QDBusMessage::ReplyMessage);
}

void TestDesktopNotifier::singleNotificationCarriesTheAlert()
{
    QVERIFY(ui::DesktopNotifier::serviceAvailable());
    ui::DesktopNotifier notifier;
    notifier.notify(makeAlert(QStringLiteral("IGWN"), 7));
    QTRY_COMPARE(calls().size(), 1);
    const QJsonObject call = calls().first();
    QCOMPARE(call.value(QStringLiteral("app_name")).toString(), QStringLiteral("AlertDeck"));
    QCOMPARE(call.value(QStringLiteral("replaces_id")).toInt(), 0);
    QCOMPARE(call.value(QStringLiteral("summary")).toString(), QStringLiteral("IGWN S250101a Initial <BBH>"));
    // The stand-in has no "body-markup": the body is plain text, one field per line.
    QCOMPARE(call.value(QStringLiteral("body")).toString(),
             QStringLiteral("Source: IGWN\nEvent: S250101a\nType: Initial\nPosition: RA 123.4567°, Dec -12.5000°"));
    QCOMPARE(call.value(QStringLiteral("actions")).toArray(), (QJsonArray{QStringLiteral("default"), QStringLiteral("Show")}));
    QCOMPARE(call.value(QStringLiteral("hints")).toObject().value(QStringLiteral("desktop-entry")).toString(), QStringLiteral("alertdeck"));
    QCOMPARE(call.value(QStringLiteral("hints")).toObject().value(QStringLiteral("urgency")).toString(), QStringLiteral("1"));
    QCOMPARE(call.value(QStringLiteral("hint_types")).toObject().value(QStringLiteral("urgency")).toString(), QStringLiteral("uchar"));
    QCOMPARE(call.value(QStringLiteral("expire_timeout")).toInt(), -1);
}

void TestDesktopNotifier::burstGivesOneSummary()
{
    ui::DesktopNotifier notifier;
    notifier.setGroupWindow(300);
    // 500 alerts arriving in ten batches of 50, a few milliseconds apart, like the engine delivers them.
    qint64 offset = 0;
    for (int batch = 0; batch < 10; ++batch) {
        for (int i = 0; i < 50; ++i, ++offset) {
            const QString source = offset % 100 == 0 ? QStringLiteral("IGWN")
                                 : offset % 3 == 0   ? QStringLiteral("Swift-BAT")
                                                      : QStringLiteral("ZTF");
            notifier.notify(makeAlert(source, offset));
        }
        QTest::qWait(5);
    }
    QTRY_COMPARE(calls().size(), 2);
    QTest::qWait(700); // two more group windows: nothing else may follow
    const QVector<QJsonObject> recorded = calls();
    QCOMPARE(recorded.size(), 2);
    const QJsonObject summary = recorded.last();
    QCOMPARE(summary.value(QStringLiteral("summary")).toString(), QStringLiteral("500 new alerts"));
    // 0..499: multiples of 100 are IGWN (5); other multiples of 3 are Swift-BAT (167 - 2 shared = 165).
    QCOMPARE(summary.value(QStringLiteral("body")).toString(), QStringLiteral("330 ZTF, 165 Swift-BAT, 5 IGWN"));
    QCOMPARE(summary.value(QStringLiteral("replaces_id")).toInt(), recorded.first().value(QStringLiteral("id")).toInt());
}

void TestDesktopNotifier::clickSelectsTheAlert()
{
    ui::DesktopNotifier notifier;
    QSignalSpy activated(&notifier, &ui::DesktopNotifier::alertActivated);
    notifier.notify(makeAlert(QStringLiteral("IGWN"), 42));
    QTRY_COMPARE(calls().size(), 1);
    const uint id = uint(calls().first().value(QStringLiteral("id")).toInt());
    invokeAction(id + 1000); // somebody else's notification: not ours to act on
    invokeAction(id);
    QTRY_COMPARE(activated.size(), 1);
    QTest::qWait(100);
    QCOMPARE(activated.size(), 1);
    const QList<QVariant> args = activated.first();
    QCOMPARE(args.at(0).toString(), QStringLiteral("GCN"));
    QCOMPARE(args.at(1).toString(), QStringLiteral("igwn.gwalert"));
    QCOMPARE(args.at(2).toInt(), 2);
    QCOMPARE(args.at(3).toLongLong(), 42);
}

void TestDesktopNotifier::clickOnSummarySelectsLatestAlert()
{
    ui::DesktopNotifier notifier;
    notifier.setGroupWindow(200);
    QSignalSpy activated(&notifier, &ui::DesktopNotifier::alertActivated);
    for (qint64 offset = 10; offset < 15; ++offset)
        notifier.notify(makeAlert(QStringLiteral("IGWN"), offset));
    QTRY_COMPARE(calls().size(), 2);
    invokeAction(uint(calls().last().value(QStringLiteral("id")).toInt()));
    QTRY_COMPARE(activated.size(), 1);
    QCOMPARE(activated.first().at(3).toLongLong(), 14);
}

void TestDesktopNotifier::quietPeriodStartsANewBurst()
{
    ui::DesktopNotifier notifier;
    notifier.setGroupWindow(100);
    notifier.notify(makeAlert(QStringLiteral("IGWN"), 1));
    QTRY_COMPARE(calls().size(), 1);
    QTest::qWait(300);
    notifier.notify(makeAlert(QStringLiteral("IGWN"), 2));
    QTRY_COMPARE(calls().size(), 2);
    QCOMPARE(calls().last().value(QStringLiteral("replaces_id")).toInt(), 0);
    QCOMPARE(calls().last().value(QStringLiteral("summary")).toString(), QStringLiteral("IGWN S250101a Initial <BBH>"));
}

// A silent heartbeat topic: its own critical notification beside a burst of alerts (neither
// replaces the other), and a click on it asks for the window, not for an alert.
void TestDesktopNotifier::silentHeartbeatIsCriticalAndRaisesTheWindow()
{
    ui::DesktopNotifier notifier;
    notifier.setGroupWindow(300);
    QSignalSpy window(&notifier, &ui::DesktopNotifier::windowActivated);
    QSignalSpy alert(&notifier, &ui::DesktopNotifier::alertActivated);
    notifier.notify(makeAlert(QStringLiteral("IGWN"), 1));
    QTRY_COMPARE(calls().size(), 1);
    notifier.notifyHeartbeatSilent({QStringLiteral("SCiMMA"), QStringLiteral("sys.heartbeat"), 0, 60000, true});
    QTRY_COMPARE(calls().size(), 2);
    const QJsonObject call = calls().at(1);
    QCOMPARE(call.value(QStringLiteral("summary")).toString(), QStringLiteral("No heartbeat from sys.heartbeat"));
    QCOMPARE(call.value(QStringLiteral("body")).toString(),
             QStringLiteral("Stream \"SCiMMA\": nothing on sys.heartbeat yet (alarm after 60 s)."));
    QCOMPARE(call.value(QStringLiteral("hints")).toObject().value(QStringLiteral("urgency")).toString(), QStringLiteral("2"));
    QCOMPARE(call.value(QStringLiteral("replaces_id")).toInt(), 0);
    // The burst goes on with its own notification, not the heartbeat's.
    notifier.notify(makeAlert(QStringLiteral("IGWN"), 2));
    QTRY_COMPARE(calls().size(), 3);
    QCOMPARE(calls().at(2).value(QStringLiteral("replaces_id")).toInt(), calls().at(0).value(QStringLiteral("id")).toInt());
    invokeAction(uint(call.value(QStringLiteral("id")).toInt()));
    QTRY_COMPARE(window.size(), 1);
    QCOMPARE(alert.size(), 0);
}

// End to end: the click reaches the main window as in the GUI (app/gui/main.cpp) and selects the
// notified alert among 500 in the table.
void TestDesktopNotifier::clickShowsTheAlertSelectedInTheWindow()
{
    const QString path = m_dir->filePath(QStringLiteral("alerts.db"));
    {
        QString error;
        auto store = store::AlertStore::open(path, &error);
        QVERIFY2(store, qPrintable(error));
        decode::AlertBatch batch;
        for (qint64 offset = 0; offset < 500; ++offset) {
            batch.append(makeAlert(offset % 2 ? QStringLiteral("ZTF") : QStringLiteral("IGWN"), offset));
            batch.last().alert.format = QStringLiteral("json");
            batch.last().payload = "{}";
        }
        QVERIFY2(store->append(QStringLiteral("GCN"), batch, {}, &error), qPrintable(error));
    }
    engine::AlertEngine::Options options;
    options.storePath = path;
    engine::AlertEngine engine(options);
    QString error;
    QVERIFY2(engine.open(&error), qPrintable(error));
    ui::MainWindow window(&engine);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_COMPARE(window.alertModel()->rowCount(), 500);

    ui::DesktopNotifier notifier;
    connect(&notifier, &ui::DesktopNotifier::alertActivated, &window, &ui::MainWindow::selectAlertAt);
    notifier.notify(makeAlert(QStringLiteral("IGWN"), 123));
    QTRY_COMPARE(calls().size(), 1);
    invokeAction(uint(calls().first().value(QStringLiteral("id")).toInt()));
    auto *table = window.findChild<QTableView *>(QStringLiteral("alertTable"));
    QTRY_COMPARE(table->selectionModel()->selectedRows().size(), 1);
    const int row = table->selectionModel()->selectedRows().first().row();
    QCOMPARE(row, 123);
    QCOMPARE(window.alertModel()->alertAt(row)->record.offset, 123);
}

QTEST_MAIN(TestDesktopNotifier)
#include "tst_desktopnotifier.moc"
