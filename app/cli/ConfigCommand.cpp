#include "CliSupport.h"
#include "Commands.h"
#include "core/config/AlertStreamsExporter.h"
#include "core/config/AtomicFile.h"
#include "core/config/ConfigImport.h"
#include "core/config/StreamConfigFile.h"

#include <QTextStream>

namespace alertdeck::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AlertDeck", text);
}

int checkConfig(const QString &path)
{
    const auto file = config::StreamConfigFile::load(path);
    for (const config::ConfigProblem &problem : file.problems)
        printError(problem.toString());
    if (!file.problems.isEmpty())
        return ExitBadInput;
    QTextStream(stdout) << QCoreApplication::translate("AlertDeck", "%1: %n stream(s), no problems", nullptr, int(file.streams.size())).arg(path) << Qt::endl;
    return ExitOk;
}

// Stream configuration on stdout (or in `outPath`); one stderr line per thing not imported.
int importConfig(const QString &path, const QString &outPath)
{
    const config::ImportResult result = config::importConfigFile(path);
    if (!result.ok()) {
        printError(result.fatal);
        return ExitBadInput;
    }
    for (const QString &line : result.notImported)
        printError(tr("not imported: %1").arg(line));
    if (outPath.isEmpty()) {
        QTextStream(stdout) << result.toConfigJson();
        return ExitOk;
    }
    QString error;
    if (!config::writeFileAtomically(outPath, result.toConfigJson(), &error)) {
        printError(error);
        return ExitFailure;
    }
    QTextStream out(stdout);
    for (const QString &line : result.imported)
        out << tr("imported: %1").arg(line) << Qt::endl;
    return ExitOk;
}

int exportConfig(const QString &path)
{
    const auto file = config::StreamConfigFile::load(path);
    bool unreadable = false;
    for (const config::ConfigProblem &problem : file.problems) {
        printError(tr("not exported: %1").arg(problem.toString()));
        unreadable = unreadable || problem.stream.isEmpty();
    }
    if (unreadable)
        return ExitBadInput;
    const auto result = config::AlertStreamsExporter::exportStreams(file.streams);
    for (const QString &line : result.notExported)
        printError(tr("not exported: %1").arg(line));
    QTextStream(stdout) << result.python;
    return ExitOk;
}

} // namespace

int runConfig(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Work with the stream configuration. Actions:\n"
                                        "  check [FILE]              validate a configuration\n"
                                        "  import FILE [--out FILE]  convert a TOM settings.py (ALERT_STREAMS) or hop-client auth.toml\n"
                                        "  export [FILE]             write an ALERT_STREAMS snippet for a TOM's settings.py"));
    parser.addPositionalArgument(QStringLiteral("ACTION"), tr("check, import or export"));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("Configuration file (default: the user's); for import, the file to convert."), QStringLiteral("[FILE]"));
    const QCommandLineOption outOption(QStringLiteral("out"), tr("import: write the configuration to this file instead of stdout."), QStringLiteral("FILE"));
    parser.addOption(outOption);
    if (const auto exit = parseArguments(parser, arguments))
        return *exit;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const QString file = positional.size() == 2 ? positional.at(1) : config::StreamConfigFile::defaultPath();
    if (positional.size() > 2 || (parser.isSet(outOption) && action != QLatin1String("import"))) {
        printError(tr("usage: config check [FILE] | config import FILE [--out FILE] | config export [FILE]"));
        return ExitBadInput;
    }
    if (action == QLatin1String("check"))
        return checkConfig(file);
    if (action == QLatin1String("export"))
        return exportConfig(file);
    if (action == QLatin1String("import") && positional.size() == 2)
        return importConfig(positional.at(1), parser.value(outOption));
    printError(tr("usage: config check [FILE] | config import FILE [--out FILE] | config export [FILE]"));
    return ExitBadInput;
}

} // namespace alertdeck::cli
