#include "AvroSampleWriter.h"

#include "AvroDatumEncoder.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QtEndian>

#include <vector>

namespace alertdeck::test {
namespace {

constexpr qint64 kRubinSourceIdBase = 170'094'456'000'000'000; // above 2^53: ids must stay exact
constexpr qint64 kRubinObjectIdBase = 313'897'383'000'000'000;
constexpr qint64 kZtfCandidBase = 2'460'000'000'015'015'000;

QByteArray stamp(int index, int size)
{
    // Noise, like real stamps after compression: nothing for a codec to shrink.
    std::vector<quint32> words(size_t(size + 3) / 4);
    QRandomGenerator(quint32(index) * 2654435761u).fillRange(words.data(), qsizetype(words.size()));
    return QByteArray(reinterpret_cast<const char *>(words.data()), size);
}

QVariantMap rubinSource(int index, int visitOffset)
{
    const QString band = QString(QLatin1String("ugrizy")[index % 6]);
    const double mjd = 61000.5 + index * 0.001 - visitOffset;
    const double flux = 1000.0 * (1 + index % 50);
    const double ra = 10.0 + index % 340 + 0.25;
    const double dec = -30.0 + (index % 60) * 0.5;
    const qint64 sourceId = kRubinSourceIdBase + qint64(index) * 7 - visitOffset;
    return QVariantMap{
        {QStringLiteral("diaSourceId"), sourceId},
        {QStringLiteral("visit"), qint64(2025112100000 + index)},
        {QStringLiteral("ccdVisitId"), qint64(2025112100000 + index)},
        {QStringLiteral("detector"), index % 189},
        {QStringLiteral("diaObjectId"), kRubinObjectIdBase + index},
        {QStringLiteral("midpointMjdTai"), mjd},
        {QStringLiteral("midPointTai"), mjd},
        {QStringLiteral("timeProcessedMjdTai"), mjd + 0.01},
        {QStringLiteral("ra"), ra},
        {QStringLiteral("dec"), dec},
        {QStringLiteral("decl"), dec},
        {QStringLiteral("raErr"), 1.5e-5},
        {QStringLiteral("decErr"), 1.75e-5},
        {QStringLiteral("x"), 1024.5},
        {QStringLiteral("y"), 2048.25},
        {QStringLiteral("snr"), 5.0 + index % 30},
        {QStringLiteral("psfFlux"), flux},
        {QStringLiteral("psFlux"), flux},
        {QStringLiteral("psfFluxErr"), flux / 20},
        {QStringLiteral("psFluxErr"), flux / 20},
        {QStringLiteral("apFlux"), flux * 1.05},
        {QStringLiteral("scienceFlux"), flux * 3},
        {QStringLiteral("extendedness"), 0.125},
        {QStringLiteral("reliability"), (index % 100) / 100.0},
        {QStringLiteral("band"), band},
        {QStringLiteral("filterName"), band},
        {QStringLiteral("isDipole"), false},
    };
}

QVariantMap rubinObject(int index)
{
    QVariantMap object{
        {QStringLiteral("diaObjectId"), kRubinObjectIdBase + index},
        {QStringLiteral("validityStartMjdTai"), 61000.0},
        {QStringLiteral("ra"), 10.0 + index % 340 + 0.25},
        {QStringLiteral("dec"), -30.0 + (index % 60) * 0.5},
        {QStringLiteral("decl"), -30.0 + (index % 60) * 0.5},
        {QStringLiteral("nDiaSources"), 1 + index % 40},
    };
    for (const char *band : {"u", "g", "r", "i", "z", "y"}) {
        const QString prefix = QLatin1String(band) + QLatin1Char('_');
        object.insert(prefix + QLatin1String("psfFluxMean"), 1200.0);
        object.insert(prefix + QLatin1String("psfFluxMeanErr"), 60.0);
        object.insert(prefix + QLatin1String("psfFluxSigma"), 80.0);
        object.insert(prefix + QLatin1String("psfFluxNdata"), 4);
    }
    return object;
}

std::shared_ptr<const decode::AvroSchema> readSchema(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("AvroSampleWriter: cannot read schema %s", qPrintable(path));
        return nullptr;
    }
    QString error;
    auto schema = decode::AvroSchema::parse(file.readAll(), &error);
    if (!schema)
        qWarning("AvroSampleWriter: %s: %s", qPrintable(path), qPrintable(error));
    return schema;
}

} // namespace

