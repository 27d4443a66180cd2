#include "CliSupport.h"
#include "Commands.h"
#include "core/decode/MessageFile.h"
#include "core/kafka/MessageProducer.h"
#include "core/kafka/TopicReader.h"

#include <QElapsedTimer>
#include <QTextStream>
#include <QThread>

namespace alertdeck::cli {
namespace {

std::optional<decode::MessageHeaders> parseHeaders(const QStringList &values)
{
    decode::MessageHeaders headers;
    for (const QString &value : values) {
        const qsizetype equals = value.indexOf(QLatin1Char('='));
        if (equals <= 0)
            return std::nullopt;
        headers.append({value.left(equals).toUtf8(), value.mid(equals + 1).toUtf8()});
    }
    return headers;
}

// Sleeps until message `index` is due at `rate` messages/s, as play-stream paces.
void pace(const QElapsedTimer &clock, qint64 index, double rate)
{
    if (rate <= 0)
        return;
    const qint64 dueMs = qint64(double(index) * 1000.0 / rate);
    const qint64 waitMs = dueMs - clock.elapsed();
    if (waitMs > 0)
        QThread::msleep(ulong(waitMs));
}

} // namespace

int runReplay(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("AlertDeck", "Publish the messages in alert files to a Kafka topic."));
    const QCommandLineOption bootstrapOption(QStringLiteral("bootstrap"), QCoreApplication::translate("AlertDeck", "Broker address."), QStringLiteral("HOST:PORT"));
    const QCommandLineOption topicOption(QStringLiteral("topic"), QCoreApplication::translate("AlertDeck", "Topic to publish to."), QStringLiteral("T"));
    const QCommandLineOption rateOption(QStringLiteral("rate"), QCoreApplication::translate("AlertDeck", "Messages per second (default: as fast as possible)."), QStringLiteral("N"));
    const QCommandLineOption headerOption(QStringLiteral("header"), QCoreApplication::translate("AlertDeck", "Add a Kafka header to every message (e.g. _format=voevent)."), QStringLiteral("KEY=VALUE"));
    const QCommandLineOption repeatOption(QStringLiteral("repeat"), QCoreApplication::translate("AlertDeck", "Send the files this many times."), QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption fromBootstrapOption(QStringLiteral("from-bootstrap"), QCoreApplication::translate("AlertDeck", "Replay a topic of this broker instead of files."), QStringLiteral("HOST:PORT"));
    const QCommandLineOption fromTopicOption(QStringLiteral("from-topic"), QCoreApplication::translate("AlertDeck", "The topic to replay, from its beginning to its current end."), QStringLiteral("T"));
    parser.addOptions({bootstrapOption, topicOption, rateOption, headerOption, repeatOption, fromBootstrapOption, fromTopicOption});
    parser.addPositionalArgument(QStringLiteral("FILE"), QCoreApplication::translate("AlertDeck", "Alert files (.jsonl: one message per line)."), QStringLiteral("FILE..."));
    if (const auto exit = parseArguments(parser, arguments))
        return *exit;

    bool rateOk = true;
    const double rate = parser.isSet(rateOption) ? parser.value(rateOption).toDouble(&rateOk) : 0;
    bool repeatOk = true;
    const int repeat = parser.value(repeatOption).toInt(&repeatOk);
    const auto headers = parseHeaders(parser.values(headerOption));
    const bool fromTopic = parser.isSet(fromTopicOption);
    if (!parser.isSet(bootstrapOption) || !parser.isSet(topicOption) || parser.positionalArguments().isEmpty() == !fromTopic
        || fromTopic != parser.isSet(fromBootstrapOption) || !rateOk || rate < 0 || !repeatOk || repeat < 1 || !headers) {
        printError(QCoreApplication::translate("AlertDeck", "usage: replay --bootstrap HOST:PORT --topic T [--rate N] [--header K=V] "
                                                            "(FILE... | --from-bootstrap HOST:PORT --from-topic T)"));
        return ExitBadInput;
    }
    QByteArrayList messages;
    for (const QString &path : parser.positionalArguments()) {
        QString error;
        if (!decode::MessageFile::read(path, &messages, &error)) {
            printError(error);
            return ExitBadInput;
        }
    }

    QString error;
    // Keyless messages spread over every partition (no sticky batches), as many producers of a
    // real stream would spread them.
    auto producer = kafka::MessageProducer::create({{QStringLiteral("bootstrap.servers"), parser.value(bootstrapOption)},
                                                    {QStringLiteral("sticky.partitioning.linger.ms"), QStringLiteral("0")}},
                                                   &error);
    std::unique_ptr<kafka::TopicReader> source;
    if (producer && fromTopic)
        source = kafka::TopicReader::create({{QStringLiteral("bootstrap.servers"), parser.value(fromBootstrapOption)}}, &error);
    if (!producer || (fromTopic && !source)) {
        printError(error);
        return ExitBadInput;
    }
    QElapsedTimer clock;
    clock.start();
    qint64 sent = 0;
    // A topic's messages keep their own headers and keys; --header adds to them.
    const auto send = [&](const QByteArray &payload, const decode::MessageHeaders &own, const QByteArray &key) {
        pace(clock, sent, rate);
        if (!producer->produce(parser.value(topicOption), payload, own + *headers, key, &error))
            return false;
        ++sent;
        return true;
    };
    for (int round = 0; round < repeat && error.isEmpty(); ++round) {
        if (fromTopic) {
            source->readAll(parser.value(fromTopicOption), send, &error);
            continue;
        }
        for (const QByteArray &payload : std::as_const(messages)) {
            if (!send(payload, {}, {}))
                break;
        }
    }
    if (!error.isEmpty()) {
        printError(error);
        return ExitFailure;
    }
    if (!producer->flush(60000, &error)) {
        printError(error);
        return ExitFailure;
    }
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    QTextStream(stdout) << QCoreApplication::translate("AlertDeck", "sent %1 messages in %2 s (%3/s)")
                               .arg(sent).arg(seconds, 0, 'f', 3).arg(double(sent) / std::max(seconds, 1e-9), 0, 'f', 0)
                        << Qt::endl;
    return ExitOk;
}

} // namespace alertdeck::cli
