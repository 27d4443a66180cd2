#include "AvroSampleWriter.h"

#include "core/decode/AvroBinaryDecoder.h"
#include "core/decode/AvroContainer.h"
#include "core/decode/AvroSchemaCache.h"
#include "core/decode/GenericAvroDecoder.h"
#include "core/decode/RubinAvroDecoder.h"
#include "core/decode/ZtfAvroDecoder.h"

#include <QRandomGenerator>
#include <QTest>

using namespace alertdeck::decode;
using alertdeck::test::AvroSampleWriter;

// Thousands of truncated, mutated and random inputs through every Avro path. The point is that
// nothing crashes, hangs or reads out of bounds (run it in the ALERTDECK_SANITIZE build for ASan
// and UBSan), and that every message still yields at least one alert.
class TestAvroFuzz : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void everyTruncation_data();
    void everyTruncation();
    void randomMutations_data();
    void randomMutations();
    void randomGarbage();
    void deepRecursionIsRefused();
    void hugeBlockCountsAreRefused();
    void mutatedSchemasParseOrFail();

private:
    void decodeAll(const QByteArray &payload);

    QHash<QString, QByteArray> m_samples;
    std::unique_ptr<RubinAvroDecoder> m_rubin;
    ZtfAvroDecoder m_ztf;
    GenericAvroDecoder m_generic;
    QRandomGenerator m_random{20261125};
};

void TestAvroFuzz::initTestCase()
{
    const AvroSampleWriter writer;
    const AvroSampleWriter::Sizes small{48, 3};
    const auto ztfSchema = writer.ztfSchema();
    QVERIFY(ztfSchema);
    m_samples.insert(QStringLiteral("rubin confluent"), writer.rubinConfluent(7, 1000, small));
    m_samples.insert(QStringLiteral("rubin confluent v4"), writer.rubinConfluent(7, 400, small));
    m_samples.insert(QStringLiteral("rubin container"), writer.rubinContainer(7, 1000, small));
    m_samples.insert(QStringLiteral("ztf container"), writer.ztfContainer(7, small));
    m_samples.insert(QStringLiteral("ztf deflate x3"),
                     AvroSampleWriter::container(*ztfSchema,
                                                 {AvroSampleWriter::ztfAlert(1, small), AvroSampleWriter::ztfAlert(2, small),
                                                  AvroSampleWriter::ztfAlert(3, small)},
                                                 AvroSampleWriter::Codec::Deflate));
    for (const QByteArray &sample : std::as_const(m_samples))
        QVERIFY(!sample.isEmpty());
    m_rubin = std::make_unique<RubinAvroDecoder>(writer.schemaDir() + QStringLiteral("/rubin"), QString());
}

void TestAvroFuzz::decodeAll(const QByteArray &payload)
{
    RawMessage message;
    message.payload = payload;
    for (const AvroAlertDecoder *decoder : std::initializer_list<const AvroAlertDecoder *>{m_rubin.get(), &m_ztf, &m_generic}) {
        const QVector<Alert> alerts = decoder->decode(message);
        QVERIFY(!alerts.isEmpty());
        for (const Alert &alert : alerts)
            QVERIFY(!alert.id.isEmpty() || !alert.decodeError.isEmpty());
    }
    // The generic tree of whatever decoded must be walkable too.
    AvroSchemaCache schemas;
    const AvroContainer container = AvroContainer::read(payload, schemas);
    for (const AvroDatum &datum : container.records())
        QVERIFY(datum.value.toJson().isObject() || !datum.value.toJson().isUndefined());
}

void TestAvroFuzz::everyTruncation_data()
{
    QTest::addColumn<QString>("sample");
    for (auto it = m_samples.cbegin(); it != m_samples.cend(); ++it)
        QTest::newRow(qPrintable(it.key())) << it.key();
}

void TestAvroFuzz::everyTruncation()
{
    QFETCH(QString, sample);
    const QByteArray payload = m_samples.value(sample);
    const RubinAvroDecoder &rubin = *m_rubin;
    for (qsizetype size = 0; size < payload.size(); ++size) {
        decodeAll(payload.left(size));
        if (QTest::currentTestFailed())
            QFAIL(qPrintable(QStringLiteral("at %1 of %2 bytes").arg(size).arg(payload.size())));
        // A cut message must never read as a clean alert of its kind.
        RawMessage cut;
        cut.payload = payload.left(size);
        const QVector<Alert> alerts = (sample.startsWith(QLatin1String("rubin")) ? static_cast<const AlertDecoder &>(rubin)
                                                                                  : m_ztf)
                                          .decode(cut);
        QVERIFY2(!alerts.last().decodeError.isEmpty(), qPrintable(QStringLiteral("cut at %1").arg(size)));
    }
}

