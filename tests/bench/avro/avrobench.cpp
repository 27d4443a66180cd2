// alertdeck-avrobench: times decoding N Confluent-framed Rubin alerts (default 10,000 of ~80 KB,
// three cutout stamps each) into normalized records with AlertDeck's own Avro decoder and with
// libavro, checks that both read the same values, and prints BENCH/RATIO lines
// (tests/bench/run's format).

#include "AvroSampleWriter.h"
#include "LibavroRubinReader.h"

#include "core/decode/RubinAvroDecoder.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <cmath>
#include <cstdio>
#include <functional>

using namespace alertdeck;
using test::AvroSampleWriter;

namespace {

constexpr int kSchemaId = 1000;

// Best of `rounds`: the figure least disturbed by whatever else the machine is doing.
double bestSeconds(int rounds, const std::function<void()> &work)
{
    double best = 1e300;
    for (int round = 0; round < rounds; ++round) {
        QElapsedTimer timer;
        timer.start();
        work();
        best = qMin(best, timer.nsecsElapsed() / 1e9);
    }
    return best;
}

// Avro floats: the own decoder gives their shortest decimal form, libavro the binary value.
bool sameFloat(const std::optional<double> &a, const std::optional<double> &b)
{
    return a.has_value() == b.has_value() && (!a || std::abs(*a - *b) <= 1e-6 * std::abs(*a));
}

bool sameRecord(const decode::Alert &a, const decode::Alert &b)
{
    return a.id == b.id && a.event == b.event && a.time == b.time && a.ra == b.ra && a.dec == b.dec
           && sameFloat(a.mag, b.mag) && sameFloat(a.score, b.score) && a.decodeError.isEmpty()
           && b.decodeError.isEmpty();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser args;
    args.setApplicationDescription(QStringLiteral("Own Avro decoder versus libavro on Rubin-sized alerts."));
    args.addHelpOption();
    args.addOptions({
        {QStringLiteral("count"), QStringLiteral("Alerts (default 10000)."), QStringLiteral("n"), QStringLiteral("10000")},
        {QStringLiteral("cutout-bytes"), QStringLiteral("Bytes per stamp (default 26000)."), QStringLiteral("bytes"), QStringLiteral("26000")},
        {QStringLiteral("rounds"), QStringLiteral("Timed rounds per decoder (default 3)."), QStringLiteral("n"), QStringLiteral("3")},
    });
    args.process(app);
    const int count = args.value(QStringLiteral("count")).toInt();
    const int rounds = qMax(1, args.value(QStringLiteral("rounds")).toInt());
    const QString schemaDir = QStringLiteral(ALERTDECK_SCHEMA_DIR);

    const AvroSampleWriter writer(schemaDir);
    QFile schemaFile(schemaDir + QStringLiteral("/rubin/%1.avsc").arg(kSchemaId));
    if (!schemaFile.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "alertdeck-avrobench: cannot read %s\n", qPrintable(schemaFile.fileName()));
        return 1;
    }
    const QByteArray schemaJson = schemaFile.readAll();
    const AvroSampleWriter::Sizes sizes{args.value(QStringLiteral("cutout-bytes")).toInt(), 12};
    QList<decode::RawMessage> messages(count);
    qint64 bytes = 0;
    for (int i = 0; i < count; ++i) {
        messages[i].payload = writer.rubinConfluent(i, kSchemaId, sizes);
        bytes += messages[i].payload.size();
    }
    std::printf("%d Rubin alerts, %.1f KB each on average\n", count, bytes / 1024.0 / count);

    const decode::RubinAvroDecoder own(schemaDir + QStringLiteral("/rubin"), QString());
    bench::LibavroRubinReader libavro(schemaJson);
    if (!libavro.isValid()) {
        std::fprintf(stderr, "alertdeck-avrobench: libavro: %s\n", qPrintable(libavro.error()));
        return 1;
    }

    int mismatches = 0;
    for (const decode::RawMessage &message : messages) {
        if (!sameRecord(own.decode(message).value(0), libavro.read(message.payload)))
            ++mismatches;
    }
    if (mismatches > 0) {
        std::fprintf(stderr, "alertdeck-avrobench: the decoders disagree on %d alerts\n", mismatches);
        return 1;
    }

    qsizetype sink = 0;
    const double ownSeconds = bestSeconds(rounds, [&] {
        for (const decode::RawMessage &message : messages)
            sink += own.decode(message).value(0).id.size();
    });
    const double libavroSeconds = bestSeconds(rounds, [&] {
        for (const decode::RawMessage &message : messages)
            sink += libavro.read(message.payload).id.size();
    });
    std::printf("checksum %lld\n", qint64(sink));
    std::printf("BENCH avro_rubin_%dk_own_s %.3f s\n", count / 1000, ownSeconds);
    std::printf("BENCH avro_rubin_%dk_libavro_s %.3f s\n", count / 1000, libavroSeconds);
    std::printf("BENCH avro_rubin_own_alerts_per_s %.0f alerts/s\n", count / ownSeconds);
    std::printf("BENCH avro_rubin_libavro_alerts_per_s %.0f alerts/s\n", count / libavroSeconds);
    std::printf("RATIO avro_own_vs_libavro %.2f\n", libavroSeconds / ownSeconds);
    return 0;
}
