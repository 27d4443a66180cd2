#include "CliSupport.h"
#include "Commands.h"
#include "SignalWatcher.h"
#include "core/demo/DemoFeed.h"
#include "core/kafka/MockCluster.h"

#include <QCoreApplication>
#include <QTextStream>

namespace alertdeck::cli {

int runMock(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("AlertDeck", "Run librdkafka's in-process mock Kafka cluster until interrupted; prints its bootstrap address first."));
    const QCommandLineOption topicsOption(QStringLiteral("topics"), QCoreApplication::translate("AlertDeck", "Topics to create, comma-separated."), QStringLiteral("a,b,..."));
    const QCommandLineOption partitionsOption(QStringLiteral("partitions"), QCoreApplication::translate("AlertDeck", "Partitions per created topic."), QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption brokersOption(QStringLiteral("brokers"), QCoreApplication::translate("AlertDeck", "Number of mock brokers."), QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption demoOption(QStringLiteral("demo"), QCoreApplication::translate("AlertDeck", "Also replay the bundled sample alerts into the cluster at a human pace."));
    parser.addOptions({topicsOption, partitionsOption, brokersOption, demoOption});
    if (const auto exit = parseArguments(parser, arguments))
        return *exit;
    bool partitionsOk = false;
    bool brokersOk = false;
    const int partitions = parser.value(partitionsOption).toInt(&partitionsOk);
    const int brokers = parser.value(brokersOption).toInt(&brokersOk);
    if (!partitionsOk || partitions < 1 || !brokersOk || brokers < 1) {
        printError(QCoreApplication::translate("AlertDeck", "mock: --partitions and --brokers take a positive number"));
        return ExitBadInput;
    }

    QString error;
    // With --demo the feed owns the cluster (and keeps publishing into it); otherwise this does.
    demo::DemoFeed feed;
    std::unique_ptr<kafka::MockCluster> ownCluster;
    if (parser.isSet(demoOption)) {
        if (!feed.start(&error)) {
            printError(error);
            return ExitFailure;
        }
    } else if (!(ownCluster = kafka::MockCluster::create(brokers, &error))) {
        printError(error);
        return ExitFailure;
    }
    kafka::MockCluster *cluster = ownCluster ? ownCluster.get() : feed.cluster();
    for (const QString &topic : parser.value(topicsOption).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!cluster->createTopic(topic.trimmed(), partitions, &error)) {
            printError(QCoreApplication::translate("AlertDeck", "cannot create topic \"%1\": %2").arg(topic, error));
            return ExitFailure;
        }
    }
    // Watching signals before the address is printed: whoever reads it may stop us at once.
    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::terminationRequested, qApp, &QCoreApplication::quit);
    QTextStream(stdout) << cluster->bootstrap() << Qt::endl;
    return QCoreApplication::exec();
}

} // namespace alertdeck::cli
