// The Topic handlers dialog driven as a user would, offscreen: keys, actions, a condition typed
// wrong and fixed, the test on a sample alert, and the handlers it returns.
#include "ui/dialogs/HandlersDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QTextBrowser>

using namespace alertdeck;

namespace {

config::StreamConfig gcnStream()
{
    config::StreamConfig stream;
    stream.name = QStringLiteral("GCN");
    stream.kind = config::StreamKind::Gcn;
    stream.handlers = {{QStringLiteral("igwn.*"), {{QStringLiteral("table"), {}, {}}}},
                       {QStringLiteral("*"), {{QStringLiteral("store"), {}, {}}}}};
    return stream;
}

decode::ReceivedAlert igwnAlert()
{
    decode::ReceivedAlert received;
    received.stream = QStringLiteral("GCN");
    received.topic = QStringLiteral("igwn.gwalert");
    received.partition = 0;
    received.offset = 17;
    received.receivedMs = 1764000000000;
    received.alert.id = QStringLiteral("S250101a-1-Initial");
    received.alert.format = QStringLiteral("gcn.json");
    received.alert.source = QStringLiteral("IGWN");
    received.alert.event = QStringLiteral("S250101a");
    received.alert.alertType = QStringLiteral("Initial");
    received.alert.ra = 123.5;
    received.alert.dec = -45.25;
    received.alert.far = 1e-10;
    received.alert.title = QStringLiteral("IGWN S250101a Initial");
    return received;
}

} // namespace

class TestHandlersDialog : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void editsKeysActionsAndConditions();
    void precedenceOfKeys();
    void reordersAndRemovesActions();
    void jsonOfHandlers();

private:
    template<typename T>
    T *child(const char *name) const
    {
        T *widget = m_dialog->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no widget named %s", name);
        return widget;
    }
    void addKey(const QString &key);
    void addAction(const QString &name);
    void typeCondition(const QString &text);
    // For screenshots under Xvfb: ALERTDECK_HOLD_DIALOG_MS keeps the dialog on screen at this point.
    static void holdForScreenshot();

    std::unique_ptr<ui::HandlersDialog> m_dialog;
};

