// The Streams dialog and its Credentials page driven as a user would, offscreen: add a stream, see
// the validator's words under the fields, save, and find no secret in the file.
#include "MemorySecretStore.h"
#include "TestEnvironment.h"
#include "core/config/StreamConfigFile.h"
#include "core/secrets/SecretStore.h"
#include "ui/dialogs/StreamsDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QJsonArray>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace alertdeck;

namespace {

const QString secret = QStringLiteral("s3cret-Pa55-never-in-a-file");

} // namespace

class TestStreamsDialog : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void addValidateAndSave();
    void existingStreamsEditDuplicateRemove();
    void importShowsWhatWasAndWasNot();
    void credentialsPageShowsOnlyWhetherSet();
    void renameAndDeleteMoveTheKeychainEntries();
    void renamedTwiceBeforeTheKeychainAnswered();
    void screenshotHook();

private:
    template<typename T>
    T *find(const QString &name) const
    {
        T *widget = m_dialog->findChild<T *>(name);
        if (!widget)
            qWarning("no widget %s", qPrintable(name));
        return widget;
    }
    void typeInto(const QString &field, const QString &text);
    QLabel *problem(const QString &key) const { return find<QLabel>(key + QStringLiteral("Problem")); }
    void writeFile(const QString &name, const QByteArray &content);
    void openDialog();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<test::MemorySecretStore> m_store;
    std::unique_ptr<ui::StreamsDialog> m_dialog;
    QString m_config;
};

void TestStreamsDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<test::MemorySecretStore>();
    m_config = m_dir->filePath(QStringLiteral("config/streams.json"));
}

void TestStreamsDialog::cleanup()
{
    m_dialog.reset();
    m_store.reset();
    m_dir.reset();
}