AvroSampleWriter::AvroSampleWriter(const QString &schemaDir) : m_schemaDir(schemaDir) {}

QString AvroSampleWriter::defaultSchemaDir()
{
    return qEnvironmentVariable("ALERTDECK_SOURCE_DIR") + QStringLiteral("/resources/schemas");
}

std::shared_ptr<const decode::AvroSchema> AvroSampleWriter::schema(const QString &relativePath) const
{
    return readSchema(QDir(m_schemaDir).filePath(relativePath));
}

std::shared_ptr<const decode::AvroSchema> AvroSampleWriter::rubinSchema(int schemaId) const
{
    return schema(QStringLiteral("rubin/%1.avsc").arg(schemaId));
}

std::shared_ptr<const decode::AvroSchema> AvroSampleWriter::ztfSchema() const
{
    return schema(QStringLiteral("ztf/alert.avsc"));
}

QVariantMap AvroSampleWriter::rubinAlert(int index, const Sizes &sizes)
{
    QVariantList previous;
    for (int visit = 1; visit <= sizes.previousSources; ++visit)
        previous.append(rubinSource(index, visit));
    const QVariantMap source = rubinSource(index, 0);
    return QVariantMap{
        {QStringLiteral("alertId"), source.value(QStringLiteral("diaSourceId"))},
        {QStringLiteral("diaSourceId"), source.value(QStringLiteral("diaSourceId"))},
        {QStringLiteral("diaSource"), source},
        {QStringLiteral("prvDiaSources"), previous},
        {QStringLiteral("prvDiaForcedSources"), QVariantList{}},
        {QStringLiteral("diaObject"), rubinObject(index)},
        {QStringLiteral("cutoutDifference"), stamp(3 * index, sizes.cutoutBytes)},
        {QStringLiteral("cutoutScience"), stamp(3 * index + 1, sizes.cutoutBytes)},
        {QStringLiteral("cutoutTemplate"), stamp(3 * index + 2, sizes.cutoutBytes)},
    };
}

QVariantMap AvroSampleWriter::ztfAlert(int index, const Sizes &sizes)
{
    // objectIds as ZTF makes them: "ZTF" + year + seven letters.
    QString objectId = QStringLiteral("ZTF25");
    for (int i = 6, rest = index; i >= 0; --i, rest /= 26)
        objectId.insert(5, QChar(QLatin1Char('a' + rest % 26)));
    const qint64 candid = kZtfCandidBase + index;
    const QVariantMap candidate{
        {QStringLiteral("jd"), 2460000.5 + index * 0.01},
        {QStringLiteral("fid"), 1 + index % 3},
        {QStringLiteral("pid"), qint64(2460000000015 + index)},
        {QStringLiteral("diffmaglim"), 20.5},
        {QStringLiteral("programid"), 1},
        {QStringLiteral("candid"), candid},
        {QStringLiteral("isdiffpos"), QStringLiteral("t")},
        {QStringLiteral("ra"), 100.0 + index % 200 + 0.125},
        {QStringLiteral("dec"), 10.0 + (index % 40) * 0.5},
        {QStringLiteral("magpsf"), 18.5 + (index % 8) * 0.125},
        {QStringLiteral("sigmapsf"), 0.0625},
        {QStringLiteral("rb"), 0.75},
        {QStringLiteral("drb"), 0.875},
        {QStringLiteral("ndethist"), 3},
        {QStringLiteral("ncovhist"), 9},
    };
    QVariantList previous;
    for (int visit = 1; visit <= sizes.previousSources; ++visit) {
        QVariantMap earlier = candidate;
        earlier.insert(QStringLiteral("jd"), candidate.value(QStringLiteral("jd")).toDouble() - visit);
        earlier.insert(QStringLiteral("candid"), candid - visit * 1000);
        previous.append(earlier);
    }
    const auto cutout = [&](int which) {
        return QVariantMap{{QStringLiteral("fileName"), QStringLiteral("candid%1_%2.fits.gz").arg(candid).arg(which)},
                           {QStringLiteral("stampData"), stamp(3 * index + which, sizes.cutoutBytes)}};
    };
    return QVariantMap{
        {QStringLiteral("schemavsn"), QStringLiteral("3.3")},
        {QStringLiteral("publisher"), QStringLiteral("AlertDeck sample writer")},
        {QStringLiteral("objectId"), objectId},
        {QStringLiteral("candid"), candid},
        {QStringLiteral("candidate"), candidate},
        {QStringLiteral("prv_candidates"), previous},
        {QStringLiteral("cutoutScience"), cutout(0)},
        {QStringLiteral("cutoutTemplate"), cutout(1)},
        {QStringLiteral("cutoutDifference"), cutout(2)},
    };
}

