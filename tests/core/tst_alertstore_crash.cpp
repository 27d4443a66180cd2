#include "core/store/AlertQuery.h"
#include "core/store/AlertStore.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace alertdeck;
using store::AlertFilter;
using store::AlertQuery;
using store::AlertStore;
using store::SortOrder;
using store::StoredAlert;

// Kills a process appending to the store (alertdeck-store-bench's writer mode, which resumes from
// the store's committed offsets as a stream consumer does) with SIGKILL at random moments inside
// an append, and checks after each kill that the store is exactly consistent.
class TestAlertStoreCrash : public QObject
{
    Q_OBJECT
private slots:
    void killedWriterLeavesConsistentStore();

private:
    void verifyConsistent(const QString &path, qint64 *total);
};

void TestAlertStoreCrash::killedWriterLeavesConsistentStore()
{
#ifndef ALERTDECK_STORE_BENCH
    QSKIP("alertdeck-store-bench is not part of this build");
#else
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("crash.db"));
    QRandomGenerator random(7);
    qint64 previous = 0;
    for (int round = 0; round < 10; ++round) {
        QProcess writer;
        writer.start(QStringLiteral(ALERTDECK_STORE_BENCH),
                     {QStringLiteral("writer"), QStringLiteral("--db"), path, QStringLiteral("--batch"),
                      QString::number(500 + random.bounded(3000))});
        QVERIFY2(writer.waitForStarted(), qPrintable(writer.errorString()));
        // Let it commit a few batches, then kill it a random few milliseconds into an append
        // (an append of this size takes ~5-30 ms), where payload bytes and rows are half written.
        int commits = 0;
        bool appending = false;
        while (!appending && writer.waitForReadyRead(30000)) {
            while (writer.canReadLine()) {
                const QByteArray line = writer.readLine();
                commits += line.startsWith("committed") ? 1 : 0;
                appending = appending || (commits >= 3 && line.startsWith("appending"));
            }
        }
        QVERIFY2(appending, writer.readAllStandardError().constData());
        QTest::qWait(random.bounded(12));
        writer.kill();
        QVERIFY(writer.waitForFinished(10000));
        QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
        qint64 total = 0;
        verifyConsistent(path, &total);
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(total > previous, "every round stores more");
        previous = total;
    }
#endif
}

void TestAlertStoreCrash::verifyConsistent(const QString &path, qint64 *total)
{
    QString error;
    auto store = AlertStore::open(path, &error); // opening recovers the WAL, as a restart would
    QVERIFY2(store, qPrintable(error));
    const store::PartitionOffsets committed = store->committedOffsets(QStringLiteral("bench"));
    auto query = AlertQuery::open(path, &error);
    QVERIFY2(query, qPrintable(error));
    const auto rows = query->page(AlertFilter(), SortOrder::Received, false, std::nullopt, 10000000, &error);
    QVERIFY2(rows, qPrintable(error));
    QCOMPARE(qint64(rows->size()), store->alertCount());

    QHash<store::TopicPartition, QVector<qint64>> offsets;
    for (const StoredAlert &row : *rows)
        offsets[{row.record.topic, row.record.partition}].append(row.record.offset);
    QCOMPARE(offsets.size(), committed.size());
    for (auto it = offsets.constBegin(); it != offsets.constEnd(); ++it) {
        // Offsets 0..n-1, each once, and the committed next offset is n: no gap, no duplicate,
        // nothing stored beyond what the offsets cover.
        QVector<qint64> sorted = it.value();
        std::sort(sorted.begin(), sorted.end());
        for (qint64 i = 0; i < sorted.size(); ++i)
            QCOMPARE(sorted.at(i), i);
        QCOMPARE(committed.value(it.key(), -1), qint64(sorted.size()));
    }
    // Every row's payload is on disk and is that alert's (the newest rows are the ones at risk).
    for (qsizetype i = 0; i < rows->size(); ++i) {
        if (i % 97 != 0 && i < rows->size() - 3000)
            continue;
        const StoredAlert &row = rows->at(i);
        const std::optional<QByteArray> payload = query->payload(row.key, &error);
        QVERIFY2(payload, qPrintable(error));
        const QByteArray idField = "\"id\":\"" + row.record.alert.id.toUtf8() + '"';
        QVERIFY(payload->contains(idField));
    }
    *total = rows->size();
}

QTEST_GUILESS_MAIN(TestAlertStoreCrash)
#include "tst_alertstore_crash.moc"
