// alertdeck-samplegen: writes the project's own ZTF-like or Rubin-like Avro alerts, for the demo
// and the benchmarks. --out DIR (an existing directory) gets one file per alert, i.e. one Kafka
// message each; --out FILE gets them all, each framed as a 4-byte big-endian length and its bytes
// (AvroSampleWriter::unframe reads them).

#include "AvroSampleWriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

using alertdeck::test::AvroSampleWriter;

namespace {

int usageError(const QString &why)
{
    std::fprintf(stderr, "alertdeck-samplegen: %s\n", qPrintable(why));
    return 2;
}

QByteArray makeAlert(const AvroSampleWriter &writer, const QCommandLineParser &args, int index,
                     const AvroSampleWriter::Sizes &sizes)
{
    const bool rubin = args.value(QStringLiteral("kind")) == QLatin1String("rubin");
    const int schemaId = args.value(QStringLiteral("schema-id")).toInt();
    if (!rubin)
        return writer.ztfContainer(index, sizes);
    return args.value(QStringLiteral("framing")) == QLatin1String("container")
               ? writer.rubinContainer(index, schemaId, sizes)
               : writer.rubinConfluent(index, schemaId, sizes);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser args;
    args.setApplicationDescription(QStringLiteral("Write AlertDeck's sample Avro alerts."));
    args.addHelpOption();
    args.addOptions({
        {QStringLiteral("kind"), QStringLiteral("rubin or ztf (default rubin)."), QStringLiteral("kind"), QStringLiteral("rubin")},
        {QStringLiteral("count"), QStringLiteral("Number of alerts (default 100)."), QStringLiteral("n"), QStringLiteral("100")},
        {QStringLiteral("first-index"), QStringLiteral("Index of the first alert (default 0)."), QStringLiteral("i"), QStringLiteral("0")},
        {QStringLiteral("cutout-bytes"), QStringLiteral("Bytes per cutout stamp (default 26000: ~80 KB Rubin alerts)."), QStringLiteral("bytes"), QStringLiteral("26000")},
        {QStringLiteral("previous"), QStringLiteral("Previous detections per alert (default 12)."), QStringLiteral("n"), QStringLiteral("12")},
        {QStringLiteral("framing"), QStringLiteral("Rubin: confluent (bare datum after a 5-byte schema-id prefix, as the live stream) or container (default confluent)."), QStringLiteral("framing"), QStringLiteral("confluent")},
        {QStringLiteral("schema-id"), QStringLiteral("Rubin schema id: 1000 (v10_0 names) or 400 (pre-v7 names); default 1000."), QStringLiteral("id"), QStringLiteral("1000")},
        {QStringLiteral("schema-dir"), QStringLiteral("Directory of the sample schemas (default: the source tree's resources/schemas)."), QStringLiteral("dir"), QStringLiteral(ALERTDECK_SCHEMA_DIR)},
        {QStringLiteral("out"), QStringLiteral("An existing directory: one file per alert in it. Otherwise a file to write all alerts into, each as a 4-byte big-endian length and the message."), QStringLiteral("path")},
    });
    args.process(app);

    const QString kind = args.value(QStringLiteral("kind"));
    if (kind != QLatin1String("rubin") && kind != QLatin1String("ztf"))
        return usageError(QStringLiteral("--kind must be rubin or ztf, not \"%1\"").arg(kind));
    if (!args.isSet(QStringLiteral("out")))
        return usageError(QStringLiteral("--out DIR or --out FILE is required"));
    const int count = args.value(QStringLiteral("count")).toInt();
    const int first = args.value(QStringLiteral("first-index")).toInt();
    const AvroSampleWriter::Sizes sizes{args.value(QStringLiteral("cutout-bytes")).toInt(),
                                        args.value(QStringLiteral("previous")).toInt()};
    const AvroSampleWriter writer(args.value(QStringLiteral("schema-dir")));
    if (count <= 0 || sizes.cutoutBytes < 0 || sizes.previousSources < 0)
        return usageError(QStringLiteral("--count, --cutout-bytes and --previous must be positive numbers"));

    const QString out = args.value(QStringLiteral("out"));
    const QDir dir(out);
    QFile framed(out);
    if (!QFileInfo(out).isDir() && !framed.open(QIODevice::WriteOnly))
        return usageError(QStringLiteral("cannot write %1: %2").arg(out, framed.errorString()));

    for (int index = first; index < first + count; ++index) {
        const QByteArray alert = makeAlert(writer, args, index, sizes);
        if (alert.isEmpty())
            return usageError(QStringLiteral("no schema for --kind %1 in %2").arg(kind, writer.schemaDir()));
        if (framed.isOpen()) {
            framed.write(AvroSampleWriter::frame(alert));
            continue;
        }
        QFile file(dir.filePath(QStringLiteral("%1-%2.avro").arg(kind).arg(index, 8, 10, QLatin1Char('0'))));
        if (!file.open(QIODevice::WriteOnly) || file.write(alert) != alert.size()) {
            std::fprintf(stderr, "alertdeck-samplegen: cannot write %s\n", qPrintable(file.fileName()));
            return 1;
        }
    }
    std::printf("wrote %d %s alerts\n", count, qPrintable(kind));
    return 0;
}