QByteArray AvroSampleWriter::datum(const decode::AvroSchema &schema, const QVariant &value)
{
    QString error;
    const auto encoded = AvroDatumEncoder::encode(schema.root(), value, &error);
    if (!encoded)
        qWarning("AvroSampleWriter: %s", qPrintable(error));
    return encoded.value_or(QByteArray());
}

QByteArray AvroSampleWriter::container(const decode::AvroSchema &schema, const QVariantList &records, Codec codec)
{
    const QByteArray sync = QByteArrayLiteral("AlertDeckSync!!!");
    QByteArray out("Obj\x01", 4);
    AvroDatumEncoder::writeLong(out, 2);
    AvroDatumEncoder::writeBytes(out, "avro.schema");
    AvroDatumEncoder::writeBytes(out, schema.text());
    AvroDatumEncoder::writeBytes(out, "avro.codec");
    AvroDatumEncoder::writeBytes(out, codec == Codec::Deflate ? "deflate" : "null");
    AvroDatumEncoder::writeLong(out, 0);
    out += sync;

    QByteArray block;
    for (const QVariant &record : records)
        block += datum(schema, record);
    if (codec == Codec::Deflate) {
        // qCompress gives a 4-byte length, a 2-byte zlib header, raw deflate, a 4-byte checksum;
        // the Avro codec is the raw deflate in between.
        const QByteArray zlib = qCompress(block);
        block = zlib.mid(6, zlib.size() - 10);
    }
    AvroDatumEncoder::writeLong(out, records.size());
    AvroDatumEncoder::writeBytes(out, block);
    return out + sync;
}

QByteArray AvroSampleWriter::confluent(int schemaId, const QByteArray &datum)
{
    QByteArray out(5, '\0');
    qToBigEndian(quint32(schemaId), out.data() + 1);
    return out + datum;
}

QByteArray AvroSampleWriter::rubinConfluent(int index, int schemaId, const Sizes &sizes) const
{
    const auto schema = rubinSchema(schemaId);
    return schema ? confluent(schemaId, datum(*schema, rubinAlert(index, sizes))) : QByteArray();
}

QByteArray AvroSampleWriter::rubinContainer(int index, int schemaId, const Sizes &sizes) const
{
    const auto schema = rubinSchema(schemaId);
    return schema ? container(*schema, {rubinAlert(index, sizes)}) : QByteArray();
}

QByteArray AvroSampleWriter::ztfContainer(int index, const Sizes &sizes) const
{
    const auto schema = ztfSchema();
    return schema ? container(*schema, {ztfAlert(index, sizes)}) : QByteArray();
}

QByteArray AvroSampleWriter::frame(const QByteArray &message)
{
    QByteArray out(4, '\0');
    qToBigEndian(quint32(message.size()), out.data());
    return out + message;
}

QList<QByteArray> AvroSampleWriter::unframe(const QByteArray &frames)
{
    QList<QByteArray> messages;
    qsizetype pos = 0;
    while (frames.size() - pos >= 4) {
        const qsizetype size = qFromBigEndian<quint32>(frames.constData() + pos);
        if (size > frames.size() - pos - 4)
            break;
        messages.append(frames.mid(pos + 4, size));
        pos += 4 + size;
    }
    return messages;
}

} // namespace alertdeck::test
