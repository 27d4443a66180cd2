#include "CliSupport.h"
#include "Commands.h"
#include "core/secrets/KeychainSecretStore.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace alertdeck::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AlertDeck", text);
}

// The secret comes on stdin, never as an argument: argv is visible to every user of the machine.
QString readSecretFromStdin()
{
    QTextStream in(stdin);
    return in.readLine();
}

int finish(const QString &error)
{
    if (!error.isEmpty())
        printError(error);
    return error.isEmpty() ? ExitOk : ExitFailure;
}

} // namespace

int runSecret(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Store, remove or look for a stream's secret (its password or client secret) in the keychain.\n"
                                        "  set NAME      read the secret from the first line of stdin and store it\n"
                                        "  remove NAME   remove the stored secret\n"
                                        "  status NAME   print \"set\" or \"not set\" (never the secret)"));
    const QCommandLineOption tomOption(QStringLiteral("tom"), tr("NAME is a TOM's URL (its API token), not a stream."));
    parser.addOption(tomOption);
    parser.addPositionalArgument(QStringLiteral("action"), tr("set, remove or status"));
    parser.addPositionalArgument(QStringLiteral("name"), tr("The stream's name."));
    if (const auto exit = parseArguments(parser, arguments))
        return *exit;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (positional.size() != 2 || !QStringList{QStringLiteral("set"), QStringLiteral("remove"), QStringLiteral("status")}.contains(action)) {
        printError(tr("secret: expected set|remove|status NAME"));
        return ExitBadInput;
    }
    const QString name = positional.at(1);
    const QString key = parser.isSet(tomOption) ? secrets::SecretStore::tomKey(name) : secrets::SecretStore::streamKey(name);

    secrets::KeychainSecretStore keychain;
    if (!keychain.isAvailable())
        return finish(tr("secret: %1; use an environment variable reference ({\"env\": \"VARIABLE\"}) instead").arg(keychain.unavailableReason()));
    int code = ExitFailure;
    const auto done = [&code](const QString &error) {
        code = finish(error);
        QCoreApplication::quit();
    };
    QObject::connect(&keychain, &secrets::SecretStore::writeFinished, qApp, [&](const QString &, const QString &error) { done(error); });
    QObject::connect(&keychain, &secrets::SecretStore::removeFinished, qApp, [&](const QString &, const QString &error) { done(error); });
    QObject::connect(&keychain, &secrets::SecretStore::readFinished, qApp, [&](const QString &, const QString &secret, const QString &error) {
        if (error.isEmpty())
            QTextStream(stdout) << (secret.isEmpty() ? tr("not set") : tr("set")) << Qt::endl;
        done(error);
    });
    if (action == QLatin1String("set")) {
        QString secret = readSecretFromStdin();
        if (secret.isEmpty()) {
            printError(tr("secret: no secret on stdin"));
            return ExitBadInput;
        }
        keychain.write(key, secret);
        secret.fill(QChar());
    } else if (action == QLatin1String("remove")) {
        keychain.remove(key);
    } else {
        keychain.read(key);
    }
    QCoreApplication::exec();
    return code;
}

} // namespace alertdeck::cli
