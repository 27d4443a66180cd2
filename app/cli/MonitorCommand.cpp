#include "CliSupport.h"
#include "Commands.h"
#include "ListenSession.h"
#include "MonitorReport.h"
#include "SignalWatcher.h"
#include "StreamSelection.h"

#include <QTemporaryDir>

namespace alertdeck::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AlertDeck", text);
}

// A monitor only watches: its own consumer group (so the user's offsets do not move) and no
// handler actions, only the subscriptions.
config::StreamConfig watchOnly(config::StreamConfig stream)
{
    stream.options.insert(QStringLiteral("group_id"), QString(stream.groupId() + QStringLiteral("-monitor")));
    for (config::TopicHandler &handler : stream.handlers)
        handler.actions.clear();
    return stream;
}

} // namespace

int runMonitor(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Print per-stream and per-topic counts, rates and consumer lag every few seconds (like LSST's monitorStream)."));
    const QCommandLineOption configOption(QStringLiteral("config"), tr("Stream configuration file."), QStringLiteral("FILE"), config::StreamConfigFile::defaultPath());
    const QCommandLineOption streamOption(QStringLiteral("stream"), tr("Monitor only this stream."), QStringLiteral("NAME"));
    const QCommandLineOption intervalOption(QStringLiteral("interval"), tr("Seconds between reports."), QStringLiteral("S"), QStringLiteral("5"));
    const QCommandLineOption beginningOption(QStringLiteral("from-beginning"), tr("Count from the beginning of each partition."));
    const QCommandLineOption eofOption(QStringLiteral("until-eof"), tr("Print a last report and stop once every partition is at its end."));
    const QCommandLineOption storeOption(QStringLiteral("store"), tr("Where to keep the monitor's offsets (default: a temporary file)."), QStringLiteral("FILE"));
    parser.addOptions({configOption, streamOption, intervalOption, beginningOption, eofOption, storeOption});
    if (const auto exit = parseArguments(parser, arguments))
        return *exit;
    bool intervalOk = false;
    const double interval = parser.value(intervalOption).toDouble(&intervalOk);
    if (!intervalOk || interval <= 0) {
        printError(tr("monitor: --interval takes a number of seconds above 0"));
        return ExitBadInput;
    }
    const auto file = config::StreamConfigFile::load(parser.value(configOption));
    const auto streams = selectStreams(file, parser.value(configOption), parser.value(streamOption));
    if (!streams)
        return ExitBadInput;
    QVector<config::StreamConfig> watched;
    for (const config::StreamConfig &stream : *streams)
        watched.append(watchOnly(stream));

    QTemporaryDir scratch;
    ListenSession::Options options;
    options.engine.storePath = parser.isSet(storeOption) ? parser.value(storeOption) : scratch.filePath(QStringLiteral("monitor.db"));
    options.engine.fromBeginning = parser.isSet(beginningOption);
    options.engine.untilEof = parser.isSet(eofOption);
    ListenSession session(options);
    MonitorReport report(session.engine(), int(interval * 1000));
    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::terminationRequested, &session, &ListenSession::requestStop);
    QObject::connect(&session, &ListenSession::finished, qApp, [&report] {
        report.print();
        QCoreApplication::quit();
    });
    QString error;
    if (!session.start(watched, &error)) {
        printError(error);
        return ExitFailure;
    }
    const int loopCode = QCoreApplication::exec();
    return session.exitCode() != ExitOk ? session.exitCode() : loopCode;
}

} // namespace alertdeck::cli