void TestStreamsDialog::openDialog()
{
    m_dialog = std::make_unique<ui::StreamsDialog>(m_config, m_store.get());
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestStreamsDialog::writeFile(const QString &name, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(m_dir->filePath(name)).absolutePath());
    QFile file(m_dir->filePath(name));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

void TestStreamsDialog::typeInto(const QString &field, const QString &text)
{
    auto *edit = find<QLineEdit>(field);
    QVERIFY(edit);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

void TestStreamsDialog::addValidateAndSave()
{
    openDialog();
    QTest::mouseClick(find<QPushButton>(QStringLiteral("addStreamButton")), Qt::LeftButton);
    auto *list = find<QListWidget>(QStringLiteral("streamList"));
    QCOMPARE(list->count(), 1);
    QCOMPARE(find<QComboBox>(QStringLiteral("kindCombo"))->currentData().toString(), QStringLiteral("hopskotch"));
    // A fresh Hopskotch stream lacks its URL and username: said under those fields.
    QVERIFY(problem(QStringLiteral("url"))->isVisible());
    QVERIFY(problem(QStringLiteral("url"))->text().contains(QStringLiteral("required")));

    typeInto(QStringLiteral("nameEdit"), QStringLiteral("SCiMMA"));
    QCOMPARE(list->item(0)->text(), QStringLiteral("SCiMMA"));
    typeInto(QStringLiteral("urlEdit"), QStringLiteral("https://kafka.scimma.org"));
    QVERIFY(problem(QStringLiteral("url"))->isVisible());
    QVERIFY2(problem(QStringLiteral("url"))->text().contains(QStringLiteral("kafka://host[:port]/")), qPrintable(problem(QStringLiteral("url"))->text()));
    typeInto(QStringLiteral("urlEdit"), QStringLiteral("kafka://kafka.scimma.org/"));
    QVERIFY(!problem(QStringLiteral("url"))->isVisible());

    typeInto(QStringLiteral("usernameEdit"), QStringLiteral("me-1a2b"));
    typeInto(QStringLiteral("groupIdEdit"), QStringLiteral("someone-else-deck"));
    QVERIFY(problem(QStringLiteral("group_id"))->isVisible());
    QVERIFY2(problem(QStringLiteral("group_id"))->text().contains(QStringLiteral("\"me-1a2b-...\"")), qPrintable(problem(QStringLiteral("group_id"))->text()));
    typeInto(QStringLiteral("groupIdEdit"), QStringLiteral("me-1a2b-deck"));
    QVERIFY(!problem(QStringLiteral("group_id"))->isVisible());

    // No topic yet: saving is refused with the reason.
    auto *save = find<QDialogButtonBox>(QStringLiteral("dialogButtons"))->button(QDialogButtonBox::Save);
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(!QFileInfo::exists(m_config));
    QVERIFY(find<QLabel>(QStringLiteral("saveMessageLabel"))->text().contains(QStringLiteral("topic_handlers")));

    QTest::mouseClick(find<QPushButton>(QStringLiteral("addHandlerButton")), Qt::LeftButton);
    auto *handlers = find<QTableWidget>(QStringLiteral("handlersTable"));
    QCOMPARE(handlers->rowCount(), 1);
    handlers->item(0, 0)->setText(QStringLiteral("hermes.*"));
    QVERIFY(!problem(QStringLiteral("topic_handlers"))->isVisible());
    typeInto(QStringLiteral("secretEdit"), secret);

    QSignalSpy saved(m_dialog.get(), &ui::StreamsDialog::saved);
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(saved.size(), 1);
    QVERIFY(!m_dialog->isVisible());
    const auto file = config::StreamConfigFile::load(m_config);
    QVERIFY(file.problems.isEmpty());
    QCOMPARE(file.streams.size(), 1);
    QCOMPARE(file.streams.first().groupId(), QStringLiteral("me-1a2b-deck"));
    QCOMPARE(file.version, config::StreamConfigFile::currentVersion);
    QCOMPARE(m_store->entries.value(secrets::SecretStore::streamKey(QStringLiteral("SCiMMA"))), secret);
    // Nothing written under the test's directory holds the secret.
    QDirIterator it(m_dir->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile written(it.next());
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY2(!written.readAll().contains(secret.toUtf8()), qPrintable(written.fileName()));
    }
}

void TestStreamsDialog::existingStreamsEditDuplicateRemove()
{
    writeFile(QStringLiteral("config/streams.json"), R"({"streams": [
      {"name": "local", "kind": "kafka", "options": {"bootstrap": "127.0.0.1:9092", "topics": ["a"], "format": "json"}},
      {"name": "broken", "kind": "kafka", "options": {"bootstrap": "nohost"}}]})");
    openDialog();
    auto *list = find<QListWidget>(QStringLiteral("streamList"));
    QCOMPARE(list->count(), 2);
    // The file had no version: the dialog says it was migrated.
    QVERIFY(find<QPlainTextEdit>(QStringLiteral("reportView"))->toPlainText().contains(QStringLiteral("version 0")));
    QCOMPARE(find<QLineEdit>(QStringLiteral("bootstrapEdit"))->text(), QStringLiteral("127.0.0.1:9092"));
    QCOMPARE(find<QLineEdit>(QStringLiteral("topicsEdit"))->text(), QStringLiteral("a"));
    typeInto(QStringLiteral("topicsEdit"), QStringLiteral("a, b"));
    QVERIFY(!find<QLineEdit>(QStringLiteral("urlEdit"))->isVisible());

    QTest::mouseClick(find<QPushButton>(QStringLiteral("duplicateStreamButton")), Qt::LeftButton);
    QCOMPARE(list->count(), 3);
    QCOMPARE(list->currentItem()->text(), QStringLiteral("local copy"));
    list->setCurrentRow(1);
    QVERIFY(problem(QStringLiteral("bootstrap"))->isVisible());
    QTest::mouseClick(find<QPushButton>(QStringLiteral("removeStreamButton")), Qt::LeftButton);
    QCOMPARE(list->count(), 2);
    QVERIFY(m_dialog->save());
    const auto file = config::StreamConfigFile::load(m_config);
    QVERIFY(file.problems.isEmpty());
    QCOMPARE(file.streams.size(), 2);
    // Keys the form does not show survive the edit.
    QCOMPARE(file.streams.at(1).declaredFormat(), QStringLiteral("json"));
    QCOMPARE(file.streams.at(0).options.value(QStringLiteral("topics")).toArray(), (QJsonArray{QStringLiteral("a"), QStringLiteral("b")}));
}

void TestStreamsDialog::importShowsWhatWasAndWasNot()
{
    writeFile(QStringLiteral("auth.toml"), "[[auth]]\nusername = \"me-1a2b\"\npassword = \"toml-pw-123\"\nhostname = \"kafka.scimma.org\"\nextra = 1\n");
    openDialog();
    m_dialog->importFile(m_dir->filePath(QStringLiteral("auth.toml")));
    auto *list = find<QListWidget>(QStringLiteral("streamList"));
    QCOMPARE(list->count(), 1);
    QCOMPARE(list->item(0)->text(), QStringLiteral("kafka.scimma.org"));
    const QString report = find<QPlainTextEdit>(QStringLiteral("reportView"))->toPlainText();
    QVERIFY2(report.contains(QStringLiteral("Imported: line 1")), qPrintable(report));
    QVERIFY(report.contains(QStringLiteral("Not imported: line 1: stream \"kafka.scimma.org\": key \"extra\"")));
    QVERIFY(report.contains(QStringLiteral("goes to the keychain when you save")));
    QVERIFY(!report.contains(QStringLiteral("toml-pw-123")));
    QVERIFY(m_dialog->save());
    QCOMPARE(m_store->entries.value(secrets::SecretStore::streamKey(QStringLiteral("kafka.scimma.org"))), QStringLiteral("toml-pw-123"));
    QFile saved(m_config);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QVERIFY(!saved.readAll().contains("toml-pw-123"));

    const QString exported = m_dir->filePath(QStringLiteral("alert_streams.py"));
    QVERIFY(m_dialog->exportTo(exported));
    QVERIFY(find<QPlainTextEdit>(QStringLiteral("reportView"))->toPlainText().contains(QStringLiteral("Exported 1 stream")));
    QFile python(exported);
    QVERIFY(python.open(QIODevice::ReadOnly));
    const QByteArray snippet = python.readAll();
    QVERIFY(snippet.contains("HopskotchAlertStream"));
    QVERIFY(!snippet.contains("toml-pw-123"));

    m_dialog->importFile(m_dir->filePath(QStringLiteral("missing.py")));
    QVERIFY(find<QPlainTextEdit>(QStringLiteral("reportView"))->toPlainText().startsWith(QStringLiteral("Nothing imported")));
}

