#include "StoreTestDir.h"

#include "core/store/SqliteHandle.h"
#include "core/store/StoreSchema.h"

#include <QFile>
#include <QTest>

#include <sqlite3.h>

namespace alertdeck::test {

namespace {

// What `open` returned; its error goes to the test log when that is nothing.
template <typename Opened, typename Open>
std::unique_ptr<Opened> opened(const Open &open)
{
    QString error;
    std::unique_ptr<Opened> result = open(&error);
    if (!result)
        qWarning() << error;
    return result;
}

} // namespace

StoreTestDir::StoreTestDir() : m_path(m_dir.filePath(QStringLiteral("alerts.db"))) {}

std::unique_ptr<store::AlertStore> StoreTestDir::openStore() const
{
    return opened<store::AlertStore>([this](QString *error) { return store::AlertStore::open(m_path, error); });
}

std::unique_ptr<store::AlertStore> StoreTestDir::openStagingStore() const
{
    store::AlertStore::Options options;
    options.indexIdleMs = 3600000;
    return opened<store::AlertStore>([&](QString *error) { return store::AlertStore::open(m_path, options, error); });
}

std::unique_ptr<store::AlertStore> StoreTestDir::stagingStoreHolding(int alerts) const
{
    auto store = openStagingStore();
    QString error;
    const auto [batch, next] = makeBatch(0, alerts, 1000);
    if (store && !store->append(QStringLiteral("GCN"), batch, next, &error)) {
        qWarning() << error;
        store.reset();
    }
    return store;
}

std::unique_ptr<store::AlertQuery> StoreTestDir::openQuery() const
{
    return opened<store::AlertQuery>([this](QString *error) { return store::AlertQuery::open(m_path, error); });
}

decode::ReceivedAlert makeAlert(const QString &topic, qint32 partition, qint64 offset, qint64 receivedMs)
{
    decode::ReceivedAlert received;
    received.stream = QStringLiteral("GCN");
    received.topic = topic;
    received.partition = partition;
    received.offset = offset;
    received.receivedMs = receivedMs;
    received.alert.id = QStringLiteral("%1/%2/%3").arg(topic).arg(partition).arg(offset);
    received.alert.format = QStringLiteral("gcn.json");
    received.alert.source = QStringLiteral("Swift-BAT");
    received.alert.title = QStringLiteral("alert %1").arg(offset);
    received.payload = QByteArray("{\"n\":") + QByteArray::number(offset) + '}';
    return received;
}

std::pair<decode::AlertBatch, store::PartitionOffsets> makeBatch(qint64 offset, int count, qint64 receivedMs,
                                                                 const QString &topic)
{
    decode::AlertBatch batch;
    for (int i = 0; i < count; ++i)
        batch.append(makeAlert(topic, 0, offset + i, receivedMs));
    return {batch, store::PartitionOffsets{{{topic, 0}, offset + count}}};
}

QVector<store::StoredAlert> everything(store::AlertQuery &query, const store::AlertFilter &filter)
{
    QString error;
    const auto rows = query.page(filter, store::SortOrder::Received, false, std::nullopt, 1000000, &error);
    if (!rows)
        qWarning() << error;
    return rows.value_or(QVector<store::StoredAlert>());
}

void execSql(const QString &path, const char *text)
{
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
    char *message = nullptr;
    const int rc = sqlite3_exec(db, text, nullptr, nullptr, &message);
    const QString reason = QString::fromUtf8(message ? message : "");
    sqlite3_free(message);
    sqlite3_close(db);
    QVERIFY2(rc == SQLITE_OK, qPrintable(reason));
}

QString readerColumn(const QString &path, const char *text)
{
    QString error;
    const store::SqliteDatabase db = store::schema::open(path, store::schema::Mode::ReadOnly, &error);
    if (!db)
        return error;
    sqlite3_stmt *raw = nullptr;
    if (sqlite3_prepare_v2(db.get(), text, -1, &raw, nullptr) != SQLITE_OK)
        return QString::fromUtf8(sqlite3_errmsg(db.get()));
    const store::SqliteStatement statement(raw);
    QStringList values;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(raw)) == SQLITE_ROW)
        values << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(raw, 0)));
    return rc == SQLITE_DONE ? values.join(QLatin1Char(',')) : QString::fromUtf8(sqlite3_errmsg(db.get()));
}

} // namespace alertdeck::test
