// alertdeck-store-bench: measures the durable alert store on synthetic GCN-like alerts.
//   ingest --db FILE [--alerts N] [--batch B] [--payload-bytes P]
//                                                append N alerts in batches of B, print alerts/s
//   writer --db FILE [--batch B]                 append until killed (crash-safety test helper);
//                                                prints "appending N" before and "committed N"
//                                                after every batch
//   query  --db FILE                             time the history table's first and filtered pages
//   retain --db FILE --keep-percent P            apply size retention down to P% of the live data
#include "SyntheticAlerts.h"
#include "StoreQueryBench.h"

#include "core/store/AlertStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <cmath>
#include <cstdio>

using namespace alertdeck;

namespace {

void removeStore(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    QDir(path + QStringLiteral("-payloads")).removeRecursively();
}

qint64 directoryBytes(const QString &path)
{
    qint64 bytes = 0;
    for (const QFileInfo &info : QDir(path).entryInfoList(QDir::Files))
        bytes += info.size();
    return bytes;
}

std::unique_ptr<store::AlertStore> openStore(const QString &path)
{
    QString error;
    auto store = store::AlertStore::open(path, &error);
    if (!store)
        std::fprintf(stderr, "%s\n", qPrintable(error));
    return store;
}

int ingest(const QString &path, qint64 total, int batchSize, qint64 spanDays, int batchesAhead, int payloadBytes)
{
    removeStore(path);
    auto store = openStore(path);
    if (!store)
        return 1;
    bench::SyntheticAlerts::Options options;
    // Spread arrivals over the requested span, as a long-running history would have them.
    options.receivedStepMs = qMax<qint64>(1, spanDays * 86400000 / total);
    options.firstReceivedMs = QDateTime::currentMSecsSinceEpoch() - spanDays * 86400000;
    options.payloadBytes = payloadBytes;
    bench::SyntheticAlerts source(options);
    qint64 storeNs = 0;
    qint64 slowestNs = 0;
    QElapsedTimer wall;
    wall.start();
    QString error;
    // Batches are made ahead in groups so the timed appends run back to back, as from a consumer.
    // Pauses while a group is made let the store index in the background; a group covering the
    // whole run measures ingest with no pause at all.
    while (source.generated() < total) {
        std::vector<std::pair<decode::AlertBatch, store::PartitionOffsets>> ahead;
        while (source.generated() < total && int(ahead.size()) < batchesAhead) {
            decode::AlertBatch batch = source.next(int(qMin<qint64>(batchSize, total - source.generated())));
            ahead.emplace_back(std::move(batch), source.nextOffsets());
        }
        for (const auto &[batch, offsets] : ahead) {
            QElapsedTimer timer;
            timer.start();
            if (!store->append(QStringLiteral("bench"), batch, offsets, &error)) {
                std::fprintf(stderr, "%s\n", qPrintable(error));
                return 1;
            }
            // The slowest appends are the ones that also index a chunk: that is how long the
            // write lock can be held at a time.
            const qint64 ns = timer.nsecsElapsed();
            storeNs += ns;
            slowestNs = qMax(slowestNs, ns);
        }
    }
    // Then what the backlog costs to index, which the store does once appends pause.
    QElapsedTimer indexing;
    indexing.start();
    if (!store->indexAll(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const double indexSeconds = double(indexing.nsecsElapsed()) / 1e9;
    const double seconds = double(storeNs) / 1e9;
    std::printf("stored %lld alerts in %.2f s (store time; %.2f s with generation), batch %d\n",
                total, seconds, double(wall.nsecsElapsed()) / 1e9, batchSize);
    std::printf("BENCH store_ingest %.0f alerts/s\n", double(total) / seconds);
    std::printf("BENCH store_slowest_append_ms %.1f ms\n", double(slowestNs) / 1e6);
    std::printf("BENCH store_index_backlog_s %.2f s\n", indexSeconds);
    std::printf("BENCH store_ingest_and_index %.0f alerts/s\n", double(total) / (seconds + indexSeconds));
    std::printf("BENCH store_db_mb %.1f MB\n",
                double(QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size()) / 1e6);
    std::printf("BENCH store_payload_mb %.1f MB\n", double(directoryBytes(path + QStringLiteral("-payloads"))) / 1e6);
    return store->alertCount() == total ? 0 : 1;
}

int writer(const QString &path, int batchSize)
{
    auto store = openStore(path);
    if (!store)
        return 1;
    // Resume where the store says, as a stream consumer does after a crash.
    bench::SyntheticAlerts::Options options;
    options.firstReceivedMs = QDateTime::currentMSecsSinceEpoch();
    for (const qint64 next : store->committedOffsets(QStringLiteral("bench")))
        options.firstIndex += next;
    bench::SyntheticAlerts source(options, quint32(QCoreApplication::applicationPid()));
    QString error;
    for (qint64 committed = options.firstIndex;; committed += batchSize) {
        const decode::AlertBatch batch = source.next(batchSize);
        // Tells the crash test that an append starts now, so its kill can land inside one.
        std::printf("appending %lld\n", committed + batchSize);
        std::fflush(stdout);
        if (!store->append(QStringLiteral("bench"), batch, source.nextOffsets(), &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        std::printf("committed %lld\n", committed + batchSize);
        std::fflush(stdout);
    }
}

int retain(const QString &path, int keepPercent)
{
    store::AlertStore::Options options;
    options.backgroundIndexing = false;
    QString error;
    auto store = store::AlertStore::open(path, options, &error);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const qint64 before = store->liveBytes();
    QElapsedTimer timer;
    timer.start();
    const std::optional<qint64> removed = store->applyRetention({0, before / 100 * keepPercent}, &error);
    if (!removed) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    // Deletion runs in transactions of at most 20,000 alerts: this is the write lock's hold time.
    const double chunks = std::max(1.0, std::ceil(double(*removed) / 20000.0));
    std::printf("removed %lld alerts in %.2f s; live data %.0f -> %.0f MB\n", *removed, seconds,
                double(before) / 1e6, double(store->liveBytes()) / 1e6);
    std::printf("BENCH store_retention_alerts_per_s %.0f alerts/s\n", double(*removed) / seconds);
    std::printf("BENCH store_retention_lock_hold_ms %.1f ms\n", seconds * 1000 / chunks);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Durable alert store benchmark"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("mode"), QStringLiteral("ingest, writer, query or retain"));
    parser.addOption({QStringLiteral("db"), QStringLiteral("Store database file."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("alerts"), QStringLiteral("Alerts to ingest."), QStringLiteral("N"),
                      QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("batch"), QStringLiteral("Alerts per append."), QStringLiteral("B"),
                      QStringLiteral("10000")});
    parser.addOption({QStringLiteral("ahead"), QStringLiteral("Batches generated before each timed run of appends."),
                      QStringLiteral("N"), QStringLiteral("20")});
    parser.addOption({QStringLiteral("keep-percent"), QStringLiteral("Live data retention keeps."),
                      QStringLiteral("P"), QStringLiteral("90")});
    parser.addOption({QStringLiteral("payload-bytes"), QStringLiteral("Payload size of each alert."),
                      QStringLiteral("P"), QStringLiteral("1000")});
    parser.addOption({QStringLiteral("span-days"), QStringLiteral("Arrival times spread over D days."),
                      QStringLiteral("D"), QStringLiteral("30")});
    parser.process(app);
    const QString mode = parser.positionalArguments().value(0);
    const QString path = parser.value(QStringLiteral("db"));
    if (path.isEmpty()) {
        std::fprintf(stderr, "--db is required\n");
        return 2;
    }
    const int batch = parser.value(QStringLiteral("batch")).toInt();
    if (mode == QLatin1String("ingest")) {
        return ingest(path, parser.value(QStringLiteral("alerts")).toLongLong(), batch,
                      parser.value(QStringLiteral("span-days")).toLongLong(),
                      parser.value(QStringLiteral("ahead")).toInt(),
                      parser.value(QStringLiteral("payload-bytes")).toInt());
    }
    if (mode == QLatin1String("writer"))
        return writer(path, batch);
    if (mode == QLatin1String("retain"))
        return retain(path, parser.value(QStringLiteral("keep-percent")).toInt());
    if (mode == QLatin1String("query"))
        return bench::runQueryBench(path);
    std::fprintf(stderr, "unknown mode '%s' (ingest, writer, query, retain)\n", qPrintable(mode));
    return 2;
}