void TestStreamsDialog::credentialsPageShowsOnlyWhetherSet()
{
    writeFile(QStringLiteral("config/streams.json"), R"({"version": 1, "streams": [
      {"name": "GCN", "kind": "gcn", "options": {"client_id": "abc", "topics": ["igwn.gwalert"]}},
      {"name": "env", "kind": "gcn", "options": {"client_id": "abc", "client_secret": {"env": "GCN_SECRET"}, "topics": ["x"]}}]})");
    m_store->entries.insert(secrets::SecretStore::streamKey(QStringLiteral("GCN")), secret);
    openDialog();
    auto *table = find<QTableWidget>(QStringLiteral("credentialsTable"));
    QCOMPARE(table->rowCount(), 2);
    QTRY_COMPARE(table->item(0, 1)->text(), QStringLiteral("set"));
    QVERIFY(table->item(1, 1)->text().contains(QStringLiteral("GCN_SECRET")));
    for (int row = 0; row < 2; ++row)
        QVERIFY(!table->item(row, 1)->text().contains(secret));
    QTRY_VERIFY(find<QLineEdit>(QStringLiteral("secretEdit"))->placeholderText().contains(QStringLiteral("stored in the keychain")));

    table->selectRow(0);
    QTest::mouseClick(find<QPushButton>(QStringLiteral("removeSecretButton")), Qt::LeftButton);
    QTRY_COMPARE(table->item(0, 1)->text(), QStringLiteral("not set"));
    QVERIFY(m_store->entries.isEmpty());
    QTest::keyClicks(find<QLineEdit>(QStringLiteral("credentialSecretEdit")), QStringLiteral("new-secret"));
    QTest::mouseClick(find<QPushButton>(QStringLiteral("storeSecretButton")), Qt::LeftButton);
    QTRY_COMPARE(table->item(0, 1)->text(), QStringLiteral("set"));
    QCOMPARE(m_store->entries.value(secrets::SecretStore::streamKey(QStringLiteral("GCN"))), QStringLiteral("new-secret"));
    QVERIFY(find<QLineEdit>(QStringLiteral("credentialSecretEdit"))->text().isEmpty());
}

// The secret follows a renamed stream to its new name, and a deleted stream's entry goes, once the
// dialog saves; even though the dialog closes before the keychain has answered.
void TestStreamsDialog::renameAndDeleteMoveTheKeychainEntries()
{
    writeFile(QStringLiteral("config/streams.json"), R"({"version": 1, "streams": [
      {"name": "GCN", "kind": "gcn", "options": {"client_id": "abc", "topics": ["igwn.gwalert"]}},
      {"name": "Old GCN", "kind": "gcn", "options": {"client_id": "def", "topics": ["x"]}}]})");
    m_store->entries.insert(secrets::SecretStore::streamKey(QStringLiteral("GCN")), secret);
    m_store->entries.insert(secrets::SecretStore::streamKey(QStringLiteral("Old GCN")), QStringLiteral("of the deleted one"));
    openDialog();
    auto *list = find<QListWidget>(QStringLiteral("streamList"));
    list->setCurrentRow(1);
    QTest::mouseClick(find<QPushButton>(QStringLiteral("removeStreamButton")), Qt::LeftButton);
    list->setCurrentRow(0);
    typeInto(QStringLiteral("nameEdit"), QStringLiteral("GCN Kafka"));
    QCOMPARE(list->item(0)->text(), QStringLiteral("GCN Kafka"));
    // Nothing changes in the keychain before the save.
    QCOMPARE(m_store->entries.size(), 2);

    QTest::mouseClick(find<QDialogButtonBox>(QStringLiteral("dialogButtons"))->button(QDialogButtonBox::Save), Qt::LeftButton);
    QVERIFY(!m_dialog->isVisible());
    const QHash<QString, QString> expected{{secrets::SecretStore::streamKey(QStringLiteral("GCN Kafka")), secret}};
    QTRY_COMPARE(m_store->entries, expected);
    QCOMPARE(config::StreamConfigFile::load(m_config).streams.first().name, QStringLiteral("GCN Kafka"));
}