void TestAvroFuzz::randomMutations_data()
{
    everyTruncation_data();
}

void TestAvroFuzz::randomMutations()
{
    QFETCH(QString, sample);
    const QByteArray original = m_samples.value(sample);
    // ALERTDECK_FUZZ_ROUNDS raises the count for a long run in the sanitizer build.
    const int rounds = qMax(2000, qEnvironmentVariableIntValue("ALERTDECK_FUZZ_ROUNDS"));
    for (int round = 0; round < rounds; ++round) {
        QByteArray payload = original;
        const int edits = 1 + int(m_random.bounded(8));
        for (int edit = 0; edit < edits; ++edit) {
            const qsizetype at = qsizetype(m_random.bounded(quint32(payload.size())));
            switch (m_random.bounded(4)) {
            case 0:
                payload[at] = char(m_random.bounded(256));
                break;
            case 1:
                payload[at] = char(payload[at] ^ (1 << m_random.bounded(8)));
                break;
            case 2:
                payload.remove(at, 1 + m_random.bounded(16));
                break;
            default:
                payload.insert(at, char(0x80 | m_random.bounded(128))); // a varint that keeps going
                break;
            }
            if (payload.isEmpty())
                payload = original;
        }
        decodeAll(payload);
        if (QTest::currentTestFailed())
            QFAIL(qPrintable(QStringLiteral("round %1 (%2 bytes)").arg(round).arg(payload.size())));
    }
}

void TestAvroFuzz::randomGarbage()
{
    const QByteArray prefixes[] = {QByteArray("Obj\x01", 4), QByteArray("\0\0\0\x03\xe8", 5), QByteArray("\0\0\0\x01\x90", 5),
                                   QByteArray()};
    for (int round = 0; round < 3000; ++round) {
        QByteArray payload = prefixes[round % 4];
        const int size = int(m_random.bounded(600));
        for (int i = 0; i < size; ++i)
            payload.append(char(m_random.bounded(256)));
        decodeAll(payload);
        if (QTest::currentTestFailed())
            QFAIL(qPrintable(QString::fromLatin1(payload.toHex().left(200))));
    }
}

void TestAvroFuzz::deepRecursionIsRefused()
{
    QString error;
    const auto schema = AvroSchema::parse(R"({"type": "record", "name": "node",
        "fields": [{"name": "next", "type": ["null", "node"]}]})", &error);
    QVERIFY2(schema, qPrintable(error));
    // Union branch 1 (zig-zag 2) a hundred thousand times: a linked list deeper than any stack.
    const QByteArray data(100'000, '\x02');
    AvroBinaryDecoder decoder(data);
    AvroValue value;
    QVERIFY(!decoder.read(schema->root(), value));
    QVERIFY(decoder.error().contains(QLatin1String("nested")));
}

void TestAvroFuzz::hugeBlockCountsAreRefused()
{
    QString error;
    const auto nulls = AvroSchema::parse(R"({"type": "array", "items": "null"})", &error);
    QVERIFY(nulls);
    // A block claiming 2^40 null items (zero bytes each) must fail fast, not allocate or spin.
    QByteArray data;
    quint64 zigzag = quint64(1) << 41;
    while (zigzag >= 0x80) {
        data.append(char((zigzag & 0x7f) | 0x80));
        zigzag >>= 7;
    }
    data.append(char(zigzag));
    AvroBinaryDecoder decoder(data);
    AvroValue value;
    QVERIFY(!decoder.read(nulls->root(), value));
}

void TestAvroFuzz::mutatedSchemasParseOrFail()
{
    const QByteArray schema = AvroSampleWriter().rubinSchema(1000)->text();
    for (int round = 0; round < 500; ++round) {
        QByteArray text = schema;
        for (int edit = 0; edit < 4; ++edit)
            text[qsizetype(m_random.bounded(quint32(text.size())))] = "{}[]\",:ab0"[m_random.bounded(10)];
        QString error;
        const auto parsed = AvroSchema::parse(text, &error);
        QVERIFY(parsed || !error.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestAvroFuzz)
#include "tst_avrofuzz.moc"
