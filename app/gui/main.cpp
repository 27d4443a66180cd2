#include "SingleInstance.h"
#include "core/config/StreamConfigFile.h"
#include "core/demo/DemoFeed.h"
#include "core/engine/AlertEngine.h"
#include "core/engine/ForwardTargets.h"
#include "core/secrets/KeychainSecretStore.h"
#include "core/secrets/StreamSecretResolver.h"
#include "translations/Translations.h"
#include "ui/MainWindow.h"
#include "ui/dialogs/StreamsController.h"
#include "ui/notify/DesktopActions.h"
#include "ui/notify/DesktopNotifier.h"
#include "ui/TrayIcon.h"

#include <QApplication>
#include <QCoreApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QProcess>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTemporaryDir>

using namespace alertdeck;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AlertDeck)
};

QIcon applicationIcon()
{
    QIcon icon;
    for (const int size : {16, 22, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/alertdeck-%1.png").arg(size), QSize(size, size));
    return icon;
}

// The welcome page's import: a stream configuration file becomes the user's own, then starts.
void importConfiguration(ui::MainWindow &window)
{
    const QString path = QFileDialog::getOpenFileName(&window, Tr::tr("Import a stream configuration"), QDir::homePath(),
                                                      Tr::tr("Stream configurations (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    const config::StreamConfigFile file = config::StreamConfigFile::load(path);
    if (file.streams.isEmpty()) {
        QStringList problems;
        for (const config::ConfigProblem &problem : file.problems)
            problems << problem.toString();
        QMessageBox::warning(&window, Tr::tr("Import a stream configuration"),
                             Tr::tr("%1 has no stream that can start:\n\n%2").arg(QDir::toNativeSeparators(path), problems.join(QLatin1Char('\n'))));
        return;
    }
    const QString target = config::StreamConfigFile::defaultPath();
    QDir().mkpath(QFileInfo(target).absolutePath());
    if (QFileInfo::exists(target) || !QFile::copy(path, target)) {
        QMessageBox::warning(&window, Tr::tr("Import a stream configuration"),
                             Tr::tr("Cannot make %1 the configuration: %2 exists or is not writable.").arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(target)));
        return;
    }
    window.applyConfiguration(file);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("AlertDeck"));
    QApplication::setApplicationName(QStringLiteral("alertdeck"));
    QApplication::setApplicationDisplayName(QStringLiteral("AlertDeck"));
    QApplication::setDesktopFileName(QStringLiteral("alertdeck"));
    QApplication::setWindowIcon(applicationIcon());
    i18n::installTranslators(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Watch live astronomical alert streams."));
    parser.addHelpOption();
    const QCommandLineOption demoOption(QStringLiteral("demo"), Tr::tr("Run an embedded mock Kafka cluster fed with the bundled sample alerts."));
    const QCommandLineOption configOption(QStringLiteral("config"), Tr::tr("Use this stream configuration file."), QStringLiteral("FILE"), config::StreamConfigFile::defaultPath());
    parser.addOptions({demoOption, configOption});
    parser.process(app);
    const bool demoMode = parser.isSet(demoOption);

    // The demo keeps its history apart, so it never mixes with (or resumes into) the user's own,
    // and it may run beside a normal instance; two normal instances would share one store.
    QTemporaryDir demoDir;
    engine::AlertEngine::Options options;
    options.storePath = demoMode ? demoDir.filePath(QStringLiteral("demo.db")) : engine::AlertEngine::defaultStorePath();
    options.behindInteractiveThreads = true; // the window stays responsive at any ingest rate
    app::SingleInstance instance(options.storePath);
    if (!demoMode && !instance.claim())
        return 0;

    engine::AlertEngine engine(options);
    QString error;
    if (!engine.open(&error)) {
        QMessageBox::critical(nullptr, Tr::tr("AlertDeck"), Tr::tr("Cannot open the alert store:\n%1").arg(error));
        return 1;
    }
    ui::MainWindow window(&engine);
    // A second launch, a notification or the tray brings the window back to the user.
    const auto bringToFront = [&window] {
        window.showNormal();
        window.raise();
        window.activateWindow();
    };
    QObject::connect(&instance, &app::SingleInstance::activationRequested, &window, bringToFront);
    QObject::connect(&window, &ui::MainWindow::importConfigurationRequested, &window, [&window] { importConfiguration(window); });
    // Streams → Configure streams…: edits are saved atomically and applied to the running engine.
    secrets::KeychainSecretStore keychain;
    // Streams started from the configuration take their secrets from the keychain or environment.
    secrets::StreamSecretResolver secretResolver(&keychain);
    window.setSecretResolver(&secretResolver);
    auto *streamsController = new ui::StreamsController(&engine, &keychain, parser.value(configOption), &window);
    QObject::connect(streamsController, &ui::StreamsController::message, &window, [&window](const QString &text) { window.statusBar()->showMessage(text); });
    QObject::connect(&window, &ui::MainWindow::configureStreamsRequested, streamsController, &ui::StreamsController::openDialog);
    QObject::connect(streamsController, &ui::StreamsController::configurationApplied, &window, &ui::MainWindow::rememberConfigurations);
    QObject::connect(&window, &ui::MainWindow::addStreamRequested, streamsController, &ui::StreamsController::openDialog);
    // Streams that forward actions only publish to are not started; the engine still needs them.
    engine::ForwardTargets forwardTargets(&keychain);
    QObject::connect(&forwardTargets, &engine::ForwardTargets::registered, &engine, &engine::AlertEngine::addForwardTarget);
    QObject::connect(&forwardTargets, &engine::ForwardTargets::problem, &window, [&window](const QString &text) { window.statusBar()->showMessage(text); });
    QObject::connect(&window, &ui::MainWindow::configurationApplied, &forwardTargets, &engine::ForwardTargets::update);
    QObject::connect(streamsController, &ui::StreamsController::configurationApplied, &forwardTargets, &engine::ForwardTargets::update);
    // The notify, sound and tom actions of the topic handlers run here, on the desktop.
    auto *desktopActions = new ui::DesktopActions(&window);
    QObject::connect(&engine, &engine::AlertEngine::actionsRequested, desktopActions, &ui::DesktopActions::run);
    QObject::connect(desktopActions, &ui::DesktopActions::message, &window, [&window](const QString &text) { window.statusBar()->showMessage(text); });
    // A heartbeat topic that falls silent is news even when the window is hidden.
    QObject::connect(&window, &ui::MainWindow::heartbeatSilenced, desktopActions->notifier(), &ui::DesktopNotifier::notifyHeartbeatSilent);
    QObject::connect(desktopActions->notifier(), &ui::DesktopNotifier::windowActivated, &window, bringToFront);
    // A click on a notification (or on the tray's balloon) shows its alert selected in the window.
    QObject::connect(desktopActions->notifier(), &ui::DesktopNotifier::alertActivated, &window,
                     [&window, bringToFront](const QString &stream, const QString &topic, int partition, qint64 offset) {
                         bringToFront();
                         window.selectAlertAt(stream, topic, partition, offset);
                     });
    // The demo runs in its own process with its own store (see above); this one makes way for it.
    QObject::connect(&window, &ui::MainWindow::demoRequested, &window, [&window] {
        if (QProcess::startDetached(QApplication::applicationFilePath(), {QStringLiteral("--demo")}))
            window.close();
    });
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        auto *tray = new ui::TrayIcon(&window);
        tray->show();
        desktopActions->notifier()->setTrayIcon(tray->systemTrayIcon());
    }
    window.show();

    demo::DemoFeed feed;
    if (demoMode) {
        if (!feed.start(&error)) {
            QMessageBox::critical(&window, Tr::tr("Demo"), Tr::tr("Cannot start the demo cluster:\n%1").arg(error));
            return 1;
        }
        window.startStream(feed.streamConfig());
    } else {
        // A first run has no configuration file yet: the welcome page, not an error about it.
        const QString path = parser.value(configOption);
        if (!parser.isSet(configOption) && !QFileInfo::exists(path))
            window.showWelcome();
        else
            window.applyConfiguration(config::StreamConfigFile::load(path));
    }
    return QApplication::exec();
}
