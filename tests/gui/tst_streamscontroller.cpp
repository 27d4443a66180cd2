// The Streams dialog as the desktop app opens it (through StreamsController): a stream renamed and
// saved finds its secret under the new name when the configuration is applied, because applying
// waits for the keychain to follow, although the dialog has closed by then.
#include "MemorySecretStore.h"
#include "core/config/StreamConfigFile.h"
#include "core/engine/AlertEngine.h"
#include "core/secrets/SecretStore.h"
#include "ui/dialogs/StreamsController.h"
#include "ui/dialogs/StreamsDialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace alertdeck;

class TestStreamsController : public QObject
{
    Q_OBJECT
private slots:
    void renamedStreamStartsWithItsSecret();
};

void TestStreamsController::renamedStreamStartsWithItsSecret()
{
    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("streams.json"));
    QFile file(config);
    QVERIFY(file.open(QIODevice::WriteOnly));
    // A SCRAM stream whose password is in the keychain; nothing listens on port 9, which is fine:
    // the point is whether the stream gets its secret, not whether it connects.
    file.write(R"({"version": 1, "streams": [{"name": "Local", "kind": "kafka", "active": true,
        "options": {"bootstrap": "127.0.0.1:9", "username": "alice", "topics": ["t"]}}]})");
    file.close();
    test::MemorySecretStore keychain;
    keychain.entries.insert(secrets::SecretStore::streamKey(QStringLiteral("Local")), QStringLiteral("pw-of-local"));

    engine::AlertEngine::Options options;
    options.storePath = dir.filePath(QStringLiteral("alerts.db"));
    engine::AlertEngine engine(options);
    QString error;
    QVERIFY2(engine.open(&error), qPrintable(error));
    QWidget window;
    ui::StreamsController controller(&engine, &keychain, config, &window);
    QSignalSpy message(&controller, &ui::StreamsController::message);
    QSignalSpy applied(&controller, &ui::StreamsController::configurationApplied);

    ui::StreamsDialog *dialog = controller.openDialog();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    QVERIFY(name);
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Renamed"));
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save), Qt::LeftButton);
    QVERIFY(!dialog->isVisible());

    QVERIFY(message.wait(5000));
    QCOMPARE(message.at(0).at(0).toString(), QStringLiteral("Stream configuration applied."));
    QCOMPARE(applied.size(), 1);
    QCOMPARE(applied.at(0).at(0).value<QVector<config::StreamConfig>>().first().name, QStringLiteral("Renamed"));
    const QHash<QString, QString> expected{{secrets::SecretStore::streamKey(QStringLiteral("Renamed")), QStringLiteral("pw-of-local")}};
    QCOMPARE(keychain.entries, expected);
    engine.shutdown();
}

QTEST_MAIN(TestStreamsController)
#include "tst_streamscontroller.moc"