// Saved twice without closing: the second rename starts from the first one's name, and waits for it.
void TestStreamsDialog::renamedTwiceBeforeTheKeychainAnswered()
{
    writeFile(QStringLiteral("config/streams.json"), R"({"version": 1, "streams": [
      {"name": "GCN", "kind": "gcn", "options": {"client_id": "abc", "topics": ["igwn.gwalert"]}}]})");
    m_store->entries.insert(secrets::SecretStore::streamKey(QStringLiteral("GCN")), secret);
    openDialog();
    typeInto(QStringLiteral("nameEdit"), QStringLiteral("second"));
    QVERIFY(m_dialog->save());
    typeInto(QStringLiteral("nameEdit"), QStringLiteral("third"));
    QVERIFY(m_dialog->save());
    const QHash<QString, QString> expected{{secrets::SecretStore::streamKey(QStringLiteral("third")), secret}};
    QTRY_COMPARE(m_store->entries, expected);
    QVERIFY(find<QLabel>(QStringLiteral("saveMessageLabel"))->text().isEmpty());
    // The Credentials page knows the stream by its new name, with its secret set.
    QTRY_COMPARE(find<QTableWidget>(QStringLiteral("credentialsTable"))->item(0, 1)->text(), QStringLiteral("set"));
    QCOMPARE(find<QTableWidget>(QStringLiteral("credentialsTable"))->item(0, 0)->text(), QStringLiteral("third"));
}

// Not a check: with ALERTDECK_SCREENSHOT_SECONDS set (under Xvfb), shows the dialog filled in,
// each page for that long, so a screenshot of the display can be taken.
void TestStreamsDialog::screenshotHook()
{
    const int seconds = qEnvironmentVariableIntValue("ALERTDECK_SCREENSHOT_SECONDS");
    if (seconds <= 0)
        QSKIP("set ALERTDECK_SCREENSHOT_SECONDS to show the dialog for screenshots");
    writeFile(QStringLiteral("config/streams.json"), R"({"version": 1, "streams": [
      {"name": "GCN", "kind": "gcn", "options": {"client_id": "6f1b0c2d", "domain": "gcn.nasa.gov",
       "topic_handlers": {"gcn.classic.voevent.LVC_INITIAL": ["table", "log"], "igwn.gwalert": ["table"]}}},
      {"name": "SCiMMA", "kind": "hopskotch", "options": {"url": "kafka://kafka.scimma.org/", "username": "me-1a2b",
       "group_id": "other-deck", "topic_handlers": {"hermes.*": ["table"], "sys.heartbeat": ["log"]}}},
      {"name": "local", "kind": "kafka", "options": {"bootstrap": "127.0.0.1:9092", "security_protocol": "SASL_SSL",
       "sasl_mechanism": "SCRAM-SHA-512", "username": "alice", "ssl_ca_location": "/etc/ssl/test-ca.pem", "topics": ["rubin.alerts"]}}]})");
    m_store->entries.insert(secrets::SecretStore::streamKey(QStringLiteral("GCN")), secret);
    openDialog();
    m_dialog->move(40, 40);
    find<QListWidget>(QStringLiteral("streamList"))->setCurrentRow(1);
    QTest::qWait(seconds * 1000);
    find<QListWidget>(QStringLiteral("streamList"))->setCurrentRow(2);
    // Without a secret the test says what to do instead of trying.
    QTest::mouseClick(find<QPushButton>(QStringLiteral("testConnectionButton")), Qt::LeftButton);
    QTest::qWait(seconds * 1000);
    // With a test broker (ALERTDECK_KAFKA_DIR), a plaintext connection lists its topics.
    if (!test::brokerBootstrap().isEmpty()) {
        typeInto(QStringLiteral("bootstrapEdit"), test::brokerBootstrap());
        find<QComboBox>(QStringLiteral("protocolCombo"))->setCurrentIndex(0);
        find<QComboBox>(QStringLiteral("mechanismCombo"))->setCurrentIndex(0);
        typeInto(QStringLiteral("usernameEdit"), {});
        QTest::mouseClick(find<QPushButton>(QStringLiteral("testConnectionButton")), Qt::LeftButton);
        QTest::qWait(seconds * 1000);
    }
    m_dialog->findChild<QTabWidget *>()->setCurrentIndex(1);
    QTest::qWait(seconds * 1000);
}

QTEST_MAIN(TestStreamsDialog)
#include "tst_streamsdialog.moc"
