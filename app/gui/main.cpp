#include "core/config/StreamConfigFile.h"
#include "core/demo/DemoFeed.h"
#include "core/engine/AlertEngine.h"
#include "core/secrets/KeychainSecretStore.h"
#include "ui/MainWindow.h"
#include "ui/dialogs/StreamsController.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QStatusBar>
#include <QTemporaryDir>

using namespace alertdeck;

namespace {

// Streams of the configuration file; what is wrong with it is shown, and only valid streams start.
void startConfiguredStreams(engine::AlertEngine &engine, ui::MainWindow &window, const QString &path)
{
    const auto file = config::StreamConfigFile::load(path);
    QStringList problems;
    for (const config::ConfigProblem &problem : file.problems)
        problems << problem.toString();
    if (!problems.isEmpty())
        QMessageBox::warning(&window, QApplication::translate("AlertDeck", "Stream configuration"),
                             QApplication::translate("AlertDeck", "These streams were not started:\n\n%1").arg(problems.join(QLatin1Char('\n'))));
    for (const config::StreamConfig &stream : file.streams) {
        if (!stream.active)
            continue;
        const QString envVar = stream.secretEnvVar();
        engine.startStream(stream, envVar.isEmpty() ? QString() : qEnvironmentVariable(envVar.toUtf8().constData()));
    }
    if (file.streams.isEmpty())
        window.statusBar()->showMessage(QApplication::translate("AlertDeck", "No streams configured. Start with --demo to watch the bundled sample alerts."));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("AlertDeck"));
    QApplication::setApplicationName(QStringLiteral("alertdeck"));
    QApplication::setApplicationDisplayName(QStringLiteral("AlertDeck"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("AlertDeck", "Watch live astronomical alert streams."));
    parser.addHelpOption();
    const QCommandLineOption demoOption(QStringLiteral("demo"), QApplication::translate("AlertDeck", "Run an embedded mock Kafka cluster fed with the bundled sample alerts."));
    const QCommandLineOption configOption(QStringLiteral("config"), QApplication::translate("AlertDeck", "Use this stream configuration file."), QStringLiteral("FILE"), config::StreamConfigFile::defaultPath());
    parser.addOptions({demoOption, configOption});
    parser.process(app);
    const bool demoMode = parser.isSet(demoOption);

    // The demo keeps its history apart, so it never mixes with (or resumes into) the user's own.
    QTemporaryDir demoDir;
    engine::AlertEngine::Options options;
    options.storePath = demoMode ? demoDir.filePath(QStringLiteral("demo.db")) : engine::AlertEngine::defaultStorePath();
    engine::AlertEngine engine(options);
    QString error;
    if (!engine.open(&error)) {
        QMessageBox::critical(nullptr, QApplication::translate("AlertDeck", "AlertDeck"),
                              QApplication::translate("AlertDeck", "Cannot open the alert store:\n%1").arg(error));
        return 1;
    }
    ui::MainWindow window(&engine);
    // Streams → Configure streams…: edits are saved atomically and applied to the running engine.
    secrets::KeychainSecretStore keychain;
    auto *streamsController = new ui::StreamsController(&engine, &keychain, parser.value(configOption), &window);
    QObject::connect(streamsController, &ui::StreamsController::message, &window, [&window](const QString &text) { window.statusBar()->showMessage(text); });
    QObject::connect(&window, &ui::MainWindow::configureStreamsRequested, streamsController, &ui::StreamsController::openDialog);
    window.show();

    demo::DemoFeed feed;
    if (demoMode) {
        if (!feed.start(&error)) {
            QMessageBox::critical(&window, QApplication::translate("AlertDeck", "Demo"),
                                  QApplication::translate("AlertDeck", "Cannot start the demo cluster:\n%1").arg(error));
            return 1;
        }
        engine.startStream(feed.streamConfig(), {});
    } else {
        startConfiguredStreams(engine, window, parser.value(configOption));
    }
    return QApplication::exec();
}