void TestHandlersDialog::init()
{
    m_dialog = std::make_unique<ui::HandlersDialog>(gcnStream(), QStringList{QStringLiteral("igwn.gwalert"), QStringLiteral("gcn.circulars")});
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestHandlersDialog::cleanup()
{
    m_dialog.reset();
}

void TestHandlersDialog::addKey(const QString &key)
{
    auto *picker = child<QComboBox>("keyPicker");
    picker->lineEdit()->clear();
    QTest::keyClicks(picker->lineEdit(), key);
    QTest::mouseClick(child<QPushButton>("addKeyButton"), Qt::LeftButton);
}

void TestHandlersDialog::addAction(const QString &name)
{
    auto *picker = child<QComboBox>("actionPicker");
    picker->setCurrentIndex(picker->findText(name));
    QTest::mouseClick(child<QPushButton>("addActionButton"), Qt::LeftButton);
}

void TestHandlersDialog::typeCondition(const QString &text)
{
    auto *edit = child<QLineEdit>("conditionEdit");
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

void TestHandlersDialog::holdForScreenshot()
{
    const int holdMs = qEnvironmentVariableIntValue("ALERTDECK_HOLD_DIALOG_MS");
    if (holdMs > 0)
        QTest::qWait(holdMs);
}

void TestHandlersDialog::editsKeysActionsAndConditions()
{
    auto *keys = child<QListWidget>("handlerKeys");
    QCOMPARE(keys->count(), 2);
    addKey(QStringLiteral("igwn.gwalert"));
    QCOMPARE(keys->count(), 3);
    QCOMPARE(keys->currentRow(), 2);
    // The same key twice is refused.
    QTest::keyClicks(child<QComboBox>("keyPicker")->lineEdit(), QStringLiteral("igwn.gwalert"));
    QVERIFY(!child<QPushButton>("addKeyButton")->isEnabled());

    addAction(QStringLiteral("command"));
    auto *actions = child<QListWidget>("actionList");
    QCOMPARE(actions->count(), 2);
    QCOMPARE(actions->currentRow(), 1);
    // Without argv the command is not valid, and OK says so by being disabled.
    auto *ok = child<QDialogButtonBox>("dialogButtons")->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    QVERIFY(child<QLabel>("problemsLabel")->text().contains(QStringLiteral("argv")));
    auto *argv = child<QPlainTextEdit>("command_argv");
    argv->setFocus();
    QTest::keyClicks(argv, QStringLiteral("/usr/local/bin/followup"));
    QTest::keyClick(argv, Qt::Key_Return);
    QTest::keyClicks(argv, QStringLiteral("{event}"));
    QTest::keyClick(argv, Qt::Key_Return);
    QTest::keyClicks(argv, QStringLiteral("--pos={ra},{dec}"));
    child<QSpinBox>("command_timeout")->setValue(30);
    QVERIFY(ok->isEnabled());

    // A mistake in the condition: the field says where, and OK is off until it is fixed.
    typeCondition(QStringLiteral("far < 3.17e-8 and sorce == \"IGWN\""));
    auto *error = child<QLabel>("conditionError");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("column 18")), qPrintable(error->text()));
    QVERIFY(!ok->isEnabled());
    holdForScreenshot();
    typeCondition(QStringLiteral("far < 3.17e-8 and source == \"IGWN\" and not test"));
    QVERIFY(!error->isVisible());
    QVERIFY(ok->isEnabled());
    QCOMPARE(actions->item(1)->text(), QStringLiteral("command — when far < 3.17e-8 and source == \"IGWN\" and not test"));

    // The test shows the exact-key handler firing, and what the command receives.
    auto *test = child<QPushButton>("testButton");
    QVERIFY(!test->isEnabled());
    m_dialog->setSampleAlert(igwnAlert());
    QTest::mouseClick(test, Qt::LeftButton);
    const QString report = child<QTextBrowser>("testReport")->toPlainText();
    QVERIFY2(report.contains(QStringLiteral("Topic igwn.gwalert is handled by igwn.gwalert (exact topic)")), qPrintable(report));
    QVERIFY2(report.contains(QStringLiteral("igwn.* (pattern) matches too")), qPrintable(report));
    QVERIFY2(report.contains(QStringLiteral("[/usr/local/bin/followup] [S250101a] [--pos=123.5,-45.25]")), qPrintable(report));
    QVERIFY2(report.contains(QStringLiteral("\"event\":\"S250101a\"")), qPrintable(report));
    QCOMPARE(report.count(QStringLiteral("✔ fires")), 2);
    holdForScreenshot();

    // A changed condition updates the shown test at once.
    typeCondition(QStringLiteral("far < 1e-12"));
    QVERIFY(child<QTextBrowser>("testReport")->toPlainText().contains(QStringLiteral("the condition is false for this alert")));
    typeCondition(QStringLiteral("far < 3.17e-8 and not test"));

    const config::TopicHandlers result = m_dialog->handlers();
    QCOMPARE(result.size(), 3);
    QCOMPARE(result.at(2).key, QStringLiteral("igwn.gwalert"));
    QCOMPARE(result.at(2).actions.size(), 2);
    QCOMPARE(result.at(2).actions.at(0).name, QStringLiteral("table"));
    const config::HandlerAction &command = result.at(2).actions.at(1);
    QCOMPARE(command.name, QStringLiteral("command"));
    QCOMPARE(command.when, QStringLiteral("far < 3.17e-8 and not test"));
    QCOMPARE(command.settings.value(QStringLiteral("when")).toString(), command.when);
    QCOMPARE(command.settings.value(QStringLiteral("argv")).toArray(),
             (QJsonArray{QStringLiteral("/usr/local/bin/followup"), QStringLiteral("{event}"), QStringLiteral("--pos={ra},{dec}")}));
    QCOMPARE(command.settings.value(QStringLiteral("timeout")).toInt(), 30);
    QVERIFY(!command.settings.contains(QStringLiteral("max_concurrent")));
}

