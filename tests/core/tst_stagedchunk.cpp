#include "core/store/StagedChunk.h"

#include <QTest>

#include <limits>

using alertdeck::store::StagedChunkBuilder;
using alertdeck::store::StagedChunkLocation;
using alertdeck::store::StagedChunkReader;
using Type = StagedChunkReader::Type;

namespace {

constexpr int kColumns = 4;

QString text(const StagedChunkReader::Value &value)
{
    return QString::fromUtf8(value.text, value.size);
}

// Two rows of integer, real, text and optional columns.
StagedChunkBuilder twoRows()
{
    StagedChunkBuilder chunk;
    chunk.beginRow();
    chunk.addInteger(std::numeric_limits<qint64>::min());
    chunk.addReal(-12.5);
    chunk.addText(QStringLiteral("GRB 250101A"));
    chunk.addOptional(std::optional<qint64>());
    chunk.beginRow();
    chunk.addInteger(std::numeric_limits<qint64>::max());
    chunk.addOptional(std::optional<double>(1e-300));
    chunk.addText(QStringLiteral("S250101a – Überblick ✓"));
    chunk.addOptional(std::optional<qint64>(-1));
    return chunk;
}

StagedChunkReader readerOf(const QByteArray &bytes)
{
    return StagedChunkReader(bytes.constData(), int(bytes.size()), kColumns);
}

} // namespace

class TestStagedChunk : public QObject
{
    Q_OBJECT
private slots:
    void roundTripsEveryKindOfValue();
    void smallIntegersTakeFewBytes();
    void nullAndEmptyTextDiffer();
    void clearKeepsNothingOfTheLastChunk();
    void damagedChunksReadAsInvalid_data();
    void damagedChunksReadAsInvalid();
    void locationsRoundTrip();
    void onlyWholeLocationsDecode();
};

void TestStagedChunk::roundTripsEveryKindOfValue()
{
    const StagedChunkBuilder chunk = twoRows();
    QCOMPARE(chunk.rows(), 2);
    const QByteArray bytes = chunk.bytes().toByteArray();
    const StagedChunkReader reader = readerOf(bytes);
    QVERIFY(reader.isValid());
    QCOMPARE(reader.rows(), 2);

    QCOMPARE(reader.value(0, 0).type, Type::Integer);
    QCOMPARE(reader.value(0, 0).integer, std::numeric_limits<qint64>::min());
    QCOMPARE(reader.value(0, 1).type, Type::Real);
    QCOMPARE(reader.value(0, 1).real, -12.5);
    QCOMPARE(reader.value(0, 2).type, Type::Text);
    QCOMPARE(text(reader.value(0, 2)), QStringLiteral("GRB 250101A"));
    QCOMPARE(reader.value(0, 3).type, Type::Null);

    QCOMPARE(reader.value(1, 0).integer, std::numeric_limits<qint64>::max());
    QCOMPARE(reader.value(1, 1).real, 1e-300);
    QCOMPARE(text(reader.value(1, 2)), QStringLiteral("S250101a – Überblick ✓"));
    QCOMPARE(reader.value(1, 3).integer, -1);
}

void TestStagedChunk::smallIntegersTakeFewBytes()
{
    StagedChunkBuilder chunk;
    chunk.beginRow();
    for (const qint64 value : {0, 1, -1, 63, -64})
        chunk.addInteger(value);
    // The format byte, then a type byte and one varint byte each.
    QCOMPARE(chunk.bytes().size(), 1 + 5 * 2);
    chunk.addInteger(1735689600123); // a time in ms: 6 bytes
    QCOMPARE(chunk.bytes().size(), 1 + 5 * 2 + 1 + 6);
}

void TestStagedChunk::nullAndEmptyTextDiffer()
{
    StagedChunkBuilder chunk;
    chunk.beginRow();
    chunk.addText(QString());
    chunk.addText(QStringLiteral(""));
    const QByteArray bytes = chunk.bytes().toByteArray();
    const StagedChunkReader reader(bytes.constData(), int(bytes.size()), 2);
    QVERIFY(reader.isValid());
    QCOMPARE(reader.value(0, 0).type, Type::Null);
    QCOMPARE(reader.value(0, 1).type, Type::Text);
    QCOMPARE(reader.value(0, 1).size, 0);
}

void TestStagedChunk::clearKeepsNothingOfTheLastChunk()
{
    StagedChunkBuilder chunk = twoRows();
    chunk.clear();
    QVERIFY(chunk.isEmpty());
    QCOMPARE(chunk.bytes().size(), 0);
    chunk.beginRow();
    chunk.addInteger(7);
    const QByteArray bytes = chunk.bytes().toByteArray();
    const StagedChunkReader reader(bytes.constData(), int(bytes.size()), 1);
    QVERIFY(reader.isValid());
    QCOMPARE(reader.rows(), 1);
    QCOMPARE(reader.value(0, 0).integer, 7);
}

void TestStagedChunk::damagedChunksReadAsInvalid_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QByteArray good = twoRows().bytes().toByteArray();
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("another format") << QByteArray(1, char(1)) + good.mid(1);
    QTest::newRow("cut inside the last value") << good.left(good.size() - 3);
    QTest::newRow("cut inside a row") << good.left(good.size() / 2);
    QByteArray unknownType = good;
    unknownType[1] = char(9);
    QTest::newRow("unknown type") << unknownType;
    QTest::newRow("varint without end") << QByteArray(1, char(2)) + char(Type::Integer) + QByteArray(12, char(0xff));
    // A text claiming more bytes than the chunk has.
    QTest::newRow("text past the end") << QByteArray(1, char(2)) + char(Type::Text) + char(0x7f) + QByteArray("abc");
}

void TestStagedChunk::damagedChunksReadAsInvalid()
{
    QFETCH(QByteArray, bytes);
    const StagedChunkReader reader = readerOf(bytes);
    QVERIFY(!reader.isValid());
    QCOMPARE(reader.rows(), 0);
}

void TestStagedChunk::locationsRoundTrip()
{
    for (const StagedChunkLocation &location :
         {StagedChunkLocation{1, 0, 150000}, StagedChunkLocation{123456789, 67108863, 1},
          StagedChunkLocation{std::numeric_limits<qint64>::max(), std::numeric_limits<qint64>::max(), 0}}) {
        const QByteArray encoded = location.encoded();
        const auto decoded = StagedChunkLocation::decode(encoded.constData(), int(encoded.size()));
        QVERIFY(decoded);
        QCOMPARE(decoded->segment, location.segment);
        QCOMPARE(decoded->offset, location.offset);
        QCOMPARE(decoded->length, location.length);
        // A location never reads as a chunk, so a row holding one is not mistaken for rows.
        QVERIFY(!StagedChunkReader(encoded.constData(), int(encoded.size()), kColumns).isValid());
    }
    const StagedChunkLocation small{2, 300, 5};
    QCOMPARE(small.encoded().size(), 5); // format byte and three varints
}

void TestStagedChunk::onlyWholeLocationsDecode()
{
    const QByteArray good = StagedChunkLocation{7, 1000, 150000}.encoded();
    const QByteArray chunk = twoRows().bytes().toByteArray();
    const QByteArray damaged[] = {QByteArray(), good.left(good.size() - 1), good + char(0), chunk,
                                  QByteArray(1, char(3)) + QByteArray(12, char(0xff))};
    for (const QByteArray &bytes : damaged) {
        QVERIFY(!StagedChunkLocation::decode(bytes.constData(), int(bytes.size())));
    }
}

QTEST_GUILESS_MAIN(TestStagedChunk)
#include "tst_stagedchunk.moc"
