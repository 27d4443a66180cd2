#include "CliSupport.h"
#include "Commands.h"
#include "translations/Translations.h"

#include <QCoreApplication>
#include <QTextStream>

#include <functional>

using namespace alertdeck::cli;

namespace {

struct Command
{
    const char *name;
    std::function<int(const QStringList &)> run;
    const char *summary;
};

const Command commands[] = {
    {"decode", runDecode, QT_TRANSLATE_NOOP("AlertDeck", "decode alert files into normalized JSON lines")},
    {"listen", runListen, QT_TRANSLATE_NOOP("AlertDeck", "run the configured streams headless")},
    {"replay", runReplay, QT_TRANSLATE_NOOP("AlertDeck", "publish alert files to a Kafka topic")},
    {"monitor", runMonitor, QT_TRANSLATE_NOOP("AlertDeck", "print per-stream and per-topic counts, rates and lag")},
    {"mock", runMock, QT_TRANSLATE_NOOP("AlertDeck", "run the in-process mock Kafka cluster")},
    {"config", runConfig, QT_TRANSLATE_NOOP("AlertDeck", "check, import or export a stream configuration")},
    {"secret", runSecret, QT_TRANSLATE_NOOP("AlertDeck", "store or remove a stream's secret in the keychain")},
};

void printUsage(QTextStream &stream)
{
    stream << QCoreApplication::translate("AlertDeck", "usage: alertdeck-cli COMMAND [options]   (COMMAND --help for its options)") << '\n';
    for (const Command &command : commands)
        stream << "  " << QString::fromLatin1(command.name).leftJustified(8) << QCoreApplication::translate("AlertDeck", command.summary) << '\n';
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("AlertDeck"));
    QCoreApplication::setApplicationName(QStringLiteral("alertdeck"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ALERTDECK_VERSION));
    alertdeck::i18n::installTranslators(app);
    const QStringList arguments = QCoreApplication::arguments();
    const QString name = arguments.value(1);
    if (name == QLatin1String("--help") || name == QLatin1String("-h")) {
        QTextStream out(stdout);
        printUsage(out);
        return ExitOk;
    }
    for (const Command &command : commands) {
        if (name == QLatin1String(command.name))
            return command.run(arguments.mid(1));
    }
    QTextStream err(stderr);
    err << (name.isEmpty() ? QCoreApplication::translate("AlertDeck", "alertdeck-cli: no command given")
                           : QCoreApplication::translate("AlertDeck", "alertdeck-cli: unknown command \"%1\"").arg(name))
        << '\n';
    printUsage(err);
    return ExitBadInput;
}
