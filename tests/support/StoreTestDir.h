#pragma once

#include "core/decode/ReceivedAlert.h"
#include "core/store/AlertQuery.h"
#include "core/store/AlertStore.h"
#include "core/store/PartitionOffsets.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>
#include <utility>

namespace alertdeck::test {

// A fresh store file in a temporary directory, for the store's tests: writers and readers on it.
class StoreTestDir
{
public:
    StoreTestDir();
    bool isValid() const { return m_dir.isValid(); }
    const QString &path() const { return m_path; }

    std::unique_ptr<store::AlertStore> openStore() const;
    // A store whose background indexer waits an hour: what is appended stays staged.
    std::unique_ptr<store::AlertStore> openStagingStore() const;
    // A staging store with `alerts` of stream GCN appended (offsets 0.., topic "t", partition 0);
    // null if that failed.
    std::unique_ptr<store::AlertStore> stagingStoreHolding(int alerts) const;
    std::unique_ptr<store::AlertQuery> openQuery() const;

private:
    QTemporaryDir m_dir;
    QString m_path;
};

// An alert of stream GCN whose title ("alert N") and payload ({"n":N}) name its offset.
decode::ReceivedAlert makeAlert(const QString &topic, qint32 partition, qint64 offset, qint64 receivedMs);
// `count` alerts of one partition starting at `offset`, and the offsets that follow them.
std::pair<decode::AlertBatch, store::PartitionOffsets> makeBatch(qint64 offset, int count, qint64 receivedMs,
                                                                 const QString &topic = QStringLiteral("t"));
// Every row the filter matches, oldest first.
QVector<store::StoredAlert> everything(store::AlertQuery &query, const store::AlertFilter &filter = {});
// Runs raw SQL on the store file, as a second connection would (QVERIFY-style).
void execSql(const QString &path, const char *text);
// The first column of every row `text` gives on a reader's connection (the one with the staged
// rows' virtual table), joined by commas; or the error.
QString readerColumn(const QString &path, const char *text);

} // namespace alertdeck::test
