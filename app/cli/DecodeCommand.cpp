#include "CliSupport.h"
#include "Commands.h"
#include "core/decode/DecoderRegistry.h"
#include "core/decode/MessageFile.h"

#include <QJsonDocument>
#include <QTextStream>

namespace alertdeck::cli {

int runDecode(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("AlertDeck", "Decode alert files and print one normalized alert per line as JSON."));
    const QCommandLineOption formatOption(QStringLiteral("format"), QCoreApplication::translate("AlertDeck", "Payload format, or auto to detect."), QStringLiteral("F"), QStringLiteral("auto"));
    const QCommandLineOption schemaDirOption(QStringLiteral("schema-dir"), QCoreApplication::translate("AlertDeck", "Directory of Avro schemas by id."), QStringLiteral("DIR"));
    const QCommandLineOption registryOption(QStringLiteral("schema-registry"), QCoreApplication::translate("AlertDeck", "Confluent Schema Registry URL."), QStringLiteral("URL"));
    parser.addOptions({formatOption, schemaDirOption, registryOption});
    parser.addPositionalArgument(QStringLiteral("FILE"), QCoreApplication::translate("AlertDeck", "Alert files (.jsonl: one message per line)."), QStringLiteral("FILE..."));
    if (const auto exit = parseArguments(parser, arguments))
        return *exit;

    const decode::DecoderRegistry registry({parser.value(schemaDirOption), parser.value(registryOption)});
    const QString format = parser.value(formatOption);
    if (!registry.hasFormat(format)) {
        printError(QCoreApplication::translate("AlertDeck", "unknown format \"%1\" (known: %2)").arg(format, registry.formatNames().join(QStringLiteral(", "))));
        return ExitBadInput;
    }
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        printError(QCoreApplication::translate("AlertDeck", "decode: no FILE given"));
        return ExitBadInput;
    }
    QTextStream out(stdout);
    int exitCode = ExitOk;
    for (const QString &path : files) {
        QByteArrayList messages;
        QString error;
        if (!decode::MessageFile::read(path, &messages, &error)) {
            printError(error);
            exitCode = ExitBadInput;
            continue;
        }
        for (const QByteArray &payload : messages) {
            decode::RawMessage message;
            message.payload = payload;
            message.declaredFormat = format;
            for (const decode::Alert &alert : registry.decode(message)) {
                out << QJsonDocument(alert.toJson()).toJson(QJsonDocument::Compact) << '\n';
                if (!alert.decodeError.isEmpty()) {
                    out.flush();
                    printError(QStringLiteral("%1: %2").arg(path, alert.decodeError));
                    exitCode = ExitBadInput;
                }
            }
        }
    }
    return exitCode;
}

} // namespace alertdeck::cli