void TestHandlersDialog::precedenceOfKeys()
{
    m_dialog->setSampleAlert(igwnAlert());
    QTest::mouseClick(child<QPushButton>("testButton"), Qt::LeftButton);
    QString report = child<QTextBrowser>("testReport")->toPlainText();
    QVERIFY2(report.contains(QStringLiteral("is handled by igwn.* (pattern)")), qPrintable(report));
    QVERIFY2(report.contains(QStringLiteral("* (every topic) matches too")), qPrintable(report));

    decode::ReceivedAlert circular = igwnAlert();
    circular.topic = QStringLiteral("gcn.circulars");
    m_dialog->setSampleAlert(circular);
    QTest::mouseClick(child<QPushButton>("testButton"), Qt::LeftButton);
    report = child<QTextBrowser>("testReport")->toPlainText();
    QVERIFY2(report.contains(QStringLiteral("is handled by * (every topic)")), qPrintable(report));
    QVERIFY2(report.contains(QStringLiteral("store")), qPrintable(report));
}

void TestHandlersDialog::reordersAndRemovesActions()
{
    auto *keys = child<QListWidget>("handlerKeys");
    keys->setCurrentRow(0);
    addAction(QStringLiteral("notify"));
    addAction(QStringLiteral("sound"));
    auto *actions = child<QListWidget>("actionList");
    QCOMPARE(actions->count(), 3);
    QTest::mouseClick(child<QPushButton>("moveUpButton"), Qt::LeftButton);
    QCOMPARE(actions->currentRow(), 1);
    QTest::keyClicks(child<QLineEdit>("sound_quiet_hours"), QStringLiteral("22:00-07:00"));
    QTest::mouseClick(child<QPushButton>("moveUpButton"), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>("moveUpButton"), Qt::LeftButton); // at the top already: no-op
    actions->setCurrentRow(2);
    QTest::mouseClick(child<QPushButton>("removeActionButton"), Qt::LeftButton);

    const config::HandlerActions result = m_dialog->handlers().at(0).actions;
    QCOMPARE(result.size(), 2);
    QCOMPARE(result.at(0).name, QStringLiteral("sound"));
    QCOMPARE(result.at(0).settings.value(QStringLiteral("quiet_hours")).toString(), QStringLiteral("22:00-07:00"));
    QCOMPARE(result.at(1).name, QStringLiteral("table"));

    keys->setCurrentRow(1);
    QTest::mouseClick(child<QPushButton>("removeKeyButton"), Qt::LeftButton);
    QCOMPARE(m_dialog->handlers().size(), 1);
    QCOMPARE(m_dialog->handlers().at(0).key, QStringLiteral("igwn.*"));
}

void TestHandlersDialog::jsonOfHandlers()
{
    const config::TopicHandlers handlers{
        {QStringLiteral("igwn.gwalert"),
         {{QStringLiteral("table"), {}, {}},
          {QStringLiteral("notify"), QStringLiteral("far < 3.17e-8"),
           QJsonObject{{QStringLiteral("action"), QStringLiteral("notify")}, {QStringLiteral("when"), QStringLiteral("far < 3.17e-8")}}}}}};
    const QJsonObject json = ui::HandlersDialog::toJson(handlers);
    const QJsonArray actions = json.value(QStringLiteral("igwn.gwalert")).toArray();
    QCOMPARE(actions.size(), 2);
    QCOMPARE(actions.at(0).toString(), QStringLiteral("table"));
    QCOMPARE(actions.at(1).toObject(), (QJsonObject{{QStringLiteral("action"), QStringLiteral("notify")}, {QStringLiteral("when"), QStringLiteral("far < 3.17e-8")}}));
    // Read back as the configuration file gives them, the same JSON results.
    const config::TopicHandlers back = ui::HandlersDialog::fromJson(json);
    QCOMPARE(back.size(), 1);
    QCOMPARE(back.at(0).actions.at(1).when, QStringLiteral("far < 3.17e-8"));
    QCOMPARE(ui::HandlersDialog::toJson(back), json);
}

QTEST_MAIN(TestHandlersDialog)
#include "tst_handlersdialog.moc"
