#include "CliSupport.h"
#include "Commands.h"
#include "core/config/StreamConfigFile.h"

#include <QTextStream>

namespace alertdeck::cli {
namespace {

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

} // namespace

int runConfig(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("AlertDeck", "Work with the stream configuration. Actions: check [FILE]."));
    parser.addPositionalArgument(QStringLiteral("ACTION"), QCoreApplication::translate("AlertDeck", "check"));
    parser.addPositionalArgument(QStringLiteral("FILE"), QCoreApplication::translate("AlertDeck", "Configuration file (default: the user's)."), QStringLiteral("[FILE]"));
    if (const auto exit = parseArguments(parser, arguments))
        return *exit;
    const QStringList positional = parser.positionalArguments();
    if (positional.value(0) != QLatin1String("check") || positional.size() > 2) {
        printError(QCoreApplication::translate("AlertDeck", "usage: config check [FILE]"));
        return ExitBadInput;
    }
    return checkConfig(positional.size() == 2 ? positional.at(1) : config::StreamConfigFile::defaultPath());
}

} // namespace alertdeck::cli
