#include "core/store/PayloadSegments.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace alertdeck::store;

Q_DECLARE_METATYPE(PayloadSegments::Caching)

// Payload segments written with direct I/O rewrite the block an append starts in; these tests check
// that no byte of an earlier append is lost or changed by that, with direct I/O and through the page cache.
class TestPayloadSegments : public QObject
{
    Q_OBJECT
private slots:
    void appendsReadBackExactly_data();
    void appendsReadBackExactly();
    void aNewWriterContinuesTheFile_data();
    void aNewWriterContinuesTheFile();
    void anAppendAfterAFailedOneOverwritesIt_data();
    void anAppendAfterAFailedOneOverwritesIt();

private:
    struct Written
    {
        qint64 offset;
        QByteArray bytes;
    };
    static void addDirectories();
    static QByteArray randomBytes(qint64 size);
    static Written append(PayloadSegments &segments, qint64 offset, const QList<QByteArray> &pieces);
    static void verify(const PayloadSegments &segments, const QList<Written> &written);
};

void TestPayloadSegments::addDirectories()
{
    QTest::addColumn<PayloadSegments::Caching>("caching");
    QTest::newRow("direct") << PayloadSegments::Caching::Bypass;
    QTest::newRow("page cache") << PayloadSegments::Caching::PageCache;
}

QByteArray TestPayloadSegments::randomBytes(qint64 size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &c : bytes)
        c = char(QRandomGenerator::global()->bounded(256));
    return bytes;
}

TestPayloadSegments::Written TestPayloadSegments::append(PayloadSegments &segments, qint64 offset,
                                                         const QList<QByteArray> &pieces)
{
    std::vector<PayloadSegments::Piece> list;
    QByteArray all;
    for (const QByteArray &piece : pieces) {
        list.push_back({piece.constData(), piece.size()});
        all += piece;
    }
    QString error;
    if (!segments.write(1, offset, list, &error))
        qFatal("write failed: %s", qPrintable(error));
    return {offset, all};
}

void TestPayloadSegments::verify(const PayloadSegments &segments, const QList<Written> &written)
{
    for (const Written &w : written) {
        QString error;
        const std::optional<QByteArray> read = segments.read(1, w.offset, w.bytes.size(), &error);
        QVERIFY2(read, qPrintable(error));
        QVERIFY2(*read == w.bytes, qPrintable(QStringLiteral("bytes at %1 differ").arg(w.offset)));
    }
}

void TestPayloadSegments::appendsReadBackExactly_data()
{
    addDirectories();
}

void TestPayloadSegments::appendsReadBackExactly()
{
    QFETCH(PayloadSegments::Caching, caching);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    PayloadSegments segments(dir.path(), caching);
    QList<Written> written;
    qint64 offset = 0;
    // Sizes around and across block boundaries, empty pieces and appends within one block; the first
    // append has no bytes at all (an empty payload without headers).
    const qint64 sizes[] = {0, 1, 4095, 1, 4096, 0, 5000, 3, 12287, 700, 8192, 1, 65537, 2};
    for (qint64 size : sizes) {
        written.append(append(segments, offset, {randomBytes(size / 2), QByteArray(), randomBytes(size - size / 2)}));
        offset += size;
        verify(segments, written);
    }
    // The temporary directory is on the project's disk, which has direct I/O (tmpfs before Linux 6.6
    // has not: the store then uses the page cache, as the second row does).
    QCOMPARE(segments.writesDirectly(), caching == PayloadSegments::Caching::Bypass);
}

void TestPayloadSegments::aNewWriterContinuesTheFile_data()
{
    addDirectories();
}

void TestPayloadSegments::aNewWriterContinuesTheFile()
{
    QFETCH(PayloadSegments::Caching, caching);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QList<Written> written;
    {
        PayloadSegments first(dir.path(), caching);
        written.append(append(first, 0, {randomBytes(6001)}));
    }
    // A restarted store knows only the recorded end; the rest of that block comes from the file.
    PayloadSegments second(dir.path(), caching);
    written.append(append(second, 6001, {randomBytes(100), randomBytes(3000)}));
    written.append(append(second, 9101, {randomBytes(1)}));
    verify(second, written);
}

void TestPayloadSegments::anAppendAfterAFailedOneOverwritesIt_data()
{
    addDirectories();
}

void TestPayloadSegments::anAppendAfterAFailedOneOverwritesIt()
{
    QFETCH(PayloadSegments::Caching, caching);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    PayloadSegments segments(dir.path(), caching);
    QList<Written> written;
    written.append(append(segments, 0, {randomBytes(5000)}));
    // The transaction of this append is rolled back: the store records no new end, so the next
    // append starts at 5000 again, with other (and fewer) bytes.
    append(segments, 5000, {randomBytes(20000)});
    written.append(append(segments, 5000, {randomBytes(700)}));
    written.append(append(segments, 5700, {randomBytes(9000)}));
    verify(segments, written);
}

QTEST_GUILESS_MAIN(TestPayloadSegments)
#include "tst_payloadsegments.moc"
