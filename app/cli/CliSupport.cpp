#include "CliSupport.h"

#include <QTextStream>

namespace alertdeck::cli {

std::optional<int> parseArguments(QCommandLineParser &parser, const QStringList &arguments)
{
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("AlertDeck", "Show this help."));
    parser.addOption(help);
    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        return ExitBadInput;
    }
    if (parser.isSet(help)) {
        QTextStream(stdout) << parser.helpText();
        return ExitOk;
    }
    return std::nullopt;
}

void printError(const QString &message)
{
    QTextStream(stderr) << "alertdeck-cli: " << message << Qt::endl;
}

} // namespace alertdeck::cli
