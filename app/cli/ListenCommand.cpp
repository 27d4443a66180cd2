#include "CliSupport.h"
#include "Commands.h"
#include "ListenSession.h"
#include "SignalWatcher.h"
#include "StreamSelection.h"
#include "core/config/StreamConfigFile.h"

namespace alertdeck::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AlertDeck", text);
}

} // namespace

int runListen(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Run the configured streams and their topic handlers (like tom-alertstreams' readstreams)."));
    const QCommandLineOption configOption(QStringLiteral("config"), tr("Stream configuration file."), QStringLiteral("FILE"), config::StreamConfigFile::defaultPath());
    const QCommandLineOption streamOption(QStringLiteral("stream"), tr("Run only this stream."), QStringLiteral("NAME"));
    const QCommandLineOption beginningOption(QStringLiteral("from-beginning"), tr("Start partitions without stored offsets at their beginning."));
    const QCommandLineOption eofOption(QStringLiteral("until-eof"), tr("Stop once every assigned partition is at its end."));
    const QCommandLineOption maxOption(QStringLiteral("max"), tr("Stop after N alerts."), QStringLiteral("N"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print each alert as a normalized JSON line."));
    const QCommandLineOption storeOption(QStringLiteral("store"), tr("Alert store file (default: the user's data directory, or $ALERTDECK_DATA_DIR)."), QStringLiteral("FILE"));
    const QCommandLineOption schemaDirOption(QStringLiteral("schema-dir"), tr("Directory of Avro schemas by id."), QStringLiteral("DIR"));
    parser.addOptions({configOption, streamOption, beginningOption, eofOption, maxOption, jsonOption, storeOption, schemaDirOption});
    if (const auto exit = parseArguments(parser, arguments))
        return *exit;
    bool maxOk = true;
    const qint64 max = parser.isSet(maxOption) ? parser.value(maxOption).toLongLong(&maxOk) : 0;
    if (!maxOk || max < 0) {
        printError(tr("listen: --max takes a positive number"));
        return ExitBadInput;
    }
    const auto file = config::StreamConfigFile::load(parser.value(configOption));
    const auto streams = selectStreams(file, parser.value(configOption), parser.value(streamOption));
    if (!streams)
        return ExitBadInput;

    ListenSession::Options options;
    options.engine.storePath = parser.isSet(storeOption) ? parser.value(storeOption) : engine::AlertEngine::defaultStorePath();
    options.engine.decoders.schemaDir = parser.value(schemaDirOption);
    options.engine.fromBeginning = parser.isSet(beginningOption);
    options.engine.untilEof = parser.isSet(eofOption);
    options.engine.maxMessagesPerStream = max;
    options.engine.retention = {file.store.retentionDays, file.store.maxSizeMb * 1024 * 1024};
    options.printJson = parser.isSet(jsonOption);
    options.maxAlerts = max;
    options.forwardTargets = file.streams;
    ListenSession session(options);
    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::terminationRequested, &session, &ListenSession::requestStop);
    QObject::connect(&session, &ListenSession::finished, qApp, &QCoreApplication::quit);
    QString error;
    if (!session.start(*streams, &error)) {
        printError(error);
        return ExitFailure;
    }
    const int loopCode = QCoreApplication::exec();
    return session.exitCode() != ExitOk ? session.exitCode() : loopCode;
}

} // namespace alertdeck::cli
